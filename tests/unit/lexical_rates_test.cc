#include "align/lexical_rates.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("rates measured on a parallel document separate pairs from non-pairs") {
  const align::DocumentFeatures doc = testing::parallel_document(100);
  const align::LexicalRates rates = align::estimate_rates(doc);
  CHECK(rates.parallel > 0.9);
  CHECK(rates.random <= 0.01);
}

TEST_CASE("the random rate is measured off the alignment, not off the diagonal") {
  // Eight target sentences of their own come first: the true path runs
  // eight sentences above the diagonal, where the diagonal's off-samples fall.
  align::DocumentFeatures doc = testing::parallel_document(100);
  for (std::uint32_t k = 0; k < 8; ++k) {
    doc.target.insert(doc.target.begin(), testing::sentence(40, {5000 + k}));
  }
  align::Alignment truth;
  for (std::uint32_t k = 0; k < 8; ++k) truth.push_back(align::Bead{0, 0, k, 1, 0});
  for (std::uint32_t i = 0; i < 100; ++i) truth.push_back(align::Bead{i, 1, i + 8, 1, 1});
  CHECK(align::estimate_rates(doc).random > 0.05);
  CHECK(align::estimate_rates(doc, &truth).random <= 0.01);
  CHECK(align::rates_from_alignment(doc, truth).random <= 0.01);
}
