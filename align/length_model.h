// Gale and Church's length model: the target length of a translation is
// about `ratio` times the source length, with a variance growing with it.
//
// The ratio is estimated from the document itself (total target characters
// over total source characters) rather than fixed per language pair: it
// differs between news and fiction, and between translators, and a wrong
// ratio makes every long bead look suspicious.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "align/sentence_features.h"

namespace sverka::align {

class LengthModel {
 public:
  LengthModel(double ratio, double variance);
  static LengthModel estimate(const std::vector<SentenceFeatures>& source,
                              const std::vector<SentenceFeatures>& target);

  // Two-sided probability that a translation of `source_length` characters
  // is at least this far from `target_length`: 1 for a perfect fit.
  double fit(double source_length, double target_length) const;
  // -log fit, from a table: what the search uses.
  double cost(double source_length, double target_length) const;
  double ratio() const { return ratio_; }

 private:
  double delta(double source_length, double target_length) const;
  template <typename Real>
  Real scaled_delta(double source_length, double target_length, Real scale) const;

  static constexpr int kTableSteps = 64;  // per unit of δ
  double ratio_;
  double variance_;
  std::array<double, 12 * kTableSteps> cost_table_;
};

}  // namespace sverka::align
