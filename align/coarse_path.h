// A rough alignment path from a document shrunk k times: every k sentences
// on each side become one block (lengths added, match keys merged), and the
// blocks are aligned with the ordinary search, near a guide (anchor_path.h).
// The fine search then only needs a narrow band around this path, whatever
// the drift between the two texts (a long omission, a chapter merged on one
// side), so time stays linear in the document length.
#pragma once

#include <cstdint>

#include "align/bead.h"
#include "align/bead_cost.h"
#include "align/sentence_features.h"

namespace sverka::align {

// The blocks of k consecutive sentences (the last one shorter).
std::vector<SentenceFeatures> merge_blocks(const std::vector<SentenceFeatures>& sentences,
                                           std::uint32_t k);

// The block alignment mapped back to sentence coordinates: beads of up to
// 4k sentences a side, to be used with band_around(). The block search runs
// within `width` blocks of the diagonal, or of `guide` (a path in sentence
// coordinates, e.g. a coarser one) when given.
Alignment coarse_path(const DocumentFeatures& document, const BeadCost& cost, std::uint32_t k,
                      std::uint32_t width, const Alignment* guide = nullptr);

}  // namespace sverka::align
