#include "quotes/number_reader.h"

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

TEST_CASE("a number glued to a scale is read with it") {
  CHECK(values("3тыс рублей", "ru") == std::vector<double>{3000});
  CHECK(values("2млрд долларов", "ru") == std::vector<double>{2e9});
  CHECK(values("10m people and 5k posts", "en") == std::vector<double>{1e7, 5000});
  CHECK(values("a 10km road", "en") == std::vector<double>{10});
}

TEST_CASE("a hyphened word of two numbers gives each its own text") {
  // Found by the quote fuzzer: the second number's text was empty.
  const auto two = find_numbers("two-two", "en", nullptr);
  REQUIRE(two.size() == 2);
  CHECK(two[0].text == "two");
  CHECK(two[1].text == "two");
  const auto whole = find_numbers("twenty-five", "en", nullptr);
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].text == "twenty-five");
  CHECK(whole[0].value == 25);
}

TEST_CASE("a word may say a second number, and a multiple may be a verb") {
  const auto half_year = find_numbers("уже полгода", "ru", nullptr);
  REQUIRE(half_year.size() == 1);
  CHECK(half_year[0].value == 0.5);
  CHECK(half_year[0].also == std::vector<double>{6});  // months
  const auto twice = find_numbers("сократились вдвое", "ru", nullptr);
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].also == std::vector<double>{0.5});  // "by half"
  CHECK(values("sales tripled, costs halved", "en") == std::vector<double>{3, 0.5});
  // «полугодие»: a half opening a compound, optional as «десятилетие» is.
  const auto half = find_numbers("за полугодие", "ru", nullptr);
  REQUIRE(half.size() == 1);
  CHECK(half[0].value == 0.5);
  CHECK(half[0].optional);
}

TEST_CASE("Roman numerals, decades and «десяток» are read") {
  CHECK(values("В XXI веке, при Николае II", "ru") == std::vector<double>{21, 2});
  CHECK(values("In the 21st century, under Nicholas II; Sputnik V; chapter xxvii", "en") ==
        std::vector<double>{21, 2, 5, 27});
  // Not a pronoun, a vitamin, a disc or a short lower-case word.
  CHECK(values("I saw vitamin C on a CD, iv", "en").empty());
  CHECK(values("витамин C, формат MD", "ru").empty());
  const auto nineties = find_numbers("в начале 90-х", "ru", nullptr);
  REQUIRE(nineties.size() == 1);
  CHECK(nineties[0].value == 90);
  CHECK(nineties[0].also == std::vector<double>{1990});
  CHECK(find_numbers("в 20-е годы", "ru", nullptr)[0].also == std::vector<double>{1920, 2020});
  const auto the_1990s = find_numbers("in the early 1990s", "en", nullptr);
  REQUIRE(the_1990s.size() == 1);
  CHECK(the_1990s[0].also == std::vector<double>{90});
  CHECK(values("полтора десятка делегаций, два десятка", "ru") == std::vector<double>{15, 20});
}
