// The cost of a bead: how unlikely it is that these source sentences
// translate these target sentences. Lower is better; the search minimizes
// the sum over an alignment.
//
//   cost = prior(shape)
//        + length_weight  * -log fit(length model)
//        + lexical_weight * (1 - coverage) * (sentences in the bead) / 2
//        + paragraph_penalty * (paragraph starts inside the bead)
//
// coverage is the share of content tokens on both sides that found a
// counterpart (dictionary, anchor, learned pair) on the other side. Scaling
// the lexical term by the bead's size keeps a 2-1 bead comparable with the
// 1-1 plus 1-0 it replaces. 1-0 and 0-1 beads cost `skip_cost` flat: an
// omission is judged by what the alternatives cost, not by its own content.
// The weights were tuned on the development sets (README, "Cost model").
#pragma once

#include <array>

#include "align/bead.h"
#include "align/length_model.h"
#include "align/pair_match.h"
#include "align/sentence_features.h"

namespace sverka::align {

struct CostWeights {
  double length_weight = 1.0;
  double lexical_weight = 6.0;
  double skip_cost = 7.0;
  double paragraph_penalty = 2.0;
  // Coverage assumed when neither side has a content token (a dash, "—").
  double neutral_coverage = 0.3;
  // -log prior of each shape in kBeadShapes order (1-1, 1-0, 0-1, 2-1, 1-2,
  // 2-2, 3-1, 1-3): 1-1 is the norm, merges are rarer, 2-2 and 3-1 rarer still.
  std::array<double, kBeadShapeCount> shape_cost = {0.0, 0.0, 0.0, 1.5, 1.5, 4.0, 4.0, 4.0};
};

// What a bead's cost and confidence are computed from.
struct BeadEvidence {
  double source_length = 0, target_length = 0;
  int matched = 0;  // content tokens with a counterpart, both sides
  int content = 0;  // content tokens, both sides
  int inner_paragraph_starts = 0;
};

class BeadCost {
 public:
  BeadCost(const LengthModel& lengths, const CostWeights& weights)
      : lengths_(lengths), weights_(weights) {}

  double cost(int shape, const BeadEvidence& evidence) const;
  // Confidence in [0, 1]: the mean of lexical coverage and length fit.
  double confidence(int shape, const BeadEvidence& evidence) const;
  double coverage(const BeadEvidence& evidence) const;

 private:
  LengthModel lengths_;
  CostWeights weights_;
};

}  // namespace sverka::align
