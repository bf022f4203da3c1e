// Which content tokens of a source and a target sentence find a counterpart
// in the other. Computed once per sentence pair near the search band, then
// combined with bitwise OR for beads of several sentences, so a 2-1 bead
// costs no more to score than a 1-1.
#pragma once

#include <cstdint>

#include "align/sentence_features.h"

namespace sverka::align {

struct PairMatch {
  std::uint64_t source_bits = 0;  // bit k: source content token k matched
  std::uint64_t target_bits = 0;
};

// Merges the two sorted key lists: linear in their lengths.
PairMatch match_pair(const SentenceFeatures& source, const SentenceFeatures& target);

}  // namespace sverka::align
