#include "text/roman_numeral.h"

#include <catch2/catch.hpp>

using sverka::roman_numeral;

TEST_CASE("a Roman numeral in canonical capitals has its value") {
  CHECK(roman_numeral("I") == 1);
  CHECK(roman_numeral("IV") == 4);
  CHECK(roman_numeral("XVII") == 17);
  CHECK(roman_numeral("XXI") == 21);
  CHECK(roman_numeral("XL") == 40);
  CHECK(roman_numeral("XCIX") == 99);
  CHECK(roman_numeral("LXXXVIII") == 88);
}

TEST_CASE("anything but a canonical numeral of I, V, X, L and C has none") {
  CHECK_FALSE(roman_numeral("").has_value());
  CHECK_FALSE(roman_numeral("IIII").has_value());
  CHECK_FALSE(roman_numeral("VX").has_value());
  CHECK_FALSE(roman_numeral("IL").has_value());
  CHECK_FALSE(roman_numeral("CD").has_value());
  CHECK_FALSE(roman_numeral("MD").has_value());
  CHECK_FALSE(roman_numeral("xx").has_value());
  CHECK_FALSE(roman_numeral("XXXVIIII").has_value());
}
