#include "align/translation_model.h"

#include <unordered_map>

namespace sverka::align {
namespace {

constexpr std::uint32_t kNullWord = 0xFFFFFFFF;

struct TrainingPair {
  std::vector<std::uint32_t> source;  // with the NULL word first
  std::vector<std::uint32_t> target;
};

std::uint64_t pair_key(std::uint32_t source, std::uint32_t target) {
  return (static_cast<std::uint64_t>(source) << 32) | target;
}

std::vector<TrainingPair> training_pairs(const DocumentFeatures& document,
                                         const Alignment& alignment, double min_confidence) {
  std::vector<TrainingPair> pairs;
  for (const Bead& bead : alignment) {
    if (bead.source_count == 0 || bead.target_count == 0 || bead.score < min_confidence) continue;
    TrainingPair pair;
    pair.source.push_back(kNullWord);
    for (std::uint32_t s = bead.source_begin; s < bead.source_begin + bead.source_count; ++s) {
      const auto& words = document.source[s].words;
      pair.source.insert(pair.source.end(), words.begin(), words.end());
    }
    for (std::uint32_t t = bead.target_begin; t < bead.target_begin + bead.target_count; ++t) {
      const auto& words = document.target[t].words;
      pair.target.insert(pair.target.end(), words.begin(), words.end());
    }
    if (pair.source.size() > 1 && !pair.target.empty()) pairs.push_back(std::move(pair));
  }
  return pairs;
}

}  // namespace

TranslationModel TranslationModel::learn(const DocumentFeatures& document,
                                         const Alignment& alignment,
                                         const TranslationModelOptions& options) {
  const std::vector<TrainingPair> pairs = training_pairs(document, alignment, options.min_confidence);
  std::unordered_map<std::uint64_t, double> probability;
  std::unordered_map<std::uint32_t, int> source_count;
  for (const TrainingPair& pair : pairs) {
    for (std::size_t k = 1; k < pair.source.size(); ++k) ++source_count[pair.source[k]];
    for (const std::uint32_t f : pair.source) {
      for (const std::uint32_t e : pair.target) probability[pair_key(f, e)] = 1.0;
    }
  }
  std::unordered_map<std::uint64_t, double> counts;
  std::unordered_map<std::uint32_t, double> totals;
  std::vector<double> row;
  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    counts.clear();
    totals.clear();
    for (const TrainingPair& pair : pairs) {
      row.resize(pair.source.size());
      for (const std::uint32_t e : pair.target) {
        double norm = 0;
        for (std::size_t k = 0; k < pair.source.size(); ++k) {
          row[k] = probability[pair_key(pair.source[k], e)];
          norm += row[k];
        }
        for (std::size_t k = 0; k < pair.source.size(); ++k) {
          const double share = row[k] / norm;
          counts[pair_key(pair.source[k], e)] += share;
          totals[pair.source[k]] += share;
        }
      }
    }
    for (auto& [key, value] : probability) {
      value = counts[key] / totals[static_cast<std::uint32_t>(key >> 32)];
    }
  }
  TranslationModel model;
  for (const auto& [key, value] : probability) {
    const std::uint32_t f = static_cast<std::uint32_t>(key >> 32);
    if (f == kNullWord || value < options.min_probability) continue;
    if (source_count[f] < options.min_count) continue;
    model.table_[f].push_back(static_cast<std::uint32_t>(key));
  }
  return model;
}

const std::vector<std::uint32_t>* TranslationModel::translations(std::uint32_t source_word) const {
  const auto it = table_.find(source_word);
  return it == table_.end() ? nullptr : &it->second;
}

void TranslationModel::add_keys(DocumentFeatures& document) const {
  for (SentenceFeatures& sentence : document.source) {
    for (std::size_t bit = 0; bit < sentence.words.size(); ++bit) {
      const auto* targets = translations(sentence.words[bit]);
      if (targets == nullptr) continue;
      for (const std::uint32_t e : *targets) {
        sentence.keys.push_back(MatchKey{e, static_cast<std::uint8_t>(bit)});
      }
    }
    sort_keys(sentence);
  }
}

}  // namespace sverka::align
