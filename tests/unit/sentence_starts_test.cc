#include "text/sentence_starts.h"

#include <catch2/catch.hpp>

#include <string>

using sverka::missed_sentence_starts;

namespace {
// The text from each start found.
std::vector<std::string> from_starts(const std::string& text) {
  std::vector<std::string> pieces;
  for (const std::size_t start : missed_sentence_starts(text)) pieces.push_back(text.substr(start));
  return pieces;
}
}  // namespace

TEST_CASE("the next line of dialogue after a stop starts at its dash") {
  CHECK(from_starts("— Да, — ответила она. — Я приду.") == std::vector<std::string>{"— Я приду."});
  CHECK(from_starts("— Да, — ответила она.").empty());
  // Plain-text books write the dash as two hyphens; one hyphen counts too.
  CHECK(from_starts("-- Да, -- ответила она. -- Я приду.") == std::vector<std::string>{"-- Я приду."});
  CHECK(from_starts("Он ушел. - Постой!") == std::vector<std::string>{"- Постой!"});
  // After a colon too: a flattened book's next paragraph, the line spoken.
  CHECK(from_starts("Священник сказал: -- Сомнения свойственны.") ==
        std::vector<std::string>{"-- Сомнения свойственны."});
  // Not a dash before a lower-case word: the author's words go on.
  CHECK(from_starts("-- Ай! -- вскрикнул он.").empty());
}

TEST_CASE("a number after a stop is a candidate start, not inside a quotation") {
  CHECK(from_starts("Он был в Донбассе. 6 декабря он уехал.") == std::vector<std::string>{"6 декабря он уехал."});
  CHECK(from_starts("Сериал \"Универ. 10 лет спустя\" вышел.").empty());
}

TEST_CASE("a quotation opening right after one closed without a stop") {
  CHECK(from_starts("Он назвал срок \"большим\" \"При прежних штаммах\" сказал он.") ==
        std::vector<std::string>{"\"При прежних штаммах\" сказал он."});
  CHECK(from_starts("Фильмы \"Брат\" и \"Брат 2\" вышли.").empty());
}

TEST_CASE("inside_quotes counts straight quotes and guillemets") {
  CHECK(sverka::inside_quotes("сериал \"Универ"));
  CHECK(sverka::inside_quotes("сериал «Универ"));
  CHECK_FALSE(sverka::inside_quotes("сериал «Универ» и \"Брат\""));
}

TEST_CASE("a chapter's number run into its first sentence ends before that sentence") {
  using Pieces = std::vector<std::string>;
  CHECK(from_starts("XVII Гостиница губернского города") == Pieces{"Гостиница губернского города"});
  CHECK(from_starts("CHAPTER XVII THE HOTEL IN THE PROVINCIAL TOWN") == Pieces{"THE HOTEL IN THE PROVINCIAL TOWN"});
  CHECK(from_starts("V \"Варвара Андреевна, когда я был еще") == Pieces{"\"Варвара Андреевна, когда я был еще"});
  CHECK(from_starts("Глава I Утро") == Pieces{"Утро"});
  CHECK(from_starts("CHAPTER IV 'HERE THEY ARE!") == Pieces{"'HERE THEY ARE!"});
  CHECK(from_starts("PART VI CHAPTER I DOLLY AND HER CHILDREN") ==
        Pieces{"CHAPTER I DOLLY AND HER CHILDREN", "DOLLY AND HER CHILDREN"});
  // A lone I is a pronoun without a chapter word; a numeral before a
  // lower-case word or no numeral at all opens a sentence.
  CHECK(from_starts("I Think it over").empty());
  CHECK(from_starts("XXI век начался").empty());
  CHECK(from_starts("IIII Гостиница").empty());
  CHECK(from_starts("CD Projekt объявила").empty());
}
