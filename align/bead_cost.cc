#include "align/bead_cost.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sverka::align {

BeadCost::BeadCost(const LengthModel& lengths, const LexicalRates& rates, const CostWeights& weights)
    : lengths_(lengths), rates_(rates), weights_(weights) {}

double BeadCost::cost(int shape, const BeadEvidence& evidence) const {
  const BeadShape& s = kBeadShapes[shape];
  if (s.source == 0 || s.target == 0) {
    const double length = evidence.source_length + evidence.target_length;
    const bool has_words = evidence.source_content + evidence.target_content > 0;  // see CostWeights
    return weights_.skip_cost + weights_.shape_cost[shape] +
           (has_words ? weights_.short_skip_cost * std::max(0.0, 1 - length / weights_.short_length) : 0.0) +
           weights_.turn_count_penalty * evidence.turn_difference;
  }
  return paired_cost(fixed_cost(shape, evidence.source_length, evidence.target_length), evidence);
}

double BeadCost::confidence(int shape, const BeadEvidence& evidence) const {
  const BeadShape& s = kBeadShapes[shape];
  if (s.source == 0 || s.target == 0) return 0;
  const double fit = lengths_.fit(evidence.source_length, evidence.target_length);
  // A bead without content tokens ("— Да."): only its length speaks.
  const int content = evidence.source_content + evidence.target_content;
  const int matched = evidence.source_matched + evidence.target_matched;
  const double lexical = content == 0 ? fit : std::min(1.0, matched / (content * rates_.parallel));
  return std::clamp((lexical + fit) / 2, 0.0, 1.0);
}

double BeadCost::fixed_cost(int shape, double source_length, double target_length) const {
  return weights_.shape_cost[shape] + weights_.length_weight * lengths_.cost(source_length, target_length);
}

double BeadCost::prior_floor(int shape) const {
  if (weights_.length_weight < 0) return -std::numeric_limits<double>::infinity();
  return weights_.shape_cost[shape];
}

double BeadCost::bound(double fixed_cost, double lexical_ceiling) const {
  if (weights_.lexical_weight < 0 || weights_.paragraph_penalty < 0 || weights_.turn_penalty < 0) {
    return -std::numeric_limits<double>::infinity();
  }
  return fixed_cost - weights_.lexical_weight * lexical_ceiling;
}

double BeadCost::paired_cost(double fixed_cost, const BeadEvidence& evidence) const {
  return fixed_cost - weights_.lexical_weight * evidence.lexical +
         weights_.paragraph_penalty * evidence.inner_paragraph_starts +
         (evidence.turn_mismatch ? weights_.turn_penalty : 0.0) +
         weights_.turn_count_penalty * evidence.turn_difference;
}

}  // namespace sverka::align
