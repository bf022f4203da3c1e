#include "names/name_pairs.h"

#include <catch2/catch.hpp>
#include <unordered_set>

using namespace sverka;

namespace {
// The mentions of one sentence, found as the names table finds them (no
// dictionary: every capitalized word but the first).
std::vector<Located> mentions(const std::string& sentence) {
  static const std::unordered_set<std::string> none;
  std::vector<Located> located;
  for (NameMention& m : find_name_mentions(sentence, nullptr, none)) located.push_back({std::move(m), 0});
  return located;
}

// The English words each Russian mention pairs with, in Russian order.
std::vector<std::string> paired(const std::string& ru_sentence, const std::string& en_sentence,
                                const NameConventions& conventions = NameConventions()) {
  const std::vector<Located> ru = mentions(ru_sentence), en = mentions(en_sentence);
  std::vector<bool> ru_used(ru.size()), en_used(en.size());
  NameMatcher matcher;
  std::vector<std::string> out;
  for (const Paired& p : pair_names(ru, en, {{en_sentence, 0, true}}, conventions, matcher, ru_used, en_used)) {
    out.push_back(p.spelling);
  }
  return out;
}
}  // namespace

TEST_CASE("names pair by convention first, then by sound, each English word once") {
  const NameConventions conventions = NameConventions::parse("генштаб\tGeneral Staff\tsource\n", "n.tsv");
  CHECK(paired("Вчера Генштаб и Песков", "Yesterday the General Staff and Peskov", conventions) ==
        std::vector<std::string>{"General Staff", "Peskov"});
  // A convention's words on either side of the one it met.
  const NameConventions ministry = NameConventions::parse("минфин\tFinance Ministry\tsource\n", "n.tsv");
  CHECK(paired("Вчера Минфин", "Yesterday the Finance Ministry", ministry) ==
        std::vector<std::string>{"Finance Ministry"});
}

TEST_CASE("one Russian word may be a run of English names") {
  CHECK(paired("Вчера Лос-Анджелес и Абу-Даби", "Yesterday Los Angeles and Abu Dhabi") ==
        std::vector<std::string>{"Los Angeles", "Abu Dhabi"});
  CHECK(paired("Вчера Гонконг", "Yesterday Hong Kong") == std::vector<std::string>{"Hong Kong"});
  // Not where one English name alone sounds like the word.
  CHECK(paired("Вчера Лондонской", "Yesterday London School") == std::vector<std::string>{"London"});
}

TEST_CASE("an acronym pairs only with a word about its length") {
  CHECK(acronym_fits("США", "USA"));
  CHECK(acronym_fits("НАТО", "Nato"));
  CHECK(acronym_fits("МИР24", "MIR24"));
  CHECK_FALSE(acronym_fits("США", "Scholz"));
  CHECK(acronym_fits("Песков", "Peskov"));  // no acronym
  CHECK(paired("Вчера США", "Yesterday Scholz").empty());
}

TEST_CASE("words right after each other and the text's capitals") {
  const std::string sentence = "Recep Tayyip  Erdogan";
  const std::vector<Located> en = mentions(sentence);
  REQUIRE(en.size() == 3);
  const std::vector<Sentence> sentences = {{sentence, 0, true}};
  CHECK(next_word(en[0], en[1], sentences));
  CHECK_FALSE(next_word(en[1], en[2], sentences));  // two spaces
  CHECK_FALSE(next_word(en[1], en[0], sentences));
  CHECK(with_capitals_of("аль-баб", "Аль-Бабе") == "Аль-Баб");
  CHECK(with_capitals_of("вкс", "ВКС") == "ВКС");
}
