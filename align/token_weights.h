// Per-token weights of the lexical log-likelihood ratio (BeadCost).
//
// A token that matches in a true pair with probability p_parallel and in an
// unrelated pair with probability p_random adds log(p_parallel/p_random)
// when matched and log((1-p_parallel)/(1-p_random)) when not. p_parallel
// is the document's, for a number its numbers' (LexicalRates). p_random is
// the token's own: the share of the other side's sentences that carry one
// of its keys (less its own translation, smoothed towards the document's
// overall random rate). A match on "Levin" in a novel about Levin, or on "said", is
// weak evidence; a match on a rare word or a number is strong. A token
// that nothing on the other side could match says nothing either way and
// weighs 0. Facing k sentences, p_random becomes 1-(1-p_random)^k, so a
// merge is not rewarded for offering more chances.
#pragma once

#include "align/bead_cost.h"
#include "align/sentence_features.h"

namespace sverka::align {

// Fills SentenceFeatures::weights on both sides; call again after keys change.
void weigh_tokens(DocumentFeatures& document, const LexicalRates& rates);
// The same with the document's key frequencies already counted.
void weigh_tokens(DocumentFeatures& document, const LexicalRates& rates, const KeyFrequencies& frequencies);

}  // namespace sverka::align
