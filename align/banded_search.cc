#include "align/banded_search.h"

#include <algorithm>
#include <array>
#include <limits>

#include "align/bead_evidence.h"
#include "align/pair_match.h"

namespace sverka::align {
namespace {

constexpr double kUnreachable = std::numeric_limits<double>::infinity();
constexpr int kMaxSpan = kMaxBeadSpan;
constexpr double kBoundMargin = 1e-3;

// Pair matches of one source sentence with the target sentences a bead
// ending in the band could pair it with.
struct MatchRow {
  std::uint32_t first = 0;
  std::vector<PairMatch> matches;
  const PairMatch& at(std::uint32_t t) const { return matches[t - first]; }
};

class BandSearch {
 public:
  BandSearch(const DocumentFeatures& document, const BeadCost& cost, const SearchBand& band, const Window& window)
      : doc_(document), cost_(cost), band_(band), i0_(window.source_begin), j0_(window.target_begin),
        n_(window.source_size), m_(window.target_size) {}

  SearchResult run();

 private:
  void fill_match_row(std::uint32_t s);
  BeadEvidence evidence(std::uint32_t i, std::uint32_t j, const BeadShape& shape) const;
  bool in_band(std::int64_t i, std::int64_t j) const {
    return i >= 0 && j >= band_.lo[i] && j <= band_.hi[i];
  }
  std::size_t cell(std::uint32_t i, std::uint32_t j) const { return row_start_[i] + j - band_.lo[i]; }

  const DocumentFeatures& doc_;
  const BeadCost& cost_;
  const SearchBand& band_;
  std::uint32_t i0_, j0_;  // the window's first source and target sentence
  std::uint32_t n_, m_;
  std::vector<std::size_t> row_start_;
  std::vector<double> costs_;
  std::vector<std::int8_t> back_;  // shape index, -1 at the origin
  std::array<MatchRow, kMaxSpan + 1> rows_;  // ring buffer by source index
  // The lengths of a bead of shape k ending at (i, j), and the sum of its
  // sentences' lexical ceilings for facing each other.
  struct Span {
    double source_length = 0, target_length = 0, ceiling = 0;
  };
  Span span(std::uint32_t i, std::uint32_t j, int k) const;
};

// At most four sentences a side to add up: cheaper than prefix sums kept
// for a whole window.
BandSearch::Span BandSearch::span(std::uint32_t i, std::uint32_t j, int k) const {
  const BeadShape& shape = kBeadShapes[k];
  Span result;
  const std::uint32_t s0 = i0_ + i - static_cast<std::uint32_t>(shape.source);
  const std::uint32_t t0 = j0_ + j - static_cast<std::uint32_t>(shape.target);
  // The same slots as gather_evidence() uses.
  const auto source_slot = static_cast<std::size_t>(facing_sentences(doc_.target, t0, shape.target) - 1);
  const auto target_slot = static_cast<std::size_t>(facing_sentences(doc_.source, s0, shape.source) - 1);
  for (std::uint32_t s = s0; s < i0_ + i; ++s) {
    result.source_length += doc_.source[s].length;
    result.ceiling += doc_.source[s].weights.ceiling[source_slot];
  }
  for (std::uint32_t t = t0; t < j0_ + j; ++t) {
    result.target_length += doc_.target[t].length;
    result.ceiling += doc_.target[t].weights.ceiling[target_slot];
  }
  return result;
}

void BandSearch::fill_match_row(std::uint32_t s) {
  MatchRow& row = rows_[s % rows_.size()];
  const std::uint32_t last_i = std::min(n_, s + kMaxSpan);
  const std::uint32_t first = band_.lo[s + 1] > kMaxSpan ? band_.lo[s + 1] - kMaxSpan : 0;
  const std::uint32_t end = std::min(m_, band_.hi[last_i]);  // exclusive
  row.first = first;
  row.matches.clear();
  const SourceKeyMarker marker(doc_.source[i0_ + s]);
  for (std::uint32_t t = first; t < end; ++t) row.matches.push_back(marker.match(doc_.target[j0_ + t]));
}

BeadEvidence BandSearch::evidence(std::uint32_t i, std::uint32_t j, const BeadShape& shape) const {
  return gather_evidence(doc_, i0_ + i - shape.source, shape.source, j0_ + j - shape.target, shape.target,
                         [this](std::uint32_t s, std::uint32_t t) -> const PairMatch& {
                           return rows_[(s - i0_) % rows_.size()].at(t - j0_);
                         });
}

SearchResult BandSearch::run() {
  row_start_.resize(n_ + 2);
  row_start_[0] = 0;
  for (std::uint32_t i = 0; i <= n_; ++i) {
    row_start_[i + 1] = row_start_[i] + (band_.hi[i] - band_.lo[i] + 1);
  }
  costs_.assign(row_start_[n_ + 1], kUnreachable);
  back_.assign(row_start_[n_ + 1], -1);
  costs_[cell(0, 0)] = 0;
  for (std::uint32_t i = 0; i <= n_; ++i) {
    if (i > 0) fill_match_row(i - 1);
    for (std::uint32_t j = band_.lo[i]; j <= band_.hi[i]; ++j) {
      if (i == 0 && j == 0) continue;
      double best = kUnreachable;
      std::int8_t best_shape = -1;
      for (int k = 0; k < kBeadShapeCount; ++k) {
        const BeadShape& shape = kBeadShapes[k];
        const std::int64_t pi = static_cast<std::int64_t>(i) - shape.source;
        const std::int64_t pj = static_cast<std::int64_t>(j) - shape.target;
        if (pj < 0 || !in_band(pi, pj)) continue;
        const double before = costs_[cell(static_cast<std::uint32_t>(pi), static_cast<std::uint32_t>(pj))];
        if (before == kUnreachable) continue;
        // Gathering a bead's evidence is the search's main cost; a bead
        // that cannot beat the best one so far is not worth it. (The margin
        // covers rounding: ceilings are floats summed apart from the score.)
        double total;
        if (shape.source > 0 && shape.target > 0) {
          const Span bead = span(i, j, k);
          // The prior alone often rules a large shape out: its length is
          // then never priced (a square root and a division a bead).
          if (before + cost_.bound(cost_.prior_floor(k), bead.ceiling) > best + kBoundMargin) continue;
          const double fixed = cost_.fixed_cost(k, bead.source_length, bead.target_length);
          if (before + cost_.bound(fixed, bead.ceiling) > best + kBoundMargin) continue;
          total = before + cost_.paired_cost(fixed, evidence(i, j, shape));
        } else {
          total = before + cost_.cost(k, evidence(i, j, shape));
        }
        if (total < best) {
          best = total;
          best_shape = static_cast<std::int8_t>(k);
        }
      }
      costs_[cell(i, j)] = best;
      back_[cell(i, j)] = best_shape;
    }
  }
  SearchResult result;
  result.total_cost = costs_[cell(n_, m_)];
  // Back-trace, then recompute each bead's evidence for its confidence.
  std::vector<std::pair<int, std::pair<std::uint32_t, std::uint32_t>>> trace;
  for (std::uint32_t i = n_, j = m_; i > 0 || j > 0;) {
    const int k = back_[cell(i, j)];
    trace.push_back({k, {i, j}});
    i -= kBeadShapes[k].source;
    j -= kBeadShapes[k].target;
  }
  std::reverse(trace.begin(), trace.end());
  for (const auto& [k, end] : trace) {
    const BeadShape& shape = kBeadShapes[k];
    Bead bead;
    bead.source_begin = end.first - shape.source;
    bead.source_count = shape.source;
    bead.target_begin = end.second - shape.target;
    bead.target_count = shape.target;
    result.alignment.push_back(bead);
  }
  return result;
}

}  // namespace

SearchResult search(const DocumentFeatures& document, const BeadCost& cost,
                    const SearchBand& band) {
  const Window whole{0, static_cast<std::uint32_t>(document.source.size()), 0,
                     static_cast<std::uint32_t>(document.target.size())};
  return BandSearch(document, cost, band, whole).run();
}

SearchResult search(const DocumentFeatures& document, const BeadCost& cost, const SearchBand& band,
                    const Window& window) {
  return BandSearch(document, cost, band, window).run();
}

}  // namespace sverka::align
