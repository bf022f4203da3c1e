#include "align/crossed_anchors.h"

#include <array>

#include "align/pair_match.h"

namespace sverka::align {
namespace {

// Which content tokens of each sentence of a bead found a counterpart
// within the bead, by sentence from its first.
struct BeadMatches {
  std::array<std::uint64_t, kMaxBeadSpan> source{}, target{};
};

BeadMatches matches_within(const DocumentFeatures& document, const Bead& bead) {
  BeadMatches matches;
  for (std::uint32_t i = 0; i < bead.source_count; ++i) {
    for (std::uint32_t k = 0; k < bead.target_count; ++k) {
      const PairMatch match =
          match_pair(document.source[bead.source_begin + i], document.target[bead.target_begin + k]);
      matches.source[i] |= match.source_bits;
      matches.target[k] |= match.target_bits;
    }
  }
  return matches;
}

// Whether any of `count` sentences of `side` from `begin` has a number.
bool any_number(const std::vector<SentenceFeatures>& side, std::uint32_t begin, std::uint32_t count) {
  for (std::uint32_t i = 0; i < count; ++i) {
    if (side[begin + i].number_bits != 0) return true;
  }
  return false;
}

bool has_numbers(const DocumentFeatures& document, const Bead& bead) {
  return any_number(document.source, bead.source_begin, bead.source_count) ||
         any_number(document.target, bead.target_begin, bead.target_count);
}

// Whether a token of `source` among `source_bits` and one of `target`
// among `target_bits` share a key (both key lists are sorted by id).
bool share_key(const SentenceFeatures& source, std::uint64_t source_bits, const SentenceFeatures& target,
               std::uint64_t target_bits) {
  const auto carried = [](const MatchKey& key, std::uint64_t bits) { return ((bits >> key.bit()) & 1) != 0; };
  std::size_t i = 0, j = 0;
  while (i < source.keys.size() && j < target.keys.size()) {
    const MatchKey& a = source.keys[i];
    const MatchKey& b = target.keys[j];
    if (!carried(a, source_bits) || a.id() < b.id()) {
      ++i;
    } else if (!carried(b, target_bits) || b.id() < a.id()) {
      ++j;
    } else {
      return true;
    }
  }
  return false;
}

// Whether a number of a source sentence of `from`, unmatched in `from`,
// is a number of a target sentence of `to`, unmatched in `to`.
bool traded_number(const DocumentFeatures& document, const Bead& from, const BeadMatches& from_matches,
                   const Bead& to, const BeadMatches& to_matches) {
  for (std::uint32_t i = 0; i < from.source_count; ++i) {
    const SentenceFeatures& source = document.source[from.source_begin + i];
    const std::uint64_t stranded = source.number_bits & ~from_matches.source[i];
    if (stranded == 0) continue;
    for (std::uint32_t k = 0; k < to.target_count; ++k) {
      const SentenceFeatures& target = document.target[to.target_begin + k];
      const std::uint64_t stranded_target = target.number_bits & ~to_matches.target[k];
      if (stranded_target != 0 && share_key(source, stranded, target, stranded_target)) return true;
    }
  }
  return false;
}

bool crossed(const DocumentFeatures& document, const Bead& first, const Bead& second) {
  if (first.source_count == 0 || first.target_count == 0 || second.source_count == 0 ||
      second.target_count == 0) {
    return false;
  }
  const Bead merged{first.source_begin, first.source_count + second.source_count, first.target_begin,
                    first.target_count + second.target_count, 0};
  if (shape_index(merged) < 0 || !has_numbers(document, first) || !has_numbers(document, second)) return false;
  // Both sides open a paragraph there: a boundary the texts themselves
  // draw, which no clause was moved across.
  if (document.has_paragraphs && document.source[second.source_begin].paragraph_start &&
      document.target[second.target_begin].paragraph_start) {
    return false;
  }
  const BeadMatches first_matches = matches_within(document, first);
  const BeadMatches second_matches = matches_within(document, second);
  return traded_number(document, first, first_matches, second, second_matches) ||
         traded_number(document, second, second_matches, first, first_matches);
}

}  // namespace

Alignment merge_crossed_beads(const DocumentFeatures& document, const Alignment& alignment) {
  Alignment merged;
  merged.reserve(alignment.size());
  for (const Bead& bead : alignment) {
    if (!merged.empty() && crossed(document, merged.back(), bead)) {
      merged.back().source_count += bead.source_count;
      merged.back().target_count += bead.target_count;
    } else {
      merged.push_back(bead);
    }
  }
  return merged;
}

}  // namespace sverka::align
