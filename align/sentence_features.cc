#include "align/sentence_features.h"

#include <algorithm>

namespace sverka::align {
namespace {

// Below this many match keys (both sides) a thread costs more than it
// saves: the passes split are over every key. Counted in keys, not
// sentences, so a book's coarse document of blocks, with a tenth of its
// sentences but all of its keys, is split too.
constexpr std::size_t kTwoThreadsFrom = 100000;

}  // namespace

std::launch side_by_side(const DocumentFeatures& document) {
  std::size_t keys = 0;
  for (const auto* side : {&document.source, &document.target}) {
    for (const SentenceFeatures& sentence : *side) keys += sentence.keys.size();
  }
  return keys >= kTwoThreadsFrom ? std::launch::async : std::launch::deferred;
}

void sort_keys(SentenceFeatures& sentence, std::size_t sorted) {
  const auto middle = sentence.keys.begin() + static_cast<std::ptrdiff_t>(std::min(sorted, sentence.keys.size()));
  std::sort(middle, sentence.keys.end());
  std::inplace_merge(sentence.keys.begin(), middle, sentence.keys.end());
  sentence.keys.erase(std::unique(sentence.keys.begin(), sentence.keys.end()), sentence.keys.end());
}

std::size_t key_count(const DocumentFeatures& document) {
  std::uint32_t max_id = 0;
  for (const auto* sentences : {&document.source, &document.target}) {
    for (const SentenceFeatures& sentence : *sentences) {
      if (!sentence.keys.empty()) max_id = std::max(max_id, sentence.keys.back().id());
    }
  }
  return static_cast<std::size_t>(max_id) + 1;
}

std::vector<std::uint32_t> sentence_frequency(const std::vector<SentenceFeatures>& side, std::size_t keys) {
  std::vector<std::uint32_t> frequency(keys, 0);
  for (const SentenceFeatures& sentence : side) {
    for (std::size_t k = 0; k < sentence.keys.size(); ++k) {
      if (k == 0 || sentence.keys[k].id() != sentence.keys[k - 1].id()) ++frequency[sentence.keys[k].id()];
    }
  }
  return frequency;
}

KeyFrequencies key_frequencies(const DocumentFeatures& document) {
  const std::size_t keys = key_count(document);
  std::future<std::vector<std::uint32_t>> target =
      std::async(side_by_side(document), [&] { return sentence_frequency(document.target, keys); });
  KeyFrequencies frequencies;
  frequencies.source = sentence_frequency(document.source, keys);
  frequencies.target = target.get();
  return frequencies;
}

}  // namespace sverka::align
