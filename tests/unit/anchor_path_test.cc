#include "align/anchor_path.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;
using Point = std::pair<std::uint32_t, std::uint32_t>;

TEST_CASE("anchors are the pairs sharing a key no other sentence has, chained in order") {
  align::DocumentFeatures doc;
  // Key 7 is in two source sentences (no anchor); 1, 2 and 4 are unique
  // pairs in order; 9 pairs source 3 with target 0, against the order.
  doc.source = {testing::sentence(10, {1, 7}), testing::sentence(10, {2, 7}), testing::sentence(10, {5}),
                testing::sentence(10, {4, 9})};
  doc.target = {testing::sentence(10, {1, 9}), testing::sentence(10, {7}), testing::sentence(10, {2}),
                testing::sentence(10, {4}), testing::sentence(10, {6})};
  CHECK(align::anchor_chain(doc, align::key_frequencies(doc)) == std::vector<Point>{{0, 0}, {1, 2}, {3, 3}});
}

TEST_CASE("the anchor path runs through every anchor from corner to corner") {
  align::DocumentFeatures doc = testing::parallel_document(40);
  for (std::uint32_t k = 0; k < 10; ++k) doc.target.insert(doc.target.begin() + 20, testing::sentence(40, {5000 + k}));
  const align::Alignment path = align::anchor_path(doc, align::key_frequencies(doc));
  REQUIRE_FALSE(path.empty());
  std::uint32_t s = 0, t = 0;
  bool crossed_insertion = false;
  for (const align::Bead& bead : path) {
    CHECK(bead.source_begin == s);
    CHECK(bead.target_begin == t);
    CHECK(bead.source_count <= 1);
    CHECK(bead.target_count <= 1);
    s += bead.source_count;
    t += bead.target_count;
    if (s == 21 && t == 31) crossed_insertion = true;  // source 20 pairs with target 30
  }
  CHECK(s == 40);
  CHECK(t == 50);
  CHECK(crossed_insertion);
}

TEST_CASE("no shared unique key, no anchor path") {
  align::DocumentFeatures doc;
  doc.source = {testing::sentence(10, {1}), testing::sentence(10, {1})};
  doc.target = {testing::sentence(10, {1}), testing::sentence(10, {2})};
  CHECK(align::anchor_path(doc, align::key_frequencies(doc)).empty());
}
