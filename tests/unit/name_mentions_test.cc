#include "names/name_mentions.h"

#include <catch2/catch.hpp>

using namespace sverka;

namespace {

std::vector<std::string> texts_of(const std::vector<NameMention>& mentions) {
  std::vector<std::string> texts;
  for (const NameMention& m : mentions) texts.push_back(m.text);
  return texts;
}

// Each mention's bytes in the sentence are its text.
bool spans_match(const std::string& sentence, const std::vector<NameMention>& mentions) {
  for (const NameMention& m : mentions) {
    if (sentence.substr(m.begin, m.end - m.begin) != m.text) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("capitalized words are names unless a sentence-initial common word") {
  const std::unordered_set<std::string> stopwords = {"the", "в"};
  const CommonWordTest common = [](const std::string& w) { return w == "министерство" || w == "the"; };
  const auto ru = find_name_mentions("Министерство обороны РФ и Песков в Аль-Бабе", common, stopwords);
  REQUIRE(ru.size() == 3);
  CHECK(ru[0].text == "РФ");
  CHECK(ru[1].text == "Песков");
  CHECK(ru[2].text == "Аль-Бабе");
  const auto en = find_name_mentions("The strike near al-Bab", common, stopwords);
  REQUIRE(en.size() == 1);
  CHECK(en[0].text == "al-Bab");
}

TEST_CASE("a possessive ending is not part of the name") {
  const std::string sentence = "Putin\u2019s envoy met Erdogan's aides and the Kremlin'S staff";
  const auto en = find_name_mentions(sentence, nullptr, {});
  // "Kremlin'S" is no possessive: kept as written.
  CHECK(texts_of(en) == std::vector<std::string>{"Putin", "Erdogan", "Kremlin'S"});
  CHECK(spans_match(sentence, en));
  REQUIRE(en.size() == 3);
  CHECK(en[0].norm == "putin");
  CHECK(en[1].norm == "erdogan");
}

TEST_CASE("a word in matching form loses an English possessive ending, and only that") {
  CHECK(without_possessive("russia's") == "russia");
  CHECK(without_possessive("paris") == "paris");
  CHECK(without_possessive("'s") == "'s");
}

TEST_CASE("a common word opening a sentence inside the text is no name, after Mr. it may be") {
  const std::unordered_set<std::string> stopwords;
  const CommonWordTest common = [](const std::string& w) { return w == "обладатели" || w == "green" || w == "ред"; };
  // Мужчина is no common word here; Обладатели is, at a sentence start.
  CHECK(texts_of(find_name_mentions("Мужчина должен, - считают авторы. - Обладатели пиджаков редко бывают у Вахошкина.",
                                    common, stopwords)) == std::vector<std::string>{"Мужчина", "Вахошкина"});
  CHECK(texts_of(find_name_mentions("They met Mr. Green.", common, {"they"})) ==
        std::vector<std::string>{"Mr", "Green"});
}

TEST_CASE("a Latin name with a Russian word hyphened on is the Latin part") {
  const std::string sentence = "авторы Telegram-канала и iPhone-версии, но не Су-24 и Аль-Баб, и al-Jazeera-канала";
  const auto mentions = find_name_mentions(sentence, nullptr, {});
  CHECK(texts_of(mentions) == std::vector<std::string>{"Telegram", "iPhone", "Су-24", "Аль-Баб", "al-Jazeera"});
  CHECK(spans_match(sentence, mentions));
  REQUIRE(mentions.size() == 5);
  CHECK(mentions[0].norm == "telegram");
  CHECK(mentions[4].norm == "al-jazeera");
}

TEST_CASE("a line of dialogue after a colon opens with a capital as a sentence does") {
  const CommonWordTest common = [](const std::string& w) { return w == "хоть" || w == "исламское"; };
  CHECK(texts_of(find_name_mentions("он с досадой сказал: -- Хоть бы Левину оставили!", common, {})) ==
        std::vector<std::string>{"Левину"});
  // A name stays a name there; a name in «» is one though a common word.
  CHECK(texts_of(find_name_mentions("Он сказал: -- Песков знает", common, {"он"})) ==
        std::vector<std::string>{"Песков"});
  CHECK(texts_of(find_name_mentions("Он сказал: «Исламское государство»", common, {"он"})) ==
        std::vector<std::string>{"Исламское"});
}
