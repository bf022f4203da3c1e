// Measures the LexicalRates of BeadCost on the document being aligned.
//
// The random rate comes from sentence pairs that cannot be translations:
// source i against target sentences well off the diagonal, or off a first
// alignment once there is one (where one side has a stretch the other
// lacks, the true path runs far from the diagonal, and pairs "off" it may
// be translations). The parallel rate comes first from the best pair in a
// small window around the diagonal (a slight overestimate), then from the
// 1-1 beads of a first alignment; the same pairs give numbers a parallel
// rate of their own. Measuring both on the document is what
// lets one set of weights serve a pair with a rich dictionary and a pair
// with none.
#pragma once

#include "align/bead.h"
#include "align/bead_cost.h"
#include "align/sentence_features.h"

namespace sverka::align {

// `guide`, when given, is a path of beads from (0, 0) to the ends of both
// sides, which the samples follow instead of the diagonal.
LexicalRates estimate_rates(const DocumentFeatures& document, const Alignment* guide = nullptr);
LexicalRates rates_from_alignment(const DocumentFeatures& document, const Alignment& alignment);

}  // namespace sverka::align
