// A bead: a run of source sentences paired with a run of target sentences.
//
// Alignments are sequences of beads covering both texts in order. Counts are
// 0 to 4 on either side (1-0 and 0-1 are omissions and additions); the engine
// never produces 0-0. Indices are 0-based sentence numbers.
#pragma once

#include <cstdint>
#include <vector>

namespace sverka::align {

struct Bead {
  std::uint32_t source_begin = 0;
  std::uint32_t source_count = 0;
  std::uint32_t target_begin = 0;
  std::uint32_t target_count = 0;
  double score = 0;  // confidence in [0, 1]; 0 for 1-0 and 0-1

  bool same_span(const Bead& other) const {
    return source_begin == other.source_begin && source_count == other.source_count &&
           target_begin == other.target_begin && target_count == other.target_count;
  }
};

using Alignment = std::vector<Bead>;

// The bead shapes the search considers, as (source count, target count).
// Shapes past 3-1 are for list items and headings that one side runs
// together, and 3-3 for three sentences whose clauses a translator moved
// across each other's ends (Text+Berg's gold has two among 381 beads);
// they are rare, so they come last and cost most.
struct BeadShape {
  int source;
  int target;
};
inline constexpr BeadShape kBeadShapes[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2},
                                            {3, 1}, {1, 3}, {3, 2}, {2, 3}, {4, 1}, {1, 4}, {3, 3}};
inline constexpr int kBeadShapeCount = sizeof(kBeadShapes) / sizeof(kBeadShapes[0]);

// The index in kBeadShapes of a bead's shape, or -1 for one the search
// never makes (0-0, 1-5, 2-4 and the like).
inline int shape_index(const Bead& bead) {
  for (int k = 0; k < kBeadShapeCount; ++k) {
    if (kBeadShapes[k].source == static_cast<int>(bead.source_count) &&
        kBeadShapes[k].target == static_cast<int>(bead.target_count)) {
      return k;
    }
  }
  return -1;
}

}  // namespace sverka::align
