#include "text/translator_brackets.h"

#include <catch2/catch.hpp>

using namespace sverka;

namespace {
std::vector<Sentence> sentences(std::initializer_list<const char*> texts) {
  std::vector<Sentence> out;
  for (const char* text : texts) out.push_back(Sentence{text, 0, out.empty()});
  return out;
}
}  // namespace

TEST_CASE("a gloss inside a sentence is cut out, the words around it kept") {
  const auto kept = without_bracketed_spans(sentences({"'Il est très gentil,' [He is very nice.] she added.",
                                                       "Elle est très gentille,[She is very sweet.]and can crawl."}));
  CHECK(kept[0].text == "'Il est très gentil,' she added.");
  CHECK(kept[1].text == "Elle est très gentille, and can crawl.");
}

TEST_CASE("a gloss over several sentences is cut from each, a sentence that was all gloss left empty") {
  const auto kept = without_bracketed_spans(sentences(
      {"'Elle fait sensation.", "[She is making a sensation.", "They are forgetting Patti.]", "He laughed."}));
  REQUIRE(kept.size() == 4);
  CHECK(kept[0].text == "'Elle fait sensation.");
  CHECK(kept[1].text.empty());
  CHECK(kept[2].text.empty());
  CHECK(kept[3].text == "He laughed.");
  CHECK(kept[1].paragraph == 0);
  CHECK_FALSE(kept[1].starts_paragraph);
}

TEST_CASE("a bracket never closed nearby is a stray and stays") {
  const auto kept = without_bracketed_spans(sentences({"See [1", "Two.", "Three.", "Four.", "Five ] six."}));
  CHECK(kept[0].text == "See [1");
  CHECK(kept[4].text == "Five ] six.");
}

TEST_CASE("square brackets are noticed anywhere in a side") {
  CHECK(uses_square_brackets(sentences({"One.", "Его [Саакашвили] статус."})));
  CHECK_FALSE(uses_square_brackets(sentences({"One (two).", "Three."})));
}
