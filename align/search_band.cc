#include "align/search_band.h"

#include <algorithm>

namespace sverka::align {
namespace {

// Widens [min_j, max_j] per row by `width`, clamps, and closes the band.
SearchBand widen(std::vector<std::int64_t> min_j, std::vector<std::int64_t> max_j,
                 std::uint32_t target_size, const std::vector<std::uint32_t>& widths) {
  const std::size_t rows = min_j.size();
  SearchBand band;
  band.lo.resize(rows);
  band.hi.resize(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    band.lo[i] = static_cast<std::uint32_t>(std::clamp<std::int64_t>(min_j[i] - widths[i], 0, target_size));
    band.hi[i] = static_cast<std::uint32_t>(std::clamp<std::int64_t>(max_j[i] + widths[i], 0, target_size));
  }
  close_band(band, target_size);
  return band;
}

}  // namespace

void close_band(SearchBand& band, std::uint32_t target_size) {
  const std::size_t rows = band.lo.size();
  band.lo[0] = 0;
  band.hi[rows - 1] = target_size;
  for (std::size_t i = rows - 1; i-- > 0;) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (std::size_t i = 1; i < rows; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
}

std::size_t SearchBand::cells() const {
  std::size_t total = 0;
  for (std::size_t i = 0; i < lo.size(); ++i) total += hi[i] - lo[i] + 1;
  return total;
}

bool SearchBand::near_edge(std::uint32_t i, std::uint32_t j, std::uint32_t margin,
                           std::uint32_t target_size) const {
  return (lo[i] > 0 && j < lo[i] + margin) || (hi[i] < target_size && j + margin > hi[i]);
}

SearchBand diagonal_band(std::uint32_t source_size, std::uint32_t target_size,
                         std::uint32_t width) {
  std::vector<std::int64_t> min_j(source_size + 1), max_j(source_size + 1);
  const double slope = source_size == 0 ? 0.0 : static_cast<double>(target_size) / source_size;
  for (std::uint32_t i = 0; i <= source_size; ++i) {
    min_j[i] = static_cast<std::int64_t>(i * slope);
    max_j[i] = static_cast<std::int64_t>((i + 1) * slope) + 1;
  }
  return widen(std::move(min_j), std::move(max_j), target_size,
               std::vector<std::uint32_t>(source_size + 1, width));
}

SearchBand band_around(const Alignment& path, std::uint32_t source_size,
                       std::uint32_t target_size, std::uint32_t width) {
  return band_around(path, source_size, target_size, std::vector<std::uint32_t>(source_size + 1, width));
}

SearchBand band_around(const Alignment& path, std::uint32_t source_size, std::uint32_t target_size,
                       const std::vector<std::uint32_t>& widths) {
  std::vector<std::int64_t> min_j(source_size + 1, -1), max_j(source_size + 1, -1);
  auto visit = [&](std::uint32_t i, std::uint32_t j) {
    if (min_j[i] < 0 || j < min_j[i]) min_j[i] = j;
    if (j > max_j[i]) max_j[i] = j;
  };
  visit(0, 0);
  for (const Bead& bead : path) {
    // Rows a bead spans get all of its columns: a coarse bead may pair 8
    // source sentences with 32 target ones.
    for (std::uint32_t k = 0; k <= bead.source_count; ++k) {
      visit(bead.source_begin + k, bead.target_begin);
      visit(bead.source_begin + k, bead.target_begin + bead.target_count);
    }
    visit(bead.source_begin + bead.source_count, bead.target_begin + bead.target_count);
  }
  for (std::uint32_t i = 1; i <= source_size; ++i) {
    if (min_j[i] < 0) min_j[i] = max_j[i] = max_j[i - 1];
  }
  return widen(std::move(min_j), std::move(max_j), target_size, widths);
}

}  // namespace sverka::align
