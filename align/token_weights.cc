#include "align/token_weights.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace sverka::align {
namespace {

// A token carrying a key every sentence has is no evidence at all.
constexpr double kMaxRandomRate = 0.5;
// Pseudo-sentences of the document-wide random rate mixed into each token's
// own count: in a ten-sentence news item one occurrence says little.
constexpr double kPriorSentences = 20.0;

// Number of sentences of `side` carrying each key.
std::unordered_map<std::uint32_t, std::uint32_t> sentence_frequency(const std::vector<SentenceFeatures>& side) {
  std::unordered_map<std::uint32_t, std::uint32_t> frequency;
  for (const SentenceFeatures& sentence : side) {
    for (std::size_t k = 0; k < sentence.keys.size(); ++k) {
      if (k == 0 || sentence.keys[k].id != sentence.keys[k - 1].id) ++frequency[sentence.keys[k].id];
    }
  }
  return frequency;
}

void weigh_side(std::vector<SentenceFeatures>& side,
                const std::unordered_map<std::uint32_t, std::uint32_t>& other_frequency,
                double other_size, const LexicalRates& rates) {
  const double parallel = rates.parallel;
  std::vector<double> expected;
  for (SentenceFeatures& sentence : side) {
    // Expected random matches per token: sentences of the other side that
    // carry one of its keys (an upper bound: keys may share sentences).
    expected.assign(sentence.content_tokens, 0.0);
    for (const MatchKey& key : sentence.keys) {
      const auto found = other_frequency.find(key.id);
      if (found != other_frequency.end()) expected[key.bit] += found->second;
    }
    TokenWeights& weights = sentence.weights;
    weights.base.fill(0);
    weights.delta.assign(sentence.content_tokens, {});
    for (std::size_t bit = 0; bit < expected.size(); ++bit) {
      if (expected[bit] == 0) continue;  // nothing could match it
      // One of the occurrences is, in a parallel text, the token's own
      // translation: only the rest are chances of a random match.
      const double chance = std::max(0.0, expected[bit] - parallel);
      const double random = std::min(
          kMaxRandomRate, (chance + kPriorSentences * rates.random) / (other_size + kPriorSentences));
      for (int facing = 1; facing <= kMaxBeadSpan; ++facing) {
        const double random_k = 1 - std::pow(1 - random, facing);
        if (random_k >= parallel) continue;  // uninformative
        const double gain = std::log(parallel / random_k);
        const double loss = std::log((1 - parallel) / (1 - random_k));
        weights.base[static_cast<std::size_t>(facing)] += static_cast<float>(loss);
        weights.delta[bit][static_cast<std::size_t>(facing)] = static_cast<float>(gain - loss);
      }
    }
  }
}

}  // namespace

void weigh_tokens(DocumentFeatures& document, const LexicalRates& rates) {
  const auto source_frequency = sentence_frequency(document.source);
  const auto target_frequency = sentence_frequency(document.target);
  weigh_side(document.source, target_frequency, std::max(1.0, static_cast<double>(document.target.size())), rates);
  weigh_side(document.target, source_frequency, std::max(1.0, static_cast<double>(document.source.size())), rates);
}

}  // namespace sverka::align
