#include "names/name_mentions.h"

#include <catch2/catch.hpp>

using namespace sverka;

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
  REQUIRE(en.size() == 3);
  CHECK(en[0].text == "Putin");
  CHECK(en[0].norm == "putin");
  CHECK(sentence.substr(en[0].begin, en[0].end - en[0].begin) == "Putin");
  CHECK(en[1].text == "Erdogan");
  CHECK(en[1].norm == "erdogan");
  CHECK(en[2].text == "Kremlin'S");  // not a possessive: kept as written
}

TEST_CASE("a common word opening a sentence inside the text is no name, after Mr. it may be") {
  const std::unordered_set<std::string> stopwords;
  const CommonWordTest common = [](const std::string& w) { return w == "обладатели" || w == "green" || w == "ред"; };
  const auto ru = find_name_mentions("Мужчина должен, - считают авторы. - Обладатели пиджаков редко бывают у Вахошкина.",
                                     common, stopwords);
  REQUIRE(ru.size() == 2);  // Мужчина is no common word here; Обладатели is, at a sentence start
  CHECK(ru[0].text == "Мужчина");
  CHECK(ru[1].text == "Вахошкина");
  const auto en = find_name_mentions("They met Mr. Green.", common, {"they"});
  REQUIRE(en.size() == 2);
  CHECK(en[0].text == "Mr");
  CHECK(en[1].text == "Green");
}

TEST_CASE("a Latin name with a Russian word hyphened on is the Latin part") {
  const std::string sentence = "авторы Telegram-канала и iPhone-версии, но не Су-24 и Аль-Баб";
  const auto mentions = find_name_mentions(sentence, nullptr, {});
  REQUIRE(mentions.size() == 4);
  CHECK(mentions[0].text == "Telegram");
  CHECK(mentions[0].norm == "telegram");
  CHECK(sentence.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == "Telegram");
  CHECK(mentions[1].text == "iPhone");
  CHECK(mentions[2].text == "Су-24");
  CHECK(mentions[3].text == "Аль-Баб");
}
