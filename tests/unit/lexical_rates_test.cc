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

TEST_CASE("numbers have a parallel rate of their own, drawn towards the words' when few") {
  // Token 0 of every sentence is a number, and it always finds its
  // counterpart; of the four words, only one does.
  align::DocumentFeatures doc = testing::parallel_document(100);
  for (std::uint32_t i = 0; i < 100; ++i) {
    const std::uint32_t w = 10 * i;
    doc.source[i] = testing::sentence(40, {w, w + 1, w + 2, w + 3, w + 4});
    doc.target[i] = testing::sentence(40, {w, w + 1, 5000 + w, 5001 + w, 5002 + w});
    doc.source[i].number_bits = doc.target[i].number_bits = 1;
  }
  align::Alignment truth;
  for (std::uint32_t i = 0; i < 100; ++i) truth.push_back(align::Bead{i, 1, i, 1, 1});
  const align::LexicalRates rates = align::rates_from_alignment(doc, truth);
  CHECK(rates.parallel == Approx(0.4));
  CHECK(rates.number_parallel > 0.9);
  // Without a number the document's parallel rate stands in.
  for (auto& sentence : doc.source) sentence.number_bits = 0;
  for (auto& sentence : doc.target) sentence.number_bits = 0;
  CHECK(align::rates_from_alignment(doc, truth).number_parallel == Approx(0.4));
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
