#include "align/coarse_path.h"

#include <algorithm>

#include "align/banded_search.h"
#include "align/search_band.h"

namespace sverka::align {

std::vector<SentenceFeatures> merge_blocks(const std::vector<SentenceFeatures>& sentences,
                                           std::uint32_t k) {
  std::vector<SentenceFeatures> blocks;
  for (std::size_t begin = 0; begin < sentences.size(); begin += k) {
    SentenceFeatures block;
    block.paragraph_start = sentences[begin].paragraph_start;
    const std::size_t end = std::min(sentences.size(), begin + k);
    for (std::size_t s = begin; s < end; ++s) {
      block.length += sentences[s].length;
      // Token positions are renumbered after the block's earlier sentences;
      // past 64 content tokens the rest of the block is not tracked.
      const int offset = block.content_tokens;
      for (const MatchKey& key : sentences[s].keys) {
        const int bit = offset + key.bit;
        if (bit < kMaxContentTokens) block.keys.push_back({key.id, static_cast<std::uint8_t>(bit)});
      }
      block.content_tokens = static_cast<std::uint8_t>(
          std::min(kMaxContentTokens, offset + sentences[s].content_tokens));
    }
    sort_keys(block);
    blocks.push_back(std::move(block));
  }
  return blocks;
}

Alignment coarse_path(const DocumentFeatures& document, const BeadCost& cost, std::uint32_t k,
                      std::uint32_t width) {
  DocumentFeatures coarse;
  coarse.source = merge_blocks(document.source, k);
  coarse.target = merge_blocks(document.target, k);
  const auto n = static_cast<std::uint32_t>(coarse.source.size());
  const auto m = static_cast<std::uint32_t>(coarse.target.size());
  const Alignment blocks = search(coarse, cost, diagonal_band(n, m, std::min(width, m))).alignment;
  const auto fine_n = static_cast<std::uint32_t>(document.source.size());
  const auto fine_m = static_cast<std::uint32_t>(document.target.size());
  Alignment path;
  for (const Bead& block : blocks) {
    Bead bead;
    bead.source_begin = std::min(fine_n, block.source_begin * k);
    bead.target_begin = std::min(fine_m, block.target_begin * k);
    bead.source_count = std::min(fine_n, (block.source_begin + block.source_count) * k) - bead.source_begin;
    bead.target_count = std::min(fine_m, (block.target_begin + block.target_count) * k) - bead.target_begin;
    path.push_back(bead);
  }
  return path;
}

}  // namespace sverka::align
