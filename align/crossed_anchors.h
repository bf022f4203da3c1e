// Two neighbouring beads whose sentences traded an anchor are one bead.
//
// Where a translator moves a clause across a sentence end ("... cost hours,
// 250 metres took two days." / "... cost hours. Two days for 250 m. Six
// hours ..."), the best split into small beads strands the number on both
// sides of the boundary: unmatched in its own bead, matched only by the
// neighbour's other side. The search prices each bead alone and cannot see
// that the two misses are one moved token; the merged bead (2-2, 3-2 ...)
// pays a large shape prior that the misses alone do not outweigh.
#pragma once

#include "align/bead.h"
#include "align/sentence_features.h"

namespace sverka::align {

// Merges every pair of neighbouring paired beads that traded a number
// (a number token unmatched in its bead but matched across the boundary,
// by a token unmatched in the neighbour) when the merged shape is one the
// search makes and the second bead does not open a paragraph on both
// sides. Runs left to right, so a merged bead can take in the next.
Alignment merge_crossed_beads(const DocumentFeatures& document, const Alignment& alignment);

}  // namespace sverka::align
