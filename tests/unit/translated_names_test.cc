#include "names/translated_names.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace sverka;

namespace {

// A dictionary of a few words, and their dictionary forms.
const std::set<std::pair<std::string, std::string>> kTranslations = {
    {"исламского", "islamic"},  {"государства", "state"}, {"министерство", "ministry"},
    {"обороны", "defence"},     {"права", "law"},         {"справедливости", "justice"},
    {"право", "law"},           {"единая", "united"},     {"россия", "russia"},
    {"россии", "russia"},       {"красавчика", "krasavchik"}, {"браммелла", "brammell"},
    {"государственной", "state"}, {"думы", "duma"},     {"министерства", "ministry"},
    {"министерстве", "ministry"}};
const std::map<std::string, std::vector<std::string>> kLemmas = {
    {"исламского", {"исламский"}}, {"государства", {"государство"}},      {"обороны", {"оборона"}},
    {"права", {"правый", "право"}}, {"справедливости", {"справедливость"}}, {"единая", {"единый"}},
    {"россия", {"россия"}},         {"россии", {"россия"}},  {"государственной", {"государственный"}},
    {"думы", {"дума"}},             {"министерства", {"министерство"}}, {"министерстве", {"министерство"}}};
const std::unordered_set<std::string> kRussianStopwords = {"и", "в", "у", "мы"};
const std::unordered_set<std::string> kEnglishStopwords = {"and", "the", "of", "we"};

TranslatedNameWords words() {
  return {[](const std::string& ru, const std::string& en) { return kTranslations.count({ru, en}) > 0; },
          [](const std::string& ru, const std::string& en) { return ru == "россия" && en == "russia"; },
          [](const std::string& word) {
            const auto it = kLemmas.find(word);
            return it == kLemmas.end() ? std::vector<std::string>{} : it->second;
          },
          &kRussianStopwords, &kEnglishStopwords};
}

std::vector<TranslatedName> found(const std::string& ru, const std::string& en) {
  return find_translated_names({{0, ru}}, {{0, en}}, words());
}

}  // namespace

TEST_CASE("a quoted Russian name pairs with the English capitals that translate it word for word") {
  const std::string ru = "Боевики «Исламского государства» атаковали город.";
  const std::string en = "Islamic State militants attacked the city.";
  const auto names = found(ru, en);
  REQUIRE(names.size() == 1);
  CHECK(names[0].written == "Исламского государства");
  CHECK(names[0].russian == "Исламское государство");
  CHECK(names[0].english == "Islamic State");
  CHECK(ru.substr(names[0].ru_begin, names[0].ru_end - names[0].ru_begin) == "Исламского государства");
  CHECK(en.substr(names[0].en_begin, names[0].en_end - names[0].en_begin) == "Islamic State");
}

TEST_CASE("translated names keep their function words and may run in another order") {
  // The lemma the English word translates is the one shown: право, not правый.
  const auto party = found("Лидер «Права и справедливости» выступил.", "The Law and Justice leader spoke.");
  REQUIRE(party.size() == 1);
  CHECK(party[0].russian == "Право и справедливость");
  CHECK(party[0].english == "Law and Justice");
  const auto ministry = found("Об этом сообщило \"Министерство обороны\".", "The Defence Ministry said so.");
  REQUIRE(ministry.size() == 1);
  CHECK(ministry[0].english == "Defence Ministry");
  CHECK(ministry[0].russian == "Министерство обороны");
}

TEST_CASE("one word, speech, or English words not capitalized are no translated name") {
  CHECK(found("Сообщил «Интерфакс».", "Interfax reported.").empty());
  CHECK(found("«Мы будем работать», сказал он.", "\"We will work,\" he said.").empty());
  CHECK(found("Партия «Единая Россия» победила.", "The united russia party won.").empty());
  // An English name is taken once: the second Russian name has none left.
  const auto once = found("«Единая Россия» и «Единая Россия».", "United Russia won.");
  CHECK(once.size() == 1);
}

TEST_CASE("a name's nominative puts its heads in the dictionary form, adjectives agreeing, complements as written") {
  CHECK(name_nominative({"исламского", "государства"}, {"исламский", "государство"}) == "исламское государство");
  CHECK(name_nominative({"единой", "россии"}, {"единый", "россия"}) == "единая россия");
  CHECK(name_nominative({"государственной", "думы"}, {"государственный", "дума"}) == "государственная дума");
  CHECK(name_nominative({"синего", "моря"}, {"синий", "море"}) == "синее море");
  CHECK(name_nominative({"большого", "театра"}, {"большой", "театр"}) == "большой театр");
  CHECK(name_nominative({"министерства", "обороны"}, {"министерство", "оборона"}) == "министерство обороны");
  CHECK(name_nominative({"права", "и", "справедливости"}, {"право", "и", "справедливость"}) ==
        "право и справедливость");
  // A noun in ь may be either gender, a plural adjective may be nominative already: no guess.
  CHECK(name_nominative({"новой", "жизни"}, {"новый", "жизнь"}).empty());
  CHECK(name_nominative({"персидские", "мотивы"}, {"персидский", "мотив"}).empty());
}

TEST_CASE("a name of capitalized words all spelled out is the phonetic pairing's; capitals stay where written") {
  // «Единая Россия»: Единая is translated, so the name is this pairing's.
  const auto party = found("Партия «Единая Россия» победила.", "The United Russia party won.");
  REQUIRE(party.size() == 1);
  CHECK(party[0].russian == "Единая Россия");
  // «Красавчика Браммелла» ↔ Krasavchik Brammell: both words read alike.
  TranslatedNameWords alike = words();
  alike.spelled_out = [](const std::string&, const std::string&) { return true; };
  CHECK(find_translated_names({{0, "Авторы «Красавчика Браммелла» считают так."}},
                              {{0, "The authors of Krasavchik Brammell think so."}}, alike)
            .empty());
  // A lower-case word of the name keeps its case, a capitalized one its capital.
  const auto ministry = found("Это заявило «Министерство обороны России».", "The Russia Defence Ministry said it.");
  REQUIRE(ministry.size() == 1);
  CHECK(ministry[0].russian == "Министерство обороны России");
}

TEST_CASE("an unquoted name is a capitalized word and the words after it, facing a whole English run") {
  const auto duma = found("Заседание Государственной думы прошло в среду.", "The State Duma session was on Wednesday.");
  REQUIRE(duma.size() == 1);
  CHECK(duma[0].russian == "Государственная дума");
  CHECK(duma[0].english == "State Duma");
  // An English possessive is no part of the name.
  const auto possessive = found("Заявление Министерства обороны опубликовано.", "The Defence Ministry's statement is out.");
  REQUIRE(possessive.size() == 1);
  CHECK(possessive[0].english == "Defence Ministry");
  // Only a quoted name may face a part of a longer run.
  CHECK(found("Так считают в Министерстве обороны.", "So thinks the Moscow Defence Ministry.").empty());
  CHECK(found("Так считают в «Министерстве обороны».", "So thinks the Moscow Defence Ministry.").size() == 1);
  // Capitalized by position alone on both sides: no name.
  CHECK(found("Министерство обороны молчит.", "Defence Ministry is silent.").empty());
}

TEST_CASE("an unquoted run of capitalized words with one read alike is a person's name, not a body's") {
  TranslatedNameWords tolstoy = words();
  tolstoy.translates = [](const std::string& ru, const std::string& en) {
    return (ru == "толстой" && en == "tolstoy") || (ru == "лев" && en == "leo");
  };
  tolstoy.spelled_out = [](const std::string& ru, const std::string& en) { return ru == "толстой" && en == "tolstoy"; };
  tolstoy.russian_lemmas = [](const std::string& word) { return std::vector<std::string>{word}; };
  CHECK(find_translated_names({{0, "Так писал Толстой Лев Николаевич."}}, {{0, "So wrote Leo Tolstoy."}}, tolstoy)
            .empty());
}
