#include "lexicon/affix_stemmer.h"

#include <hunspell/hunspell.hxx>

#include <catch2/catch.hpp>
#include <filesystem>

#include "test_paths.h"
#include "text/tokenizer.h"
#include "util/file_io.h"

using namespace sverka;

namespace {
// Two classes: A (nouns in -а, one rule only after a consonant), B (verbs
// in -ть, one rule only after a vowel), written in that order.
const char* const kAffix =
    "SET UTF-8\n"
    "TRY абв\n"
    "\n"
    "SFX A Y 3\n"
    "SFX A   а   ы   а\n"
    "SFX A   а   у   а\n"
    "SFX A   а   0   [^аеиоу]а\n"
    "\n"
    "SFX B Y 2\n"
    "SFX B   ть  л   ть\n"
    "SFX B   ть  ла  [аеиоу]ть\n";
}  // namespace

TEST_CASE("an affix stemmer finds the dictionary words a form comes from") {
  const auto stemmer = AffixStemmer::parse(kAffix, "5\nстена/A\nстать/B\nстал\nнести/B\nлезть/B\n");
  REQUIRE(stemmer);
  CHECK(stemmer->stems("стены") == std::vector<std::string>{"стена"});
  CHECK(stemmer->stems("стен") == std::vector<std::string>{"стена"});   // 0: nothing added
  CHECK(stemmer->stems("стала") == std::vector<std::string>{"стать"});  // after a vowel
  CHECK(stemmer->stems("лезл") == std::vector<std::string>{"лезть"});
  CHECK(stemmer->stems("лезла").empty());  // not after a consonant
  // The word itself first, then by suffix: "стал" is listed, and a form of стать.
  CHECK(stemmer->stems("стал") == std::vector<std::string>{"стал", "стать"});
  CHECK(stemmer->stems("нести") == std::vector<std::string>{"нести"});
  CHECK(stemmer->stems("несл").empty());  // a rule needs the root's condition: "нести" ends in "ти", not "ть"
  CHECK(stemmer->stems("стул").empty());
  CHECK(stemmer->knows("стену"));
  CHECK(stemmer->knows("стена-стал"));
  CHECK(stemmer->knows("стена-24"));
  CHECK_FALSE(stemmer->knows("стена-стул"));
  CHECK_FALSE(stemmer->knows("ст"));
}

TEST_CASE("an affix file beyond plain suffix classes is refused") {
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nPFX A Y 1\nPFX A 0 не .\n", "1\nслово/A\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y 1\nSFX A 0 ы/B .\n", "1\nслово/A\n"));  // continuation
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nFLAG long\n", "1\nслово\n"));
  CHECK_FALSE(AffixStemmer::parse("SET KOI8-R\n", "1\nслово\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nCOMPOUNDMIN 3\n", "1\nслово\n"));
}

TEST_CASE("on Russian, the affix stemmer gives exactly Hunspell's stems, in Hunspell's order") {
  const std::string base = testing::paths().hunspell + "/ru_RU";
  REQUIRE(std::filesystem::exists(base + ".dic"));  // the build requires hunspell-ru
  const auto stemmer = AffixStemmer::load(base + ".aff", base + ".dic");
  REQUIRE(stemmer);  // ru_RU is plain suffix classes
  Hunspell hunspell((base + ".aff").c_str(), (base + ".dic").c_str());
  // Every word of the seed report, and forms with several dictionary words.
  std::vector<std::string> words = {"стали", "были", "мысли", "начала", "тем", "души", "уже", "потом", "какая",
                                    "звезд", "вышел", "могла", "военнослужащих", "израиля"};
  for (const Token& token : tokenize(read_file_bytes(testing::paths().lexicons + "/../samples/seed.ru.txt"))) {
    if (token.kind == TokenKind::kWord) words.push_back(token.norm);
  }
  std::size_t several = 0;
  for (const std::string& word : words) {
    INFO(word);
    const std::vector<std::string> expected = hunspell.stem(word);
    CHECK(stemmer->stems(word) == expected);
    CHECK(stemmer->knows(word) == hunspell.spell(word));
    if (expected.size() > 1) ++several;
  }
  CHECK(words.size() > 200);
  CHECK(several >= 10);
}

TEST_CASE("a malformed affix file is refused, not thrown on") {
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y many\n", "1\nслово/A\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y 2\nSFX A 0 ы .\n", "1\nслово/A\n"));  // a rule short
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y 1\nSFX A 0 ы [ab\n", "1\nслово/A\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\n", ""));
}
