#include "quotes/number_check.h"

#include <catch2/catch.hpp>

#include "lexicon/lemmatizer.h"
#include "test_paths.h"

using namespace sverka;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Each pair's numbers checked: with `flagged`, every pair must raise a
// finding, else none may.
void check_pairs(const Pairs& pairs, bool flagged, const LemmaFunction& lemmas = nullptr) {
  for (const auto& [ru, en] : pairs) {
    INFO(ru << " / " << en);
    CHECK(check_numbers(find_numbers(ru, "ru", lemmas), find_numbers(en, "en", nullptr), {}, {}).has_value() ==
          flagged);
  }
}

}  // namespace

TEST_CASE("a changed number is flagged, a faithful one is not") {
  const auto ru = find_numbers("гибелью трех военнослужащих", "ru", nullptr);
  CHECK_FALSE(check_numbers(ru, find_numbers("the deaths of three servicemen", "en", nullptr), {}, {}).has_value());
  const auto flag = check_numbers(ru, find_numbers("the deaths of five servicemen", "en", nullptr), {}, {});
  REQUIRE(flag.has_value());
  CHECK(flag->type == "number");
  CHECK(flag->en_span == "five");
}

TEST_CASE("a vague quantity made exact is flagged") {
  const auto flag = check_numbers(find_numbers("погибли несколько человек", "ru", nullptr),
                                  find_numbers("three people died", "en", nullptr), {}, {});
  REQUIRE(flag.has_value());
  CHECK(flag->explanation.find("unspecified") != std::string::npos);
}

TEST_CASE("a number moved out of the quote is no finding") {
  const auto sentence = find_numbers("в 2016 году он сказал", "ru", nullptr);
  CHECK_FALSE(check_numbers({}, find_numbers("in 2016", "en", nullptr), sentence, {}).has_value());
}

TEST_CASE("faithful numbers written differently on the two sides are no finding") {
  // (Oblique forms need the Hunspell lemmas the quote checker gives.)
  const Pairs same = {
      {"погибли двадцать пять военных", "twenty-five soldiers were killed"},
      {"погибли 25 военных", "twenty-five soldiers were killed"},
      {"погибли двадцать пять военных", "25 soldiers were killed"},
      {"погибли двести человек", "two hundred people were killed"},
      {"потери 3,5 тыс. человек", "losses of 3,500 people"},
      {"Полтора миллиона человек покинули город", "One and a half million people left the city"},
      {"объем достиг 1,5 млрд долларов", "trade reached $1.5 billion"},
      {"тысячи людей вышли на улицы", "thousands of people took to the streets"},
      {"около тысячи человек", "about a thousand people"},
      {"эвакуированы сотни людей", "hundreds of people were evacuated"},
      {"одновременно рост продаж и цены", "both growth in sales and in price"},
      {"действуют через минуту-две", "effective in a minute or two"},
      {"нулевой рост", "zero growth"}};
  check_pairs(same, false);
  // Still caught: a billion for a million, and a count changed inside a longer number.
  const Pairs changed = {
      {"объем достиг 1,5 млрд долларов", "trade reached $1.5 million"},
      {"погибли двадцать пять военных", "twenty-six soldiers were killed"},
      {"погибли двадцать пять военных", "20 soldiers were killed"}};
  check_pairs(changed, true);
}

TEST_CASE("ordinals, numerals inside compounds and the time of day") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const Pairs same = {
      {"встреча седьмого ноября", "the meeting on November 7"},
      {"в третий раз", "for the third time"},
      {"двадцать пятого декабря", "on the twenty-fifth of December"},
      {"Право, поедем на пятичасовом!", "Yes, let's catch the five o'clock train!"},
      {"двухдневная небритая борода", "a beard two days old"},
      {"Втроем тесно будет.", "There is not room for three."},
      {"за последнее десятилетие", "over the last decade"},
      {"две трети опрошенных", "two-thirds of those polled"},
      {"между половиной седьмого и девятью", "between half-past six and nine"},
      {"в половине восьмого утра", "at half past seven in the morning"},
      {"подождите секунду", "wait a second"},
      {"всего в семидесяти верстах", "only some seventy versts off"},
      {"втрое больше везут", "hold three times as much"},
      {"Я уже второй год живу здесь.", "I have been here over a year."},
      {"Потом он такое занимает положение", "Secondly, his position is such"}};
  check_pairs(same, false, lemmas);
  const Pairs changed = {
      {"встреча седьмого ноября", "the meeting on November 8"},
      {"в третий раз", "for the fourth time"},
      {"в половине восьмого утра", "at half past eight in the morning"},
      {"Право, поедем на поезде!", "Yes, let's catch the five o'clock train!"}};
  check_pairs(changed, true, lemmas);
}

TEST_CASE("a word that says two numbers answers either, and a multiple said as a verb is its number") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const Pairs same = {
      {"Переговоры идут уже полгода", "The talks have been going on for six months"},
      {"Переговоры идут уже полгода", "The talks have been going on for half a year"},
      {"За полчаса мы ничего не решим", "We will not decide anything in half an hour"},
      {"Выбросы сократились вдвое", "Emissions have been halved"},
      {"Производство выросло вдвое", "Production has doubled"},
      {"число заболевших выросло в три раза", "the number of cases tripled"},
      {"За первое полугодие продажи упали", "In the first half of the year, sales fell"},
      {"полмиллиона рублей", "half a million rubles"},
      {"двоих из них спасти не удалось", "two of them could not be saved"}};
  check_pairs(same, false, lemmas);
  const Pairs changed = {
      {"Переговоры идут уже полгода", "The talks have been going on for seven months"},
      {"Выбросы сократились вдвое", "Emissions have fallen by a third"},
      {"число заболевших выросло в три раза", "the number of cases quadrupled"}};
  check_pairs(changed, true, lemmas);
}
