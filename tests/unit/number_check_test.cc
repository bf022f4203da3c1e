#include "quotes/number_check.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("digits and number words are found in both languages") {
  const auto ru = find_numbers("погибли три военнослужащих, 11 ранены, 1,5 млн", "ru", nullptr);
  REQUIRE(ru.size() == 3);
  CHECK(ru[0].value == 3);
  CHECK(ru[1].value == 11);
  CHECK(ru[2].value == 1.5e6);
  CHECK(ru[2].text == "1,5 млн");
  CHECK(ru[2].parts == std::vector<double>{1.5, 1e6});
  const auto en = find_numbers("three soldiers, 10,000 people, Su-24", "en", nullptr);
  REQUIRE(en.size() == 3);
  CHECK(en[1].value == 10000);
  CHECK(en[2].value == 24);
}

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

namespace {

// The values find_numbers reads in a text.
std::vector<double> values(const std::string& text, const std::string& language) {
  std::vector<double> out;
  for (const QuotedNumber& n : find_numbers(text, language, nullptr)) out.push_back(n.value);
  return out;
}

}  // namespace

TEST_CASE("a number of several words is read whole, as one says it") {
  CHECK(values("двадцать пять военных", "ru") == std::vector<double>{25});
  CHECK(values("twenty-five soldiers", "en") == std::vector<double>{25});
  CHECK(values("двести пятьдесят три человека", "ru") == std::vector<double>{253});
  CHECK(values("two hundred and fifty people", "en") == std::vector<double>{250});
  CHECK(values("три тысячи пятьсот", "ru") == std::vector<double>{3500});
  CHECK(values("two million three hundred thousand", "en") == std::vector<double>{2.3e6});
  CHECK(values("потери 3,5 тыс. человек", "ru") == std::vector<double>{3500});
  CHECK(values("losses of 3,500 people", "en") == std::vector<double>{3500});
  CHECK(values("3 500 и 1 500 000 рублей", "ru") == std::vector<double>{3500, 1.5e6});
  CHECK(values("полтора миллиона человек", "ru") == std::vector<double>{1.5e6});
  CHECK(values("one and a half million people", "en") == std::vector<double>{1.5e6});
  CHECK(values("half a million people", "en") == std::vector<double>{5e5});
  CHECK(values("два с половиной года", "ru") == std::vector<double>{2.5});
  CHECK(values("$1.5 billion, or 1.5bn", "en") == std::vector<double>{1.5e9, 1.5e9});
  CHECK(values("two dozen", "en") == std::vector<double>{24});
  // A year and a count side by side stay two numbers, and so does a range.
  CHECK(values("в 1999 100 человек", "ru") == std::vector<double>{1999, 100});
  CHECK(values("two-three days", "en") == std::vector<double>{2, 3});
}

TEST_CASE("hundreds, thousands and a dozen on their own are vague") {
  CHECK(values("hundreds of people", "en") == std::vector<double>{kVague});
  CHECK(values("сотни людей", "ru") == std::vector<double>{kVague});
  CHECK(values("тысячи людей", "ru") == std::vector<double>{kVague});
  CHECK(values("десятки тысяч", "ru") == std::vector<double>{kVague, kVague});
  CHECK(values("a dozen people", "en") == std::vector<double>{kVague});
  CHECK(values("пять тысяч человек", "ru") == std::vector<double>{5000});
}

TEST_CASE("faithful numbers written differently on the two sides are no finding") {
  const auto faithful = [](const std::string& ru, const std::string& en) {
    return !check_numbers(find_numbers(ru, "ru", nullptr), find_numbers(en, "en", nullptr), {}, {}).has_value();
  };
  // (Oblique forms need the Hunspell lemmas the quote checker gives.)
  const std::vector<std::pair<std::string, std::string>> same = {
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
  for (const auto& [ru, en] : same) {
    INFO(ru << " / " << en);
    CHECK(faithful(ru, en));
  }
  // Still caught: a billion for a million, and a count changed inside a longer number.
  const std::vector<std::pair<std::string, std::string>> changed = {
      {"объем достиг 1,5 млрд долларов", "trade reached $1.5 million"},
      {"погибли двадцать пять военных", "twenty-six soldiers were killed"},
      {"погибли двадцать пять военных", "20 soldiers were killed"}};
  for (const auto& [ru, en] : changed) {
    INFO(ru << " / " << en);
    CHECK_FALSE(faithful(ru, en));
  }
}
