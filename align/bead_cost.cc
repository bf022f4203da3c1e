#include "align/bead_cost.h"

#include <algorithm>
#include <cmath>

namespace sverka::align {

BeadCost::BeadCost(const LengthModel& lengths, const LexicalRates& rates, const CostWeights& weights)
    : lengths_(lengths), rates_(rates), weights_(weights) {
  for (std::size_t k = 1; k < by_facing_sentences_.size(); ++k) {
    const double random = 1 - std::pow(1 - rates.random, static_cast<double>(k));
    const double parallel = std::max(rates.parallel, random);
    by_facing_sentences_[k].gain = std::log(parallel / random);
    by_facing_sentences_[k].loss = std::log((1 - parallel) / (1 - random));
  }
}

double BeadCost::lexical_evidence(const BeadEvidence& e) const {
  const Weights& source = by_facing_sentences_[static_cast<std::size_t>(e.target_sentences)];
  const Weights& target = by_facing_sentences_[static_cast<std::size_t>(e.source_sentences)];
  return e.source_matched * source.gain + (e.source_content - e.source_matched) * source.loss +
         e.target_matched * target.gain + (e.target_content - e.target_matched) * target.loss;
}

double BeadCost::cost(int shape, const BeadEvidence& evidence) const {
  const BeadShape& s = kBeadShapes[shape];
  if (s.source == 0 || s.target == 0) return weights_.skip_cost + weights_.shape_cost[shape];
  return weights_.shape_cost[shape] +
         weights_.length_weight * lengths_.cost(evidence.source_length, evidence.target_length) -
         weights_.lexical_weight * lexical_evidence(evidence) +
         weights_.paragraph_penalty * evidence.inner_paragraph_starts;
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

}  // namespace sverka::align
