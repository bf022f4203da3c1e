#include "align/shape_priors.h"

#include <algorithm>
#include <cmath>

namespace sverka::align {
namespace {

// Beads of four and of five sentences per 1-1 bead in the first pass on the
// novel the defaults were tuned on (karenina-val: .031 and .007;
// karenina-vol1: .028 and .006).
constexpr double kReferenceRate[] = {0.03, 0.007};
// Pseudo-beads at the reference rates added to a document's counts:
// strict F1 was the same on every set from 50 to 150; at 300 Text+Berg's
// 468 lines (260 1-1 beads) lost .003. A news item of 30 beads without a
// single 2-2 moves its priors by +0.26.
constexpr double kPseudoBeads = 100;

// 0 for a bead of four sentences, 1 for five or more (the one 3-3 shape
// is too rare to be counted on its own), -1 for a smaller one.
int run_class(int sentences) { return sentences < 4 ? -1 : std::min(sentences, 5) - 4; }

}  // namespace

CostWeights adapt_shape_priors(const Alignment& first_pass, const CostWeights& weights) {
  double one_to_one = 0;
  double runs[2] = {0, 0};  // beads of four, and of five or more sentences
  for (const Bead& bead : first_pass) {
    if (bead.source_count == 0 || bead.target_count == 0) continue;
    const int size = static_cast<int>(bead.source_count + bead.target_count);
    if (size == 2) one_to_one += 1;
    if (run_class(size) >= 0) runs[run_class(size)] += 1;
  }
  CostWeights adapted = weights;
  for (int run = 0; run < 2; ++run) {
    const double rate = (runs[run] + kPseudoBeads * kReferenceRate[run]) / (one_to_one + kPseudoBeads);
    const double shift = std::log(kReferenceRate[run] / rate);
    for (int k = 0; k < kBeadShapeCount; ++k) {
      const BeadShape& shape = kBeadShapes[k];
      if (shape.source > 0 && shape.target > 0 && run_class(shape.source + shape.target) == run) {
        adapted.shape_cost[static_cast<std::size_t>(k)] += shift;
      }
    }
  }
  return adapted;
}

CostWeights first_pass_priors(const CostWeights& weights) {
  CostWeights first = weights;
  // Costlier than any path the search could otherwise find: never taken.
  first.shape_cost[static_cast<std::size_t>(shape_index(Bead{0, 3, 0, 3}))] = 1e9;
  return first;
}

}  // namespace sverka::align
