#include "quotes/number_check.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("digits and number words are found in both languages") {
  const auto ru = find_numbers("погибли три военнослужащих, 11 ранены, 1,5 млн", "ru", nullptr);
  REQUIRE(ru.size() == 4);
  CHECK(ru[0].value == 3);
  CHECK(ru[1].value == 11);
  CHECK(ru[2].value == 1.5);
  CHECK(ru[3].value == 1e6);
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
