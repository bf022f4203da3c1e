// Which content tokens of a source and a target sentence find a counterpart
// in the other. Computed once per sentence pair near the search band, then
// combined with bitwise OR for beads of several sentences, so a 2-1 bead
// costs no more to score than a 1-1.
#pragma once

#include <cstdint>
#include <vector>

#include "align/sentence_features.h"

namespace sverka::align {

struct PairMatch {
  std::uint64_t source_bits = 0;  // bit k: source content token k matched
  std::uint64_t target_bits = 0;
};

// Merges the two sorted key lists: linear in their lengths.
PairMatch match_pair(const SentenceFeatures& source, const SentenceFeatures& target);

// One source sentence matched against many target sentences (a row of the
// search band): its keys are marked in a table indexed by key id, so each
// target sentence costs one probe per target key instead of a merge through
// the source's list too (a Russian sentence lists some 70 keys, every
// translation of its words; an English one about 20). The table is the
// calling thread's own and is left clear again: one marker per thread at
// a time.
class SourceKeyMarker {
 public:
  explicit SourceKeyMarker(const SentenceFeatures& source);
  explicit SourceKeyMarker(SentenceFeatures&&) = delete;  // it must outlive the marker
  ~SourceKeyMarker();
  SourceKeyMarker(const SourceKeyMarker&) = delete;
  SourceKeyMarker& operator=(const SourceKeyMarker&) = delete;

  // The same as match_pair(source, target).
  PairMatch match(const SentenceFeatures& target) const;

 private:
  const SentenceFeatures& source_;
  std::vector<std::uint64_t>& table_;  // source token bits by key id
};

}  // namespace sverka::align
