#include "align/coarse_path.h"

#include <algorithm>
#include <future>

#include "align/banded_search.h"
#include "align/path_repair.h"
#include "align/search_band.h"
#include "align/token_weights.h"

namespace sverka::align {

std::vector<SentenceFeatures> merge_blocks(const std::vector<SentenceFeatures>& sentences,
                                           std::uint32_t k) {
  std::vector<SentenceFeatures> blocks;
  for (std::size_t begin = 0; begin < sentences.size(); begin += k) {
    SentenceFeatures block;
    block.paragraph_start = sentences[begin].paragraph_start;
    block.opens_turn = sentences[begin].opens_turn;
    const std::size_t end = std::min(sentences.size(), begin + k);
    // Sized once (at most a few keys past 64 tokens too many): grown key by
    // key, the blocks of a long book kept a third of their memory as spare
    // capacity, and they are the largest share of its peak.
    std::size_t keys = 0;
    for (std::size_t s = begin; s < end; ++s) keys += sentences[s].keys.size();
    block.keys.reserve(keys);
    for (std::size_t s = begin; s < end; ++s) {
      block.length += sentences[s].length;
      // Token positions are renumbered after the block's earlier sentences;
      // past 64 content tokens the rest of the block is not tracked.
      // Each sentence's keys are sorted and its bits are new to the block,
      // so merging keeps the block sorted and free of repeats.
      const int offset = block.content_tokens;
      const std::size_t middle = block.keys.size();
      for (const MatchKey& key : sentences[s].keys) {
        const int bit = offset + key.bit();
        if (bit < kMaxContentTokens) block.keys.push_back({key.id(), bit});
      }
      std::inplace_merge(block.keys.begin(), block.keys.begin() + static_cast<std::ptrdiff_t>(middle),
                         block.keys.end());
      if (offset < kMaxContentTokens) block.number_bits |= sentences[s].number_bits << offset;
      block.content_tokens = static_cast<std::uint8_t>(
          std::min(kMaxContentTokens, offset + sentences[s].content_tokens));
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

namespace {

// A sentence-level path in block coordinates: bead ends divided by k, so
// band_around() can centre a block search on it.
Alignment to_blocks(const Alignment& path, std::uint32_t k) {
  Alignment blocks;
  for (const Bead& bead : path) {
    Bead block;
    block.source_begin = bead.source_begin / k;
    block.target_begin = bead.target_begin / k;
    block.source_count = (bead.source_begin + bead.source_count + k - 1) / k - block.source_begin;
    block.target_count = (bead.target_begin + bead.target_count + k - 1) / k - block.target_begin;
    blocks.push_back(block);
  }
  return blocks;
}

// Where the block path is not one to one (an omission, a merge), the true
// jump may sit a block earlier or later than the blocks say, and a band that
// gives the rows before it only their own columns cuts the true path off
// without the path ever touching the band's edge. So such a bead is merged
// with its neighbours: their rows get the columns of all three.
Alignment widen_jumps(const Alignment& blocks) {
  std::vector<bool> joined(blocks.size(), false);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].source_count == blocks[b].target_count) continue;
    for (std::size_t k = b > 0 ? b - 1 : 0; k <= std::min(blocks.size() - 1, b + 1); ++k) joined[k] = true;
  }
  Alignment out;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (joined[b] && b > 0 && joined[b - 1]) {
      Bead& last = out.back();
      last.source_count = blocks[b].source_begin + blocks[b].source_count - last.source_begin;
      last.target_count = blocks[b].target_begin + blocks[b].target_count - last.target_begin;
    } else {
      out.push_back(blocks[b]);
    }
  }
  return out;
}

}  // namespace

Alignment coarse_path(const DocumentFeatures& document, const BeadCost& cost, std::uint32_t k,
                      std::uint32_t width, const Alignment* guide) {
  DocumentFeatures coarse;
  std::future<std::vector<SentenceFeatures>> target_blocks =
      std::async(side_by_side(document), [&] { return merge_blocks(document.target, k); });
  coarse.source = merge_blocks(document.source, k);
  coarse.target = target_blocks.get();
  // Blocks need token weights of their own, or the block search sees no
  // lexical evidence at all, only lengths (a block's tokens face other
  // blocks, so their chance of a random match is measured anew).
  weigh_tokens(coarse, cost.rates());
  const auto n = static_cast<std::uint32_t>(coarse.source.size());
  const auto m = static_cast<std::uint32_t>(coarse.target.size());
  const SearchBand band = guide == nullptr ? diagonal_band(n, m, std::min(width, m))
                                           : band_around(to_blocks(*guide, k), n, m, std::min(width, m));
  const Alignment blocks = search_in_halves(coarse, cost, band, std::vector<std::uint32_t>(n + 1, std::min(width, m)));
  const auto fine_n = static_cast<std::uint32_t>(document.source.size());
  const auto fine_m = static_cast<std::uint32_t>(document.target.size());
  Alignment path;
  for (const Bead& block : widen_jumps(blocks)) {
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
