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

TEST_CASE("a marked source sentence matches each target as the merge does, and leaves the table clear") {
  const auto source = testing::sentence(10, {1, 2, 3, 7, 3, 40});
  const std::vector<align::SentenceFeatures> targets = {
      testing::sentence(10, {3, 9, 1, 1}), testing::sentence(10, {500, 7}), testing::sentence(10, {8}),
      testing::sentence(10, {})};
  {
    const align::SourceKeyMarker marker(source);
    for (const auto& target : targets) {
      const align::PairMatch expected = align::match_pair(source, target);
      const align::PairMatch found = marker.match(target);
      CHECK(found.source_bits == expected.source_bits);
      CHECK(found.target_bits == expected.target_bits);
    }
  }
  // Another source sentence on the same thread sees none of the first's keys.
  const auto second = testing::sentence(10, {9});
  const align::SourceKeyMarker other(second);
  CHECK(other.match(targets[1]).source_bits == 0);
  CHECK(other.match(targets[0]).target_bits == 0b0010);
}
