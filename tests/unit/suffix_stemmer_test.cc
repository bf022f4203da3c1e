#include "lexicon/suffix_stemmer.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("the suffix stemmer strips the longest ending and keeps three letters") {
  CHECK(strip_suffix("эрдогана", "ru") == "эрдоган");
  CHECK(strip_suffix("песковым", "ru") == "песков");
  CHECK(strip_suffix("ом", "ru") == "ом");
  CHECK(strip_suffix("strikes", "en") == "strike");
}

TEST_CASE("the suffix stemmer takes the longest Russian ending, not the first that fits") {
  // "-ами", not "-и"; "-иями", not "-ями".
  CHECK(strip_suffix("ракетами", "ru") == "ракет");
  CHECK(strip_suffix("операциями", "ru") == "операц");
  CHECK(strip_suffix("турецкого", "ru") == "турецк");
}

TEST_CASE("the suffix stemmer counts letters, not bytes, for the three it keeps") {
  // Cyrillic letters are two bytes each: "баба" less "а" keeps three
  // letters (six bytes), "ива" less "а" would keep two.
  CHECK(strip_suffix("баба", "ru") == "баб");
  CHECK(strip_suffix("ива", "ru") == "ива");
  CHECK(strip_suffix("sings", "en") == "sing");
  CHECK(strip_suffix("ring", "en") == "ring");  // "r" alone is no stem
}

TEST_CASE("the suffix stemmer leaves English -es and other languages alone") {
  CHECK(strip_suffix("boxes", "en") == "boxe");  // plural -s only: "strikes" matters more
  CHECK(strip_suffix("Putin's", "en") == "Putin");
  CHECK(strip_suffix("häuser", "de") == "häuser");
  CHECK(strip_suffix("soldats", "fr") == "soldats");
}
