#include "align/aligner.h"

#include <algorithm>

#include "align/anchor_path.h"
#include "align/banded_search.h"
#include "align/bead_evidence.h"
#include "align/coarse_path.h"
#include "align/crossed_anchors.h"
#include "align/lexical_rates.h"
#include "align/path_repair.h"
#include "align/search_band.h"
#include "align/shape_priors.h"
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
      for (std::uint32_t r = i > kWidenAround ? i - kWidenAround : 0; r <= std::min(n, i + kWidenAround); ++r)
        grow[r] = true;
    }
    if (!any) break;
    for (std::uint32_t r = 0; r <= n; ++r) {
      if (grow[r]) widths[r] = std::min(m, 2 * widths[r]);
    }
    band = band_around(path, n, m, widths);
    path = search_again(document, cost, path, grow, widths);
  }
  return path;
}

// Blocks of k sentences find the drift, within the coarse band around the
// anchors' path (the diagonal where no anchors are found); but a block path can
// be off by up to k sentences where the true path crosses a block mid-way,
// and the fine band then cuts it off all along a book. Blocks of k/2 around
// the first path halve that error, at a small cost; alone, from the
// diagonal, they carry too little evidence to find a long drift.
Alignment refined_coarse_path(const DocumentFeatures& document, const KeyFrequencies& frequencies,
                              const BeadCost& cost, const AlignerOptions& options) {
  const std::uint32_t k = options.block_size;
  const Alignment anchors = anchor_path(document, frequencies);
  const Alignment rough = coarse_path(document, cost, k, options.coarse_width, anchors.empty() ? nullptr : &anchors);
  if (k < 4) return rough;
  // The rough path is off by less than one block of k, two of k/2: the
  // refining band keeps twice that.
  constexpr std::uint32_t kRefiningWidth = 4;
  return coarse_path(document, cost, k / 2, std::min(options.coarse_width, kRefiningWidth), &rough);
}

// The search's path with the beads that traded a number merged, scored.
// Merged after the last search only: counted into the second pass's shape
// priors, these shapes spread where nothing crossed (Text+Berg .909 ->
// .902).
Alignment finished(const DocumentFeatures& document, const BeadCost& cost, const Alignment& path) {
  Alignment alignment = merge_crossed_beads(document, path);
  score_beads(document, cost, alignment);
  return alignment;
}

}  // namespace

void score_beads(const DocumentFeatures& document, const BeadCost& cost, Alignment& alignment) {
  const auto score = [&](std::size_t begin, std::size_t end) {
    for (std::size_t b = begin; b < end; ++b) {
      Bead& bead = alignment[b];
      const BeadEvidence evidence = gather_evidence(
          document, bead.source_begin, static_cast<int>(bead.source_count), bead.target_begin,
          static_cast<int>(bead.target_count), [&](std::uint32_t s, std::uint32_t t) {
            return match_pair(document.source[s], document.target[t]);
          });
      bead.score = cost.confidence(shape_index(bead), evidence);
    }
  };
  // Each bead apart from the others: a long document's halves on two threads.
  in_halves(side_by_side(document), alignment.size(), score);
}

Alignment align_document(DocumentFeatures document, const AlignerOptions& options, TranslationModel* learned) {
  const auto n = static_cast<std::uint32_t>(document.source.size());
  const auto m = static_cast<std::uint32_t>(document.target.size());
  if (n == 0 || m == 0) return one_sided(n, m);
  const LengthModel lengths = LengthModel::estimate(document.source, document.target);
  const LexicalRates rates = estimate_rates(document);
  const KeyFrequencies frequencies = key_frequencies(document);
  weigh_tokens(document, rates, frequencies);
  const BeadCost cost(lengths, rates, first_pass_priors(options.weights));
  const bool full = std::max(n, m) <= options.full_search_below;
  const std::uint32_t width = full ? m : options.band_width;
  const SearchBand first_band =
      full ? diagonal_band(n, m, width)
           : band_around(refined_coarse_path(document, frequencies, cost, options), n, m, width);
  Alignment alignment = search_adaptively(document, cost, first_band, width);
  if (!options.second_pass) return finished(document, cost, alignment);
  score_beads(document, cost, alignment);
  TranslationModel model = TranslationModel::learn(document, alignment, options.learning);
  model.add_keys(document);
  const LexicalRates refined_rates = rates_from_alignment(document, alignment);
  weigh_tokens(document, refined_rates);
  const BeadCost refined(lengths, refined_rates, adapt_shape_priors(alignment, options.weights));
  const std::uint32_t refine_width = full ? m : options.refine_width;
  alignment = search_adaptively(document, refined, band_around(alignment, n, m, refine_width), refine_width);
  if (learned != nullptr) *learned = std::move(model);
  return finished(document, refined, alignment);
}

}  // namespace sverka::align
