#include "quotes/number_words.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("number words say their value and role, ordinals and optional words marked") {
  const NumberWords& russian = number_words("ru");
  CHECK(russian.at("двадцать").value == 20);
  CHECK(russian.at("тысяча").role == Role::kScale);
  CHECK(russian.at("седьмой").value == 7);
  CHECK(russian.at("седьмой").ordinal);
  CHECK(russian.at("седьмой").optional);  // a Russian ordinal asks for no English number
  CHECK(russian.at("втроем").optional);
  CHECK_FALSE(russian.at("три").optional);
  const NumberWords& english = number_words("en");
  CHECK(english.at("seventh").ordinal);
  CHECK_FALSE(english.at("seventh").optional);  // an English ordinal does
  CHECK(english.at("second").optional);         // also a unit of time
  CHECK(english.at("several").role == Role::kVagueAmount);
  // Any other language reads English's.
  CHECK(&number_words("de") == &english);
}

TEST_CASE("a numeral opening a longer Russian word is read, a numeral word itself is not") {
  CHECK(compound_numeral("пятичасовом") == 5);
  CHECK(compound_numeral("двухдневную") == 2);
  CHECK(compound_numeral("десятилетие") == 10);
  CHECK(compound_numeral("пятидесятилетний") == 50);  // the longest combining form
  CHECK_FALSE(compound_numeral("семидесяти").has_value());  // a tens numeral, not 7 + a word
  CHECK_FALSE(compound_numeral("пятисот").has_value());
  CHECK_FALSE(compound_numeral("пятью").has_value());  // too little after the numeral
  CHECK_FALSE(compound_numeral("стол").has_value());
}
