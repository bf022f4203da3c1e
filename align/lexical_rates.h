// Measures the LexicalRates of BeadCost on the document being aligned.
//
// The random rate comes from sentence pairs that cannot be translations:
// source i against target sentences well off the diagonal. The parallel
// rate comes first from the best pair in a small window around the
// diagonal (a slight overestimate), then from the beads of a first
// alignment. Measuring both on the document is what lets one set of
// weights serve a pair with a rich dictionary and a pair with none.
#pragma once

#include "align/bead.h"
#include "align/bead_cost.h"
#include "align/sentence_features.h"

namespace sverka::align {

LexicalRates estimate_rates(const DocumentFeatures& document);
LexicalRates rates_from_alignment(const DocumentFeatures& document, const Alignment& alignment);

}  // namespace sverka::align
