#include "align/pair_match.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("pair match marks every token that shares a key") {
  const auto source = testing::sentence(10, {1, 2, 3, 7});
  const auto target = testing::sentence(10, {3, 9, 1, 1});
  const align::PairMatch match = align::match_pair(source, target);
  CHECK(match.source_bits == 0b0101);  // tokens 0 (1) and 2 (3)
  CHECK(match.target_bits == 0b1101);  // tokens 0 (3), 2 (1), 3 (1)
}
