#include "align/translation_model.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("word pairs that keep co-occurring in confident beads are learned") {
  // Source word 7 always appears with target word 1007 and nothing else stable.
  align::DocumentFeatures doc;
  align::Alignment alignment;
  for (std::uint32_t i = 0; i < 6; ++i) {
    doc.source.push_back(testing::sentence(40, {7, 100 + i}));
    doc.target.push_back(testing::sentence(40, {1007, 200 + i}));
    alignment.push_back({i, 1, i, 1, 0.9});
  }
  const auto model = align::TranslationModel::learn(doc, alignment, {});
  REQUIRE(model.translations(7) != nullptr);
  CHECK(*model.translations(7) == std::vector<std::uint32_t>{1007});
  CHECK(model.translations(100) == nullptr);  // seen once: never evidence

  model.add_keys(doc);
  const auto& keys = doc.source[0].keys;
  CHECK(std::find(keys.begin(), keys.end(), align::MatchKey{1007, 0}) != keys.end());
}

TEST_CASE("beads below the confidence floor teach nothing") {
  align::DocumentFeatures doc;
  align::Alignment alignment;
  for (std::uint32_t i = 0; i < 6; ++i) {
    doc.source.push_back(testing::sentence(40, {7}));
    doc.target.push_back(testing::sentence(40, {1007}));
    alignment.push_back({i, 1, i, 1, 0.1});
  }
  CHECK(align::TranslationModel::learn(doc, alignment, {}).size() == 0);
}
