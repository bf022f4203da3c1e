#include "align/coarse_path.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("blocks add lengths and renumber token positions") {
  const std::vector<align::SentenceFeatures> sentences = {testing::sentence(10, {1, 2}), testing::sentence(20, {3}),
                                                          testing::sentence(5, {4})};
  const auto blocks = align::merge_blocks(sentences, 2);
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].length == 30);
  CHECK(blocks[0].content_tokens == 3);
  CHECK(blocks[0].keys.back().id() == 3);
  CHECK(blocks[0].keys.back().bit() == 2);
}

TEST_CASE("blocks keep which of their tokens are numbers") {
  std::vector<align::SentenceFeatures> sentences = {testing::sentence(10, {1, 2}), testing::sentence(20, {3})};
  sentences[0].number_bits = 0b10;
  sentences[1].number_bits = 0b1;
  const auto blocks = align::merge_blocks(sentences, 2);
  CHECK(blocks[0].number_bits == 0b110);
}

TEST_CASE("the coarse path of a parallel document follows the diagonal") {
  const align::DocumentFeatures doc = testing::parallel_document(400);
  const align::BeadCost cost(align::LengthModel(1.0, 6.8), align::LexicalRates{}, align::CostWeights{});
  const align::Alignment path = align::coarse_path(doc, cost, 8, 16);
  REQUIRE(path.size() == 50);
  CHECK(path[20].source_begin == 160);
  CHECK(path[20].target_begin == 160);
}
