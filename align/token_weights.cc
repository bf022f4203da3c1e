#include "align/token_weights.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <array>
#include <optional>
#include <vector>

namespace sverka::align {
namespace {

// A token carrying a key every sentence has is no evidence at all.
constexpr double kMaxRandomRate = 0.5;
// Pseudo-sentences of the document-wide random rate mixed into each token's
// own count: in a ten-sentence news item one occurrence says little.
constexpr double kPriorSentences = 20.0;

// The LLR terms of a token by how many facing sentences it could match:
// loss (unmatched) and delta (matched minus unmatched) for each number of
// facing sentences. They depend only on that expected count, a whole
// number, so a document's tokens share a few hundred of them.
class TokenTerms {
 public:
  TokenTerms(double other_size, const LexicalRates& rates) : other_size_(other_size), rates_(rates) {}

  struct Terms {  // by facing - 1, as in TokenWeights
    std::array<float, kMaxBeadSpan> loss{}, delta{};
  };

  const Terms& at(std::uint32_t expected) {
    if (expected >= table_.size()) table_.resize(expected + 1);
    if (!table_[expected]) table_[expected] = compute(expected);
    return *table_[expected];
  }

 private:
  Terms compute(std::uint32_t expected) const {
    const double parallel = rates_.parallel;
    // One of the occurrences is, in a parallel text, the token's own
    // translation: only the rest are chances of a random match.
    const double chance = std::max(0.0, expected - parallel);
    const double random =
        std::min(kMaxRandomRate, (chance + kPriorSentences * rates_.random) / (other_size_ + kPriorSentences));
    Terms terms;
    for (int facing = 1; facing <= kMaxBeadSpan; ++facing) {
      const double random_k = 1 - std::pow(1 - random, facing);
      if (random_k >= parallel) continue;  // uninformative
      const double gain = std::log(parallel / random_k);
      const double loss = std::log((1 - parallel) / (1 - random_k));
      terms.loss[static_cast<std::size_t>(facing - 1)] = static_cast<float>(loss);
      terms.delta[static_cast<std::size_t>(facing - 1)] = static_cast<float>(gain - loss);
    }
    return terms;
  }

  double other_size_;
  LexicalRates rates_;
  std::vector<std::optional<Terms>> table_;  // by expected count, computed as met
};

void weigh_side(std::vector<SentenceFeatures>& side, const std::vector<std::uint32_t>& other_frequency,
                double other_size, const LexicalRates& rates) {
  TokenTerms terms(other_size, rates);
  LexicalRates number_rates = rates;
  number_rates.parallel = rates.number_parallel;
  TokenTerms number_terms(other_size, number_rates);
  std::vector<std::uint32_t> expected;
  for (SentenceFeatures& sentence : side) {
    // Expected random matches per token: sentences of the other side that
    // carry one of its keys (an upper bound: keys may share sentences).
    expected.assign(sentence.content_tokens, 0);
    for (const MatchKey& key : sentence.keys) expected[key.bit()] += other_frequency[key.id()];
    TokenWeights& weights = sentence.weights;
    weights.base.fill(0);
    weights.delta.assign(sentence.content_tokens, {});
    for (std::size_t bit = 0; bit < expected.size(); ++bit) {
      if (expected[bit] == 0) continue;  // nothing could match it
      const bool number = (sentence.number_bits >> bit) & 1;
      const TokenTerms::Terms& token = (number ? number_terms : terms).at(expected[bit]);
      for (std::size_t slot = 0; slot < kMaxBeadSpan; ++slot) {
        weights.base[slot] += token.loss[slot];
        weights.delta[bit][slot] = token.delta[slot];
      }
    }
    weights.ceiling = weights.base;
    for (const auto& delta : weights.delta) {
      for (std::size_t slot = 0; slot < kMaxBeadSpan; ++slot) weights.ceiling[slot] += std::max(0.0f, delta[slot]);
    }
  }
}

}  // namespace

void weigh_tokens(DocumentFeatures& document, const LexicalRates& rates) {
  weigh_tokens(document, rates, key_frequencies(document));
}

void weigh_tokens(DocumentFeatures& document, const LexicalRates& rates, const KeyFrequencies& frequencies) {
  // The two sides are weighed side by side: on a long document each is a
  // pass over every key of every sentence.
  std::future<void> weighing = std::async(side_by_side(document), [&] {
    weigh_side(document.target, frequencies.source, std::max(1.0, static_cast<double>(document.source.size())), rates);
  });
  weigh_side(document.source, frequencies.target, std::max(1.0, static_cast<double>(document.target.size())), rates);
  weighing.get();
}

}  // namespace sverka::align
