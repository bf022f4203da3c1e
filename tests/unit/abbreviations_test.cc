#include "text/abbreviations.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using sverka::Abbreviations;
using sverka::AbbreviationKind;

TEST_CASE("abbreviations are found case-insensitively and without inner spaces") {
  const auto list = Abbreviations::parse("# comment\nт.е.\tcommon\nг.\tnumber\nMr.\ttitle\n", "a.tsv");
  CHECK(list.size() == 3);
  REQUIRE(list.find("Т. е.") != nullptr);
  CHECK(*list.find("т. е.") == AbbreviationKind::kCommon);
  CHECK(*list.find("MR.") == AbbreviationKind::kTitle);
  CHECK(list.find("Dr.") == nullptr);
}

TEST_CASE("a malformed abbreviation row names file and line") {
  CHECK_THROWS_WITH(Abbreviations::parse("ok.\ttitle\nbroken\n", "abbr.tsv"), Catch::Contains("abbr.tsv:2"));
  CHECK_THROWS_WITH(Abbreviations::parse("x.\tsometimes\n", "abbr.tsv"), Catch::Contains("unknown kind"));
}
