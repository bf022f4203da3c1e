#include "align/banded_search.h"

#include <catch2/catch.hpp>

#include <limits>
#include <random>

#include "align/bead_evidence.h"
#include "align/lexical_rates.h"
#include "align/token_weights.h"
#include "align_fixtures.h"

using namespace sverka;
using testing::has_bead;

namespace {

double bead_cost(const align::DocumentFeatures& doc, const align::BeadCost& cost, const align::Bead& bead) {
  const align::BeadEvidence evidence = align::gather_evidence(
      doc, bead.source_begin, static_cast<int>(bead.source_count), bead.target_begin,
      static_cast<int>(bead.target_count),
      [&](std::uint32_t s, std::uint32_t t) { return align::match_pair(doc.source[s], doc.target[t]); });
  return cost.cost(align::shape_index(bead), evidence);
}

// The least total cost of any alignment, by the plain dynamic program over
// the whole matrix: no band, no cached matches, no bound to skip a bead.
double least_cost(const align::DocumentFeatures& doc, const align::BeadCost& cost) {
  const auto n = static_cast<std::uint32_t>(doc.source.size());
  const auto m = static_cast<std::uint32_t>(doc.target.size());
  std::vector<std::vector<double>> best(n + 1, std::vector<double>(m + 1, std::numeric_limits<double>::infinity()));
  best[0][0] = 0;
  for (std::uint32_t i = 0; i <= n; ++i) {
    for (std::uint32_t j = 0; j <= m; ++j) {
      for (const align::BeadShape& shape : align::kBeadShapes) {
        const auto a = static_cast<std::uint32_t>(shape.source);
        const auto b = static_cast<std::uint32_t>(shape.target);
        if (a > i || b > j) continue;
        const align::Bead bead{i - a, a, j - b, b, 0};
        best[i][j] = std::min(best[i][j], best[i - a][j - b] + bead_cost(doc, cost, bead));
      }
    }
  }
  return best[n][m];
}

// A document of `n` and `m` sentences with words drawn from a small
// vocabulary, so that pairs match partly, by chance, and in several ways.
align::DocumentFeatures random_document(std::mt19937& random, std::uint32_t n, std::uint32_t m) {
  std::uniform_int_distribution<std::uint32_t> length(5, 120), words(0, 5), word(1, 12);
  auto side = [&](std::uint32_t size) {
    std::vector<align::SentenceFeatures> sentences;
    for (std::uint32_t k = 0; k < size; ++k) {
      const std::uint32_t chars = length(random);
      std::vector<std::uint32_t> drawn(words(random));
      for (std::uint32_t& w : drawn) w = word(random);
      sentences.push_back(testing::sentence(chars, drawn));
    }
    return sentences;
  };
  align::DocumentFeatures doc;
  doc.source = side(n);
  doc.target = side(m);
  align::weigh_tokens(doc, align::estimate_rates(doc));
  return doc;
}

align::BeadCost cost_for(const align::DocumentFeatures& doc) {
  return align::BeadCost(align::LengthModel::estimate(doc.source, doc.target), align::estimate_rates(doc),
                         align::CostWeights{});
}

}  // namespace

TEST_CASE("over the whole matrix the search finds the least-cost alignment") {
  // Generated documents against the plain dynamic program: the search's
  // bound may skip a bead only when it cannot win.
  std::mt19937 random(20261127);
  std::uniform_int_distribution<std::uint32_t> size(1, 9);
  for (int round = 0; round < 60; ++round) {
    const align::DocumentFeatures doc = random_document(random, size(random), size(random));
    const auto n = static_cast<std::uint32_t>(doc.source.size());
    const auto m = static_cast<std::uint32_t>(doc.target.size());
    const align::BeadCost cost = cost_for(doc);
    const align::SearchResult result = align::search(doc, cost, align::diagonal_band(n, m, m));
    INFO("round " << round << ", " << n << " x " << m);
    CHECK(result.total_cost == Approx(least_cost(doc, cost)).margin(1e-6));
    // The beads returned are the path that costs that, covering both sides in order.
    double total = 0;
    std::uint32_t s = 0, t = 0;
    for (const align::Bead& bead : result.alignment) {
      CHECK(bead.source_begin == s);
      CHECK(bead.target_begin == t);
      s += bead.source_count;
      t += bead.target_count;
      total += bead_cost(doc, cost, bead);
    }
    CHECK(s == n);
    CHECK(t == m);
    CHECK(total == Approx(result.total_cost).margin(1e-6));
  }
}

TEST_CASE("the search keeps to its band and still reaches the end") {
  // 40 parallel sentences and 12 extra target sentences at 20: a band 2 wide
  // around the diagonal cannot follow the true path, but its path stays in
  // the band and covers both sides.
  align::DocumentFeatures doc = testing::parallel_document(40);
  for (std::uint32_t k = 0; k < 12; ++k) {
    doc.target.insert(doc.target.begin() + 20, testing::sentence(45, {900000 + k}));
  }
  align::weigh_tokens(doc, align::estimate_rates(doc));
  const auto n = static_cast<std::uint32_t>(doc.source.size());
  const auto m = static_cast<std::uint32_t>(doc.target.size());
  const align::BeadCost cost = cost_for(doc);
  const align::SearchBand band = align::diagonal_band(n, m, 2);
  const align::Alignment narrow = align::search(doc, cost, band).alignment;
  std::uint32_t s = 0, t = 0;
  for (const align::Bead& bead : narrow) {
    s += bead.source_count;
    t += bead.target_count;
    CHECK(t >= band.lo[s]);
    CHECK(t <= band.hi[s]);
  }
  CHECK(s == n);
  CHECK(t == m);
  CHECK_FALSE(has_bead(narrow, 20, 1, 32, 1));
  // The whole matrix holds the true path: twelve 0-1 beads, then 1-1 again.
  const align::Alignment full = align::search(doc, cost, align::diagonal_band(n, m, m)).alignment;
  CHECK(has_bead(full, 19, 1, 19, 1));
  CHECK(has_bead(full, 20, 1, 32, 1));
  CHECK(has_bead(full, 39, 1, 51, 1));
}

TEST_CASE("a window is searched as a document of its own, its beads relative to it") {
  align::DocumentFeatures doc = testing::parallel_document(30);
  // Target sentences 12 and 13 joined into one: a 2-1 bead inside the window.
  testing::join_targets(doc, 12, 2);
  align::weigh_tokens(doc, align::estimate_rates(doc));
  const align::BeadCost cost = cost_for(doc);
  const align::Window window{10, 8, 10, 7};  // source 10-17 against target 10-16
  const align::SearchResult part = align::search(doc, cost, align::diagonal_band(8, 7, 7), window);
  REQUIRE(part.alignment.size() == 7);
  CHECK(has_bead(part.alignment, 0, 1, 0, 1));
  CHECK(has_bead(part.alignment, 2, 2, 2, 1));
  CHECK(has_bead(part.alignment, 7, 1, 6, 1));
  double total = 0;
  for (align::Bead bead : part.alignment) {
    bead.source_begin += window.source_begin;
    bead.target_begin += window.target_begin;
    total += bead_cost(doc, cost, bead);
  }
  CHECK(total == Approx(part.total_cost).margin(1e-6));
}
