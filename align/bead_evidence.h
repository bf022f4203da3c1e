// Gathers what BeadCost needs for one bead from sentence features and the
// pair matches of its sentences. A template over how pair matches are found:
// the search reads them from its cache, final scoring computes them afresh.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>

#include "align/bead_cost.h"
#include "align/pair_match.h"
#include "align/sentence_features.h"

namespace sverka::align {

// A sentence's share of the lexical LLR, given which of its tokens matched.
inline double lexical_score(const TokenWeights& weights, std::uint64_t matched, int facing) {
  if (weights.delta.empty() || facing == 0) return 0;
  const auto slot = static_cast<std::size_t>(facing - 1);
  double score = weights.base[slot];
  while (matched != 0) {
    const int bit = std::countr_zero(matched);
    matched &= matched - 1;
    score += weights.delta[static_cast<std::size_t>(bit)][slot];
  }
  return score;
}

// How many of `count` sentences from `first` a token of the other side
// faces as chances of a random match: those with anything in them (a gloss
// once stripped, a blank pre-split line, has nothing), and at least one,
// for the weights' slot.
inline int facing_sentences(const std::vector<SentenceFeatures>& side, std::uint32_t first, int count) {
  int facing = 0;
  for (int k = 0; k < count; ++k) facing += side[first + static_cast<std::uint32_t>(k)].length > 0 ? 1 : 0;
  return facing > 0 ? facing : 1;
}

template <typename MatchOf>  // PairMatch(std::uint32_t s, std::uint32_t t)
BeadEvidence gather_evidence(const DocumentFeatures& doc, std::uint32_t s0, int source_count,
                             std::uint32_t t0, int target_count, const MatchOf& match_of) {
  BeadEvidence e;
  if (source_count > 0 && target_count > 0) e.turn_mismatch = doc.source[s0].opens_turn != doc.target[t0].opens_turn;
  const int source_facing = facing_sentences(doc.target, t0, target_count);
  const int target_facing = facing_sentences(doc.source, s0, source_count);
  std::array<std::uint64_t, kMaxBeadSpan> target_bits{};
  for (std::uint32_t s = s0; s < s0 + source_count; ++s) {
    const SentenceFeatures& source = doc.source[s];
    e.source_length += source.length;
    e.turn_difference += source.turns;
    e.source_content += source.content_tokens;
    if (doc.has_paragraphs && s > s0 && source.paragraph_start) ++e.inner_paragraph_starts;
    std::uint64_t source_bits = 0;
    for (int k = 0; k < target_count; ++k) {
      const PairMatch& match = match_of(s, t0 + k);
      source_bits |= match.source_bits;
      target_bits[k] |= match.target_bits;
    }
    e.source_matched += std::popcount(source_bits);
    e.lexical += lexical_score(source.weights, source_bits, source_facing);
  }
  for (int k = 0; k < target_count; ++k) {
    const SentenceFeatures& target = doc.target[t0 + k];
    e.target_length += target.length;
    e.turn_difference -= target.turns;
    e.target_content += target.content_tokens;
    e.target_matched += std::popcount(target_bits[k]);
    e.lexical += lexical_score(target.weights, target_bits[k], target_facing);
    if (doc.has_paragraphs && k > 0 && target.paragraph_start) ++e.inner_paragraph_starts;
  }
  e.turn_difference = std::abs(e.turn_difference);
  return e;
}

}  // namespace sverka::align
