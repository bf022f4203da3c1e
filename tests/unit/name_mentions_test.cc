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
