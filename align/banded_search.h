// Dynamic programming over the cells of a SearchBand: the cheapest sequence
// of beads from (0, 0) to (N, M). Pair matches are computed on the fly for
// the few source rows a bead can span and dropped after, so memory is the
// band's cost and back-pointer cells and nothing quadratic.
#pragma once

#include "align/bead.h"
#include "align/bead_cost.h"
#include "align/search_band.h"
#include "align/sentence_features.h"

namespace sverka::align {

struct SearchResult {
  Alignment alignment;
  double total_cost = 0;
};

SearchResult search(const DocumentFeatures& document, const BeadCost& cost,
                    const SearchBand& band);

// The same over a part of the document: source sentences [source_begin,
// source_begin + source_size) against target [target_begin, ...). The band
// and the beads returned are relative to the part.
struct Window {
  std::uint32_t source_begin = 0, source_size = 0;
  std::uint32_t target_begin = 0, target_size = 0;
};
SearchResult search(const DocumentFeatures& document, const BeadCost& cost, const SearchBand& band,
                    const Window& window);

}  // namespace sverka::align
