#include "align/path_repair.h"

#include <algorithm>
#include <future>

#include "align/banded_search.h"

namespace sverka::align {
namespace {

// Below this many source rows a thread costs more than it saves (and batch
// runs keep the cores busy with documents). Split, n rows cost n/2 plus
// the 2 * kAroundSplit searched again; 1,000 also splits the coarse pass
// over a 10,000-line book's blocks of 8 (0.05 -> 0.04 s).
constexpr std::uint32_t kSplitFrom = 1000;
constexpr std::uint32_t kAroundSplit = 64;  // rows either side searched again

// `band` restricted to the window from (i0, j0) to (i1, j1), in window
// coordinates, its corners included and its bounds non-decreasing.
SearchBand window_of(const SearchBand& band, std::uint32_t i0, std::uint32_t i1, std::uint32_t j0, std::uint32_t j1) {
  SearchBand window;
  for (std::uint32_t i = i0; i <= i1; ++i) {
    window.lo.push_back(std::clamp(band.lo[i], j0, j1) - j0);
    window.hi.push_back(std::clamp(band.hi[i], j0, j1) - j0);
  }
  close_band(window, j1 - j0);
  return window;
}

}  // namespace

Alignment search_again(const DocumentFeatures& document, const BeadCost& cost, const Alignment& path,
                       const std::vector<bool>& rows, const std::vector<std::uint32_t>& widths,
                       const SearchBand* within) {
  Alignment result;
  std::size_t b = 0;
  while (b < path.size()) {
    // The first bead that ends in a marked row starts a stretch...
    if (!rows[path[b].source_begin + path[b].source_count]) {
      result.push_back(path[b++]);
      continue;
    }
    std::size_t e = b;
    // ...which runs to the first bead boundary past the marked rows.
    while (e < path.size() && rows[path[e].source_begin + path[e].source_count]) ++e;
    if (e < path.size()) ++e;
    const std::uint32_t i0 = path[b].source_begin, j0 = path[b].target_begin;
    const std::uint32_t i1 = path[e - 1].source_begin + path[e - 1].source_count;
    const std::uint32_t j1 = path[e - 1].target_begin + path[e - 1].target_count;
    Alignment stretch(path.begin() + static_cast<std::ptrdiff_t>(b), path.begin() + static_cast<std::ptrdiff_t>(e));
    for (Bead& bead : stretch) {
      bead.source_begin -= i0;
      bead.target_begin -= j0;
    }
    const std::vector<std::uint32_t> stretch_widths(widths.begin() + i0, widths.begin() + i1 + 1);
    const SearchBand band = within != nullptr ? window_of(*within, i0, i1, j0, j1)
                                              : band_around(stretch, i1 - i0, j1 - j0, stretch_widths);
    for (Bead bead : search(document, cost, band, Window{i0, i1 - i0, j0, j1 - j0}).alignment) {
      bead.source_begin += i0;
      bead.target_begin += j0;
      result.push_back(bead);
    }
    b = e;
  }
  return result;
}

Alignment search_in_halves(const DocumentFeatures& document, const BeadCost& cost, const SearchBand& band,
                           const std::vector<std::uint32_t>& widths) {
  const auto n = static_cast<std::uint32_t>(document.source.size());
  const auto m = static_cast<std::uint32_t>(document.target.size());
  if (n < kSplitFrom) return search(document, cost, band).alignment;
  const std::uint32_t i_mid = n / 2;
  const std::uint32_t j_mid = (band.lo[i_mid] + band.hi[i_mid]) / 2;
  SearchBand left, right;
  for (std::uint32_t i = 0; i <= i_mid; ++i) {
    left.lo.push_back(std::min(band.lo[i], j_mid));
    left.hi.push_back(std::min(band.hi[i], j_mid));
  }
  for (std::uint32_t i = i_mid; i <= n; ++i) {
    right.lo.push_back(std::max(band.lo[i], j_mid) - j_mid);
    right.hi.push_back(std::max(band.hi[i], j_mid) - j_mid);
  }
  std::future<SearchResult> second = std::async(std::launch::async, [&] {
    return search(document, cost, right, Window{i_mid, n - i_mid, j_mid, m - j_mid});
  });
  Alignment path = search(document, cost, left, Window{0, i_mid, 0, j_mid}).alignment;
  for (Bead bead : second.get().alignment) {
    bead.source_begin += i_mid;
    bead.target_begin += j_mid;
    path.push_back(bead);
  }
  std::vector<bool> around(n + 1, false);
  for (std::uint32_t r = i_mid - std::min(i_mid, kAroundSplit); r <= std::min(n, i_mid + kAroundSplit); ++r)
    around[r] = true;
  // In the whole band, not around the halves' path: where the split point
  // is off the true path, that path is off it for rows on end.
  return search_again(document, cost, path, around, widths, &band);
}

}  // namespace sverka::align
