#include "formats/bead_text.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace sverka;

TEST_CASE("beads format and parse in the shared-data notation") {
  CHECK(format_bead(align::Bead{0, 2, 3, 1, 0}) == "[0, 1]:[3]");
  CHECK(format_bead(align::Bead{5, 1, 4, 0, 0}) == "[5]:[]");
  const auto beads = parse_beads("[0, 1]:[0]\n[]:[6]\n\n[2]:[1, 2]\n", "g");
  REQUIRE(beads.size() == 3);
  CHECK(beads[0].source == std::vector<int>{0, 1});
  CHECK(beads[1].source.empty());
  CHECK(beads[2].target == std::vector<int>{1, 2});
}

TEST_CASE("a malformed bead names the file and line") {
  CHECK_THROWS_WITH(parse_beads("[0]:[0]\n[1]-[1]\n", "doc.gold"), Catch::Contains("doc.gold:2"));
  CHECK_THROWS_AS(parse_beads("[0, x]:[0]\n", "g"), InputError);
  CHECK_THROWS_AS(parse_beads("[0]:[0] trailing\n", "g"), InputError);
}
