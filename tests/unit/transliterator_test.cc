#include "names/transliterator.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("BGN transliteration folded to ASCII") {
  Transliterator transliterator;
  CHECK(transliterator.transliterate("песков") == "peskov");
  CHECK(transliterator.transliterate("эрдоган") == "erdogan");
}

TEST_CASE("name skeletons agree across spellings") {
  CHECK(name_skeleton("Erdogan") == name_skeleton("erdogan"));
  CHECK(name_skeleton("Khrushchev") == name_skeleton("Hrushchev"));
  CHECK(name_skeleton("Tsar") == name_skeleton("Tzar"));
  CHECK(name_skeleton("Peskov") == "pskv");
}
