#include "lexicon/language_code.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("a language's two- and three-letter codes name the same language") {
  CHECK(two_letter_code("eng") == "en");
  CHECK(two_letter_code("rus") == "ru");
  CHECK(two_letter_code("en") == "en");
  CHECK(two_letter_code("ger") == "de");  // ISO 639-2's bibliographic code
  CHECK(two_letter_code("deu") == "de");
  CHECK(two_letter_code("ast") == "ast");  // a language sverka has no data for
  CHECK(three_letter_code("de") == "deu");
  CHECK(three_letter_code("ru") == "rus");
  CHECK(three_letter_code("deu") == "deu");
  CHECK(three_letter_code("xx") == "xx");
}
