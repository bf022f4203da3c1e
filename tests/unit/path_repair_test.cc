#include "align/path_repair.h"

#include <catch2/catch.hpp>

#include "align/banded_search.h"
#include "align/lexical_rates.h"
#include "align/token_weights.h"
#include "align_fixtures.h"

using namespace sverka;
using testing::has_bead;

namespace {

bool same_spans(const align::Alignment& a, const align::Alignment& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (!a[k].same_span(b[k])) return false;
  }
  return true;
}

// A parallel document with `inserted` extra target sentences at `at`,
// weighed as the aligner weighs it.
align::DocumentFeatures with_insertion(std::uint32_t size, std::uint32_t at, std::uint32_t inserted) {
  align::DocumentFeatures doc = testing::parallel_document(size);
  for (std::uint32_t k = 0; k < inserted; ++k) {
    doc.target.insert(doc.target.begin() + at, testing::sentence(45, {900000 + k, 900100 + k}));
  }
  align::weigh_tokens(doc, align::estimate_rates(doc));
  return doc;
}

const align::BeadCost& cost_of(const align::DocumentFeatures& doc) {
  static const align::BeadCost cost(align::LengthModel::estimate(doc.source, doc.target), align::LexicalRates{},
                                    align::CostWeights{});
  return cost;
}

}  // namespace

TEST_CASE("searching a stretch again in a wider band finds the path the narrow band cut off") {
  const align::DocumentFeatures doc = with_insertion(300, 150, 20);
  const auto n = static_cast<std::uint32_t>(doc.source.size());
  const auto m = static_cast<std::uint32_t>(doc.target.size());
  const align::BeadCost& cost = cost_of(doc);
  // Around the plain diagonal, 4 wide: the 20 inserted sentences do not fit.
  const align::Alignment narrow = align::search(doc, cost, align::diagonal_band(n, m, 4)).alignment;
  CHECK_FALSE(has_bead(narrow, 150, 1, 170, 1));
  // Rows 100 to 220 searched again 32 wide around that path; the rest stays.
  std::vector<bool> rows(n + 1, false);
  for (std::uint32_t r = 100; r <= 220; ++r) rows[r] = true;
  const align::Alignment repaired = align::search_again(doc, cost, narrow, rows, std::vector<std::uint32_t>(n + 1, 32));
  CHECK(has_bead(repaired, 150, 1, 170, 1));
  CHECK(has_bead(repaired, 149, 1, 149, 1));
  CHECK(repaired.front().same_span(narrow.front()));
}

TEST_CASE("a long document searched in halves gets the path of one search") {
  const align::DocumentFeatures doc = with_insertion(4000, 1000, 10);
  const auto n = static_cast<std::uint32_t>(doc.source.size());
  const auto m = static_cast<std::uint32_t>(doc.target.size());
  const align::BeadCost& cost = cost_of(doc);
  const align::SearchBand band = align::diagonal_band(n, m, 24);
  const align::Alignment whole = align::search(doc, cost, band).alignment;
  const align::Alignment halves =
      align::search_in_halves(doc, cost, band, std::vector<std::uint32_t>(n + 1, 24));
  CHECK(same_spans(whole, halves));
  CHECK(has_bead(halves, 2000, 1, 2010, 1));  // across the split
}
