// Searching a path again in parts: the stretches a wider band should
// cover, and the two halves of a long document on two threads.
#pragma once

#include <cstdint>
#include <vector>

#include "align/bead.h"
#include "align/bead_cost.h"
#include "align/search_band.h"
#include "align/sentence_features.h"

namespace sverka::align {

// Searches again only the stretches of `path` around the rows marked in
// `rows` (size N + 1), each between two of the path's bead boundaries
// outside it, within `widths` of the path (or within `within`, a band that
// holds the path, when given), and splices the results in. The rest of the
// path stays: it was searched in a band that did not cut it off.
Alignment search_again(const DocumentFeatures& document, const BeadCost& cost, const Alignment& path,
                       const std::vector<bool>& rows, const std::vector<std::uint32_t>& widths,
                       const SearchBand* within = nullptr);

// The search over `band`, for a long document as two halves on two
// threads: split through the middle of the band at its middle row, then
// the stretch around the split searched again whole in `band`, so a split
// point off the true path (an insertion right there) costs nothing.
Alignment search_in_halves(const DocumentFeatures& document, const BeadCost& cost, const SearchBand& band,
                           const std::vector<std::uint32_t>& widths);

}  // namespace sverka::align
