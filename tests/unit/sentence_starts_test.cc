#include "text/sentence_starts.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using sverka::missed_sentence_starts;

namespace {
// The text from each start found.
std::vector<std::string> from_starts(const std::string& text, const std::set<int>& chapters = {}) {
  std::vector<std::string> pieces;
  for (const std::size_t start : missed_sentence_starts(text, chapters)) pieces.push_back(text.substr(start));
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
  const std::set<int> chapters = {5, 16, 17, 18};
  CHECK(from_starts("XVII Гостиница губернского города", chapters) == Pieces{"Гостиница губернского города"});
  CHECK(from_starts("V \"Варвара Андреевна, когда я был еще", chapters) ==
        Pieces{"\"Варвара Андреевна, когда я был еще"});
  // After a chapter word, any numeral.
  CHECK(from_starts("CHAPTER XXVII THE HOTEL IN THE PROVINCIAL TOWN") == Pieces{"THE HOTEL IN THE PROVINCIAL TOWN"});
  CHECK(from_starts("Глава I Утро") == Pieces{"Утро"});
  CHECK(from_starts("CHAPTER IV 'HERE THEY ARE!") == Pieces{"'HERE THEY ARE!"});
  CHECK(from_starts("PART VI CHAPTER I DOLLY AND HER CHILDREN") ==
        Pieces{"CHAPTER I DOLLY AND HER CHILDREN", "DOLLY AND HER CHILDREN"});
  // Alone, only a number of the text's chapters, and only before a capital.
  CHECK(from_starts("XXV Петербургский форум открылся", chapters).empty());
  CHECK(from_starts("XVII век начался", chapters).empty());
  CHECK(from_starts("IIII Гостиница", chapters).empty());
}

TEST_CASE("a book's chapter numbers are those standing alone after a sentence, next to the one before or after") {
  CHECK(sverka::chapter_numbers("…ужаса. XVII Гостиница была грязна. Он ушел! XVIII Левин не мог. Конец.") ==
        std::set<int>{17, 18});
  // One alone is an event's ordinal, not a chapter; nor a numeral before a
  // lower-case word, nor I (the pronoun).
  CHECK(sverka::chapter_numbers("Прошла неделя. XXV Петербургский форум открылся. XXVI век не скоро.").empty());
  CHECK(sverka::chapter_numbers("He said. I Think so. II Then.").empty());
}

TEST_CASE("a sentence's first letter comes after its opening quotes, dashes, brackets and spaces") {
  using sverka::first_significant;
  CHECK(first_significant("«Да") == U'Д');
  CHECK(first_significant("— 'Here") == U'H');
  CHECK(first_significant("(„…wir") == U'w');
  CHECK(first_significant(" 17 мая") == U'1');
  CHECK(first_significant("… — »") == 0);
  CHECK(first_significant("") == 0);
  CHECK(sverka::is_opening_noise(U'–'));
  CHECK_FALSE(sverka::is_opening_noise(U','));  // a comma does not open a sentence
}
