#include "align/aligner.h"

#include <algorithm>
#include <future>

#include "align/banded_search.h"
#include "align/bead_evidence.h"
#include "align/coarse_path.h"
#include "align/lexical_rates.h"
#include "align/search_band.h"
#include "align/token_weights.h"

namespace sverka::align {
namespace {

// Beads with one side empty, for documents where the other side is empty.
Alignment one_sided(std::uint32_t source_size, std::uint32_t target_size) {
  Alignment alignment;
  for (std::uint32_t s = 0; s < source_size; ++s) alignment.push_back(Bead{s, 1, 0, 0, 0});
  for (std::uint32_t t = 0; t < target_size; ++t) alignment.push_back(Bead{source_size, 0, t, 1, 0});
  return alignment;
}

int shape_index(const Bead& bead) {
  for (int k = 0; k < kBeadShapeCount; ++k) {
    if (kBeadShapes[k].source == static_cast<int>(bead.source_count) &&
        kBeadShapes[k].target == static_cast<int>(bead.target_count)) {
      return k;
    }
  }
  return 0;
}

// Searches again only the stretches of `path` around the rows marked in
// `rows`, each between two of the path's bead boundaries outside it, with
// the new widths, and splices the results in. The rest of the path stays:
// it was searched in a band that did not cut it off.
Alignment research(const DocumentFeatures& document, const BeadCost& cost, const Alignment& path,
                   const std::vector<bool>& rows, const std::vector<std::uint32_t>& widths) {
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
    const SearchBand band = band_around(stretch, i1 - i0, j1 - j0, stretch_widths);
    for (Bead bead : search(document, cost, band, Window{i0, i1 - i0, j0, j1 - j0}).alignment) {
      bead.source_begin += i0;
      bead.target_begin += j0;
      result.push_back(bead);
    }
    b = e;
  }
  return result;
}

// A long document is searched as two halves on two threads, split through
// the middle of the band at its middle row; the stretch around the split
// is then searched again whole (research), so a split point off the true
// path costs nothing. Below kSplitFrom rows a thread costs more than it
// saves (and batch runs keep the cores busy with documents).
constexpr std::uint32_t kSplitFrom = 2000;
constexpr std::uint32_t kAroundSplit = 64;  // rows either side searched again

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
  for (std::uint32_t r = i_mid - std::min(i_mid, kAroundSplit); r <= std::min(n, i_mid + kAroundSplit); ++r) around[r] = true;
  return research(document, cost, path, around, widths);
}

// Searches, widening the band around the path where the path hugs an edge:
// a drift the band cut off shows up exactly there. Only rows near such a
// place widen and only the stretches around them are searched again, so
// one difficult passage does not slow down the whole book.
Alignment search_adaptively(const DocumentFeatures& document, const BeadCost& cost,
                            SearchBand band, std::uint32_t width) {
  constexpr std::uint32_t kWidenAround = 64;  // rows either side of a hugging point
  constexpr int kMaxRounds = 8;
  const auto n = static_cast<std::uint32_t>(document.source.size());
  const auto m = static_cast<std::uint32_t>(document.target.size());
  std::vector<std::uint32_t> widths(n + 1, width);
  Alignment path = search_in_halves(document, cost, band, widths);
  for (int round = 1; round < kMaxRounds; ++round) {
    std::vector<bool> grow(n + 1, false);
    bool any = false;
    for (const Bead& bead : path) {
      const std::uint32_t i = bead.source_begin + bead.source_count;
      const std::uint32_t margin = std::max<std::uint32_t>(2, widths[i] / 4);
      if (widths[i] >= m || !band.near_edge(i, bead.target_begin + bead.target_count, margin, m)) continue;
      any = true;
      for (std::uint32_t r = i > kWidenAround ? i - kWidenAround : 0; r <= std::min(n, i + kWidenAround); ++r) grow[r] = true;
    }
    if (!any) break;
    for (std::uint32_t r = 0; r <= n; ++r) {
      if (grow[r]) widths[r] = std::min(m, 2 * widths[r]);
    }
    band = band_around(path, n, m, widths);
    path = research(document, cost, path, grow, widths);
  }
  return path;
}

// Blocks of k sentences find the drift whatever it is; but a block path can
// be off by up to k sentences where the true path crosses a block mid-way,
// and the fine band then cuts it off all along a book. Blocks of k/2 around
// the first path halve that error, at a small cost; alone, from the
// diagonal, they carry too little evidence to find a long drift.
Alignment refined_coarse_path(const DocumentFeatures& document, const BeadCost& cost,
                              const AlignerOptions& options) {
  const std::uint32_t k = options.block_size;
  const Alignment rough = coarse_path(document, cost, k, options.band_width);
  if (k < 4) return rough;
  return coarse_path(document, cost, k / 2, options.band_width, &rough);
}

}  // namespace

void score_beads(const DocumentFeatures& document, const BeadCost& cost, Alignment& alignment) {
  for (Bead& bead : alignment) {
    const BeadEvidence evidence = gather_evidence(
        document, bead.source_begin, static_cast<int>(bead.source_count), bead.target_begin,
        static_cast<int>(bead.target_count), [&](std::uint32_t s, std::uint32_t t) {
          return match_pair(document.source[s], document.target[t]);
        });
    bead.score = cost.confidence(shape_index(bead), evidence);
  }
}

Alignment align_document(DocumentFeatures document, const AlignerOptions& options, TranslationModel* learned) {
  const auto n = static_cast<std::uint32_t>(document.source.size());
  const auto m = static_cast<std::uint32_t>(document.target.size());
  if (n == 0 || m == 0) return one_sided(n, m);
  const LengthModel lengths = LengthModel::estimate(document.source, document.target);
  const LexicalRates rates = estimate_rates(document);
  weigh_tokens(document, rates);
  const BeadCost cost(lengths, rates, options.weights);
  const bool full = std::max(n, m) <= options.full_search_below;
  const std::uint32_t width = full ? m : options.band_width;
  const SearchBand first_band =
      full ? diagonal_band(n, m, width)
           : band_around(refined_coarse_path(document, cost, options), n, m, width);
  Alignment alignment = search_adaptively(document, cost, first_band, width);
  score_beads(document, cost, alignment);
  if (!options.second_pass) return alignment;
  TranslationModel model = TranslationModel::learn(document, alignment, options.learning);
  model.add_keys(document);
  const LexicalRates refined_rates = rates_from_alignment(document, alignment);
  weigh_tokens(document, refined_rates);
  const BeadCost refined(lengths, refined_rates, options.weights);
  const std::uint32_t refine_width = full ? m : options.refine_width;
  alignment = search_adaptively(document, refined, band_around(alignment, n, m, refine_width), refine_width);
  score_beads(document, refined, alignment);
  if (learned != nullptr) *learned = std::move(model);
  return alignment;
}

}  // namespace sverka::align
