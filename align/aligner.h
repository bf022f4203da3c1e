// Aligns the sentences of one document pair: the engine's entry point.
//
// 1. Estimate the length ratio from the document.
// 2. Chain the sentence pairs that share a key found nowhere else
//    (anchor_path.h); find a rough path on the document shrunk into blocks
//    around that chain (coarse_path.h), then search a band around it; while
//    the best path runs close to the band's edge, widen the band around that
//    path and search again (a drift the band cut off would show up exactly
//    there).
// 3. Learn word translations from the confident beads (TranslationModel),
//    add them as match keys, move the priors of the larger shapes by how
//    often the first path used them (shape_priors.h) and search again
//    around the first path.
// 4. Merge neighbouring beads that traded a number (crossed_anchors.h)
//    and score every bead's confidence.
#pragma once

#include "align/bead.h"
#include "align/bead_cost.h"
#include "align/sentence_features.h"
#include "align/translation_model.h"

namespace sverka::align {

struct AlignerOptions {
  CostWeights weights;
  // Half-width of the first fine band, in target sentences: the coarse path
  // it is centred on is refined to blocks of block_size / 2 sentences, so
  // it is off by fewer than that; where it is off by more, the path hugs
  // the band's edge and the band widens there. (8 gave the same alignments
  // on every evaluation set, at half again the search time.)
  std::uint32_t band_width = 4;
  // Half-width of the coarse path's first band, in blocks: the largest
  // drift from the diagonal it finds is this many blocks.
  std::uint32_t coarse_width = 8;
  std::uint32_t block_size = 8;   // sentences per block of the coarse path
  // Half-width of the second pass's band: it refines a path already found
  // (and still widens where the path hugs the band).
  std::uint32_t refine_width = 4;
  // Documents up to this many sentences a side get the full matrix.
  std::uint32_t full_search_below = 200;
  bool second_pass = true;
  TranslationModelOptions learning;
};

// Takes the features by value: the second pass adds learned keys to them.
// `learned`, when given, receives the translation model of the second pass.
Alignment align_document(DocumentFeatures document, const AlignerOptions& options,
                         TranslationModel* learned = nullptr);

// Confidence of each bead (BeadCost::confidence) under `cost`.
void score_beads(const DocumentFeatures& document, const BeadCost& cost, Alignment& alignment);

}  // namespace sverka::align
