#include "lexicon/plural_headword.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("a plural form points to its plural headword") {
  CHECK(plural_headword("выбор", "выборов") == "выборы");
  CHECK(plural_headword("переговор", "переговорах") == "переговоры");
  CHECK(plural_headword("власть", "властям") == "власти");
  CHECK(plural_headword("средство", "средствами") == "средства");
  CHECK(plural_headword("средство", "средства") == "средства");
  // и after г к х ж ш щ ч.
  CHECK(plural_headword("книга", "книгами") == "книги");
  CHECK(plural_headword("урожай", "урожаев") == "урожаи");
}

TEST_CASE("a singular form or the lemma itself has no plural headword") {
  CHECK(plural_headword("выбор", "выбор").empty());
  CHECK(plural_headword("выбор", "выбора").empty());  // genitive singular
  CHECK(plural_headword("выбор", "выбором").empty());
  CHECK(plural_headword("он", "они").empty());  // too short to tell
}
