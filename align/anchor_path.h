// A guide for the coarse search that does not assume the two texts run
// along the diagonal: sentence pairs that share a key no other sentence of
// either side has (a rare word and its translation, a number, a name said
// once), chained in order.
//
// The coarse search looks within a fixed number of blocks of its guide, so
// from the diagonal it cannot find a drift larger than that: a preface or
// a chapter one side lacks, early in a book, shifts the rest by hundreds of
// sentences. Unique shared keys mark the true path wherever it runs; chance
// coincidences scatter and the longest chain leaves them out.
#pragma once

#include "align/bead.h"
#include "align/sentence_features.h"

namespace sverka::align {

// The sentence pairs of the longest chain of such anchors, increasing on
// both sides, as (source, target) indices.
std::vector<std::pair<std::uint32_t, std::uint32_t>> anchor_chain(const DocumentFeatures& document,
                                                                  const KeyFrequencies& frequencies);

// A path through the chain's pairs from (0, 0) to (N, M), one bead from each
// anchor to the next, for band_around(); empty when the chain is too sparse
// to say more than the diagonal does.
Alignment anchor_path(const DocumentFeatures& document, const KeyFrequencies& frequencies);

}  // namespace sverka::align
