// Word translation probabilities learned from a document's own confident
// beads (IBM Model 1, a few EM iterations), used as extra match keys in a
// second search pass.
//
// This is what makes a language pair without a dictionary work, and what
// fills a dictionary's gaps for names and domain terms: words that keep
// turning up in beads the first pass was sure of are taken as translations.
// Only pairs seen in several beads are kept, so one coincidence never
// becomes evidence.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "align/bead.h"
#include "align/sentence_features.h"

namespace sverka::align {

struct TranslationModelOptions {
  double min_confidence = 0.5;  // beads trained on
  int iterations = 5;
  double min_probability = 0.3;  // t(target | source) to keep a pair
  int min_count = 2;             // source word occurrences in training beads
  // Beads trained on at most, spread evenly over the document: the pairs
  // worth learning recur often, and training memory grows with the beads.
  std::size_t max_beads = 5000;
};

class TranslationModel {
 public:
  // Trains on the beads of `alignment` with both sides and enough confidence.
  static TranslationModel learn(const DocumentFeatures& document, const Alignment& alignment,
                                const TranslationModelOptions& options);

  // Target word ids (key ids) kept for a source word id.
  const std::vector<std::uint32_t>* translations(std::uint32_t source_word) const;
  std::size_t size() const { return table_.size(); }
  // Every learned (source word, target word) pair.
  template <typename Visit>
  void for_each(const Visit& visit) const {
    for (const auto& [source, targets] : table_) {
      for (const std::uint32_t target : targets) visit(source, target);
    }
  }

  // Adds the learned pairs as match keys to every source sentence.
  void add_keys(DocumentFeatures& document) const;

 private:
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> table_;
};

}  // namespace sverka::align
