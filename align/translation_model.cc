#include "align/translation_model.h"

#include <algorithm>

namespace sverka::align {
namespace {

constexpr std::uint32_t kNullWord = 0xFFFFFFFF;

std::uint64_t pair_key(std::uint32_t source, std::uint32_t target) {
  return (static_cast<std::uint64_t>(source) << 32) | target;
}

// Training data in dense form: every (source word, target word) co-occurrence
// of a bead is an index into one probability array, so EM iterations are
// array passes with no hashing (profiling showed hash lookups dominating).
struct Corpus {
  std::vector<std::uint64_t> pairs;     // distinct (f, e), sorted
  std::vector<std::uint32_t> links;     // per bead, per target token, per source token: pair index
  std::vector<std::uint32_t> bead_shape;  // per bead: source tokens (NULL included), target tokens
  std::vector<std::uint32_t> source_of_pair;  // per pair: source word
};

Corpus build_corpus(const DocumentFeatures& document, const Alignment& alignment, double min_confidence,
                    std::size_t max_beads) {
  std::vector<std::vector<std::uint32_t>> sources, targets;
  const std::size_t step = std::max<std::size_t>(1, (alignment.size() + max_beads - 1) / max_beads);
  for (std::size_t k = 0; k < alignment.size(); k += step) {
    const Bead& bead = alignment[k];
    if (bead.source_count == 0 || bead.target_count == 0 || bead.score < min_confidence) continue;
    std::vector<std::uint32_t> source{kNullWord}, target;
    for (std::uint32_t s = bead.source_begin; s < bead.source_begin + bead.source_count; ++s) {
      source.insert(source.end(), document.source[s].words.begin(), document.source[s].words.end());
    }
    for (std::uint32_t t = bead.target_begin; t < bead.target_begin + bead.target_count; ++t) {
      target.insert(target.end(), document.target[t].words.begin(), document.target[t].words.end());
    }
    if (source.size() > 1 && !target.empty()) {
      sources.push_back(std::move(source));
      targets.push_back(std::move(target));
    }
  }
  Corpus corpus;
  for (std::size_t b = 0; b < sources.size(); ++b) {
    for (const std::uint32_t e : targets[b]) {
      for (const std::uint32_t f : sources[b]) corpus.pairs.push_back(pair_key(f, e));
    }
  }
  std::sort(corpus.pairs.begin(), corpus.pairs.end());
  corpus.pairs.erase(std::unique(corpus.pairs.begin(), corpus.pairs.end()), corpus.pairs.end());
  for (std::size_t b = 0; b < sources.size(); ++b) {
    corpus.bead_shape.push_back(static_cast<std::uint32_t>(sources[b].size()));
    corpus.bead_shape.push_back(static_cast<std::uint32_t>(targets[b].size()));
    for (const std::uint32_t e : targets[b]) {
      for (const std::uint32_t f : sources[b]) {
        const auto it = std::lower_bound(corpus.pairs.begin(), corpus.pairs.end(), pair_key(f, e));
        corpus.links.push_back(static_cast<std::uint32_t>(it - corpus.pairs.begin()));
      }
    }
  }
  for (const std::uint64_t pair : corpus.pairs) corpus.source_of_pair.push_back(static_cast<std::uint32_t>(pair >> 32));
  return corpus;
}

}  // namespace

TranslationModel TranslationModel::learn(const DocumentFeatures& document,
                                         const Alignment& alignment,
                                         const TranslationModelOptions& options) {
  const Corpus corpus = build_corpus(document, alignment, options.min_confidence, options.max_beads);
  TranslationModel model;
  if (corpus.pairs.empty()) return model;
  // Source words are dense-numbered for the normalizing totals.
  std::vector<std::uint32_t> source_index(corpus.pairs.size());
  std::vector<std::uint32_t> distinct_sources;
  for (std::size_t p = 0; p < corpus.pairs.size(); ++p) {
    if (distinct_sources.empty() || distinct_sources.back() != corpus.source_of_pair[p]) {
      distinct_sources.push_back(corpus.source_of_pair[p]);
    }
    source_index[p] = static_cast<std::uint32_t>(distinct_sources.size() - 1);
  }
  std::vector<double> probability(corpus.pairs.size(), 1.0), counts(corpus.pairs.size());
  std::vector<double> totals(distinct_sources.size());
  std::vector<double> row;
  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    std::fill(counts.begin(), counts.end(), 0.0);
    std::fill(totals.begin(), totals.end(), 0.0);
    std::size_t link = 0;
    for (std::size_t b = 0; b < corpus.bead_shape.size(); b += 2) {
      const std::uint32_t source_tokens = corpus.bead_shape[b];
      for (std::uint32_t e = 0; e < corpus.bead_shape[b + 1]; ++e, link += source_tokens) {
        double norm = 0;
        for (std::uint32_t k = 0; k < source_tokens; ++k) norm += probability[corpus.links[link + k]];
        for (std::uint32_t k = 0; k < source_tokens; ++k) {
          const std::uint32_t p = corpus.links[link + k];
          const double share = probability[p] / norm;
          counts[p] += share;
          totals[source_index[p]] += share;
        }
      }
    }
    for (std::size_t p = 0; p < probability.size(); ++p) probability[p] = counts[p] / totals[source_index[p]];
  }
  // Occurrences of each source word in the training beads.
  std::vector<int> occurrences(distinct_sources.size(), 0);
  {
    std::size_t link = 0;
    for (std::size_t b = 0; b < corpus.bead_shape.size(); b += 2) {
      const std::uint32_t source_tokens = corpus.bead_shape[b];
      if (corpus.bead_shape[b + 1] > 0) {
        for (std::uint32_t k = 0; k < source_tokens; ++k) ++occurrences[source_index[corpus.links[link + k]]];
      }
      link += static_cast<std::size_t>(source_tokens) * corpus.bead_shape[b + 1];
    }
  }
  for (std::size_t p = 0; p < probability.size(); ++p) {
    const std::uint32_t f = corpus.source_of_pair[p];
    if (f == kNullWord || probability[p] < options.min_probability) continue;
    if (occurrences[source_index[p]] < options.min_count) continue;
    model.table_[f].push_back(static_cast<std::uint32_t>(corpus.pairs[p]));
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
