// The cost of a bead: how unlikely it is that these source sentences
// translate these target sentences. Lower is better; the search minimizes
// the sum over an alignment.
//
//   cost = prior(shape)
//        - length_weight  * log fit(length model)
//        - lexical_weight * LLR(matches)
//        + paragraph_penalty * (paragraph starts inside the bead)
//        + turn_penalty (one side begins on a turn of dialogue, the other not)
//        + turn_count_penalty * |turns of dialogue opened, source - target|
//
// LLR is a naive-Bayes log-likelihood ratio over the bead's content
// tokens: each token finds a counterpart on the other side with
// probability p_parallel when the sentences translate each other and
// p_random when they do not. A matched token adds log(p_parallel/p_random),
// an unmatched one adds log((1-p_parallel)/(1-p_random)). Both rates are
// measured on the document itself (LexicalRates), so the same weights fit
// news with a good dictionary and fiction or a pair with none. Long
// sentences weigh more than short ones, as they should: they carry more
// evidence. A token facing k sentences has k chances of a random match, so
// p_random grows to 1-(1-p_random)^k: otherwise merging unrelated sentences
// would look good just by offering more chances. 1-0 and 0-1 beads carry no
// evidence and cost `skip_cost`, more for a short sentence, and their
// turns of dialogue go unmatched.
#pragma once

#include <array>

#include "align/bead.h"
#include "align/length_model.h"
#include "align/pair_match.h"
#include "align/sentence_features.h"

namespace sverka::align {

struct CostWeights {
  double length_weight = 1.3;
  double lexical_weight = 0.6;
  double skip_cost = 5.5;
  // Extra cost of leaving a short sentence unpaired, falling linearly from
  // `short_skip_cost` at length 0 to nothing at `short_length` characters:
  // a fragment ("Wait!", "he said.") is far more often written inside a
  // neighbour by the other side than dropped. Not for a line without a
  // content word (a row of dots, OCR specks from a scanned caption): such
  // debris is as often left out by the other side, and the surcharge made
  // the search fold whole runs of it into the neighbouring beads.
  double short_skip_cost = 4.0;
  double short_length = 40;
  double paragraph_penalty = 2.0;
  // A bead whose first sentence opens a turn of dialogue on one side only.
  double turn_penalty = 2.0;
  // Per turn of dialogue opened on one side of a bead and not on the other
  // (text/dialogue_turns.h), a skipped sentence's turns included: the same
  // strict F1 from 1 to 3 on the novel, no change on the news or on
  // Text+Berg; 4 cost Text+Berg .007.
  double turn_count_penalty = 2.0;
  // -log prior of each shape in kBeadShapes order (1-1, 1-0, 0-1, 2-1, 1-2,
  // 2-2, 3-1, 1-3, 3-2, 2-3, 4-1, 1-4, 3-3): 1-1 is the norm, merges are
  // rarer, 2-2 and 3-1 rarer still, five-sentence beads and 3-3 the rarest.
  std::array<double, kBeadShapeCount> shape_cost = {0.0, 0.0, 0.0, 3.0, 3.0, 6.0,
                                                    6.0, 6.0, 9.0, 9.0, 9.0, 9.0, 12.0};
};

// How often a content token finds a counterpart, in translated sentence
// pairs and in unrelated ones.
struct LexicalRates {
  double parallel = 0.4;
  double random = 0.05;
  // The parallel rate of number tokens alone (SentenceFeatures::number_bits):
  // a translation keeps .88 of Text+Berg's numbers and .98 of the news
  // items', against .45 of their words, so a number left unmatched is
  // strong evidence against a pair, not a word's weak one.
  double number_parallel = 0.4;
};

// What a bead's cost and confidence are computed from.
struct BeadEvidence {
  double source_length = 0, target_length = 0;
  int source_matched = 0, source_content = 0;  // content tokens, and those with a counterpart
  int target_matched = 0, target_content = 0;
  double lexical = 0;  // the log-likelihood ratio of the matches (token_weights.h)
  int inner_paragraph_starts = 0;
  int turn_difference = 0;  // |turns of dialogue opened by the source - by the target|
  bool turn_mismatch = false;  // one side's first sentence opens a turn, the other's does not
};

class BeadCost {
 public:
  BeadCost(const LengthModel& lengths, const LexicalRates& rates, const CostWeights& weights);

  double cost(int shape, const BeadEvidence& evidence) const;
  // Confidence in [0, 1]: the mean of the length fit and the share of
  // expected matches found (coverage / p_parallel, capped at 1).
  double confidence(int shape, const BeadEvidence& evidence) const;

  // For the search, which prices a bead in two steps. First what a bead of
  // both sides with these lengths costs before its evidence (its shape
  // prior and length fit)...
  double fixed_cost(int shape, double source_length, double target_length) const;
  // ...and the least cost() it can then have when its lexical ratio is at
  // most `lexical_ceiling` (-infinity when a weight given on the command
  // line is negative and no bound holds); then, when that could beat the
  // best bead so far, its cost: the same as cost(shape, evidence).
  double bound(double fixed_cost, double lexical_ceiling) const;
  // A floor under fixed_cost() before the lengths are priced: the shape's
  // prior (a length cost is never negative, unless a negative weight is
  // given on the command line, when the floor is -infinity).
  double prior_floor(int shape) const;
  double paired_cost(double fixed_cost, const BeadEvidence& evidence) const;
  const LexicalRates& rates() const { return rates_; }

 private:
  LengthModel lengths_;
  LexicalRates rates_;
  CostWeights weights_;
};

}  // namespace sverka::align
