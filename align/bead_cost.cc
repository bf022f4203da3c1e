#include "align/bead_cost.h"

#include <algorithm>
#include <cmath>

namespace sverka::align {

double BeadCost::coverage(const BeadEvidence& evidence) const {
  if (evidence.content == 0) return weights_.neutral_coverage;
  return static_cast<double>(evidence.matched) / evidence.content;
}

double BeadCost::cost(int shape, const BeadEvidence& evidence) const {
  const BeadShape& s = kBeadShapes[shape];
  if (s.source == 0 || s.target == 0) return weights_.skip_cost + weights_.shape_cost[shape];
  const double fit = std::max(lengths_.fit(evidence.source_length, evidence.target_length), 1e-12);
  const double size = (s.source + s.target) / 2.0;
  return weights_.shape_cost[shape] - weights_.length_weight * std::log(fit) +
         weights_.lexical_weight * (1 - coverage(evidence)) * size +
         weights_.paragraph_penalty * evidence.inner_paragraph_starts;
}

double BeadCost::confidence(int shape, const BeadEvidence& evidence) const {
  const BeadShape& s = kBeadShapes[shape];
  if (s.source == 0 || s.target == 0) return 0;
  const double fit = lengths_.fit(evidence.source_length, evidence.target_length);
  return std::clamp((coverage(evidence) + fit) / 2, 0.0, 1.0);
}

}  // namespace sverka::align
