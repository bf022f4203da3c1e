// Gale and Church's length model: the target length of a translation is
// about `ratio` times the source length, with a variance growing with it.
//
// The ratio is estimated from the document itself (total target characters
// over total source characters) rather than fixed per language pair: it
// differs between news and fiction, and between translators, and a wrong
// ratio makes every long bead look suspicious.
#pragma once

#include <cstdint>
#include <vector>

#include "align/sentence_features.h"

namespace sverka::align {

class LengthModel {
 public:
  LengthModel(double ratio, double variance) : ratio_(ratio), variance_(variance) {}
  static LengthModel estimate(const std::vector<SentenceFeatures>& source,
                              const std::vector<SentenceFeatures>& target);

  // Two-sided probability that a translation of `source_length` characters
  // is at least this far from `target_length`: 1 for a perfect fit.
  double fit(double source_length, double target_length) const;
  double ratio() const { return ratio_; }

 private:
  double ratio_;
  double variance_;
};

}  // namespace sverka::align
