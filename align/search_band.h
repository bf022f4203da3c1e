// The region of the alignment matrix the search may visit.
//
// For every source position i (0..N) the band holds the target positions
// lo[i]..hi[i] (inclusive). Both bounds never decrease with i, so every cell
// has a predecessor inside the band and the end cell (N, M) is reachable.
// Time and memory of the search are proportional to the band's area, which
// is linear in the document length for a fixed width.
#pragma once

#include <cstdint>
#include <vector>

#include "align/bead.h"

namespace sverka::align {

struct SearchBand {
  std::vector<std::uint32_t> lo, hi;  // size N + 1

  std::size_t cells() const;
  // True when (i, j) lies within `margin` of an edge that is not the matrix edge.
  bool near_edge(std::uint32_t i, std::uint32_t j, std::uint32_t margin,
                 std::uint32_t target_size) const;
};

// Makes `band` a valid search band over `target_size` columns: its first
// row starts at column 0, its last ends at the last column, and both bounds
// never decrease (each row's bounds widened to its neighbours').
void close_band(SearchBand& band, std::uint32_t target_size);

// Cells within `width` of the straight line from (0, 0) to (N, M).
SearchBand diagonal_band(std::uint32_t source_size, std::uint32_t target_size,
                         std::uint32_t width);

// Cells within `width` of a previous alignment's path.
SearchBand band_around(const Alignment& path, std::uint32_t source_size,
                       std::uint32_t target_size, std::uint32_t width);
// The same with a width per source row (widths.size() == source_size + 1).
SearchBand band_around(const Alignment& path, std::uint32_t source_size, std::uint32_t target_size,
                       const std::vector<std::uint32_t>& widths);

}  // namespace sverka::align
