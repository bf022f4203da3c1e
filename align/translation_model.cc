#include "align/translation_model.h"

#include <algorithm>
#include <bit>
#include <unordered_map>

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
  std::vector<std::uint64_t> pairs;     // distinct (f, e), in order of first appearance
  std::vector<std::uint32_t> links;     // per bead, per target token, per source token: pair index
  std::vector<std::uint32_t> bead_shape;  // per bead: source tokens (NULL included), target tokens
  std::vector<std::uint32_t> source_of_pair;  // per pair: source word
};

// Pair → index, open addressing: a document's co-occurrences run to half a
// million distinct pairs, where sorting them and searching for each link
// took most of the learning time. `links` bounds the distinct pairs; they
// are fewer (two in three, in a novel), so a table of at least 5/4 the links
// stays about half full, and filling a larger one cost more than probing.
class PairIndex {
 public:
  explicit PairIndex(std::size_t links) {
    std::size_t size = 16;
    while (size < links + links / 4) size *= 2;
    keys_.assign(size, kEmpty);
    values_.resize(size);
  }
  // The index of `key`, giving it `next` when it is new.
  std::uint32_t find_or_add(std::uint64_t key, std::uint32_t next, bool& added) {
    std::size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> shift();
    while (keys_[slot] != kEmpty && keys_[slot] != key) slot = (slot + 1) & (keys_.size() - 1);
    added = keys_[slot] == kEmpty;
    if (added) {
      keys_[slot] = key;
      values_[slot] = next;
    }
    return values_[slot];
  }

 private:
  static constexpr std::uint64_t kEmpty = ~0ULL;  // never a key: the NULL word is a source only
  int shift() const { return 64 - std::countr_zero(keys_.size()); }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
};

Corpus build_corpus(const DocumentFeatures& document, const Alignment& alignment, double min_confidence,
                    std::size_t max_beads) {
  std::vector<std::vector<std::uint32_t>> sources, targets;
  std::size_t link_count = 0;
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
      link_count += source.size() * target.size();
      sources.push_back(std::move(source));
      targets.push_back(std::move(target));
    }
  }
  Corpus corpus;
  corpus.links.reserve(link_count);
  PairIndex index(link_count);
  for (std::size_t b = 0; b < sources.size(); ++b) {
    corpus.bead_shape.push_back(static_cast<std::uint32_t>(sources[b].size()));
    corpus.bead_shape.push_back(static_cast<std::uint32_t>(targets[b].size()));
    for (const std::uint32_t e : targets[b]) {
      for (const std::uint32_t f : sources[b]) {
        bool added = false;
        const std::uint32_t p = index.find_or_add(pair_key(f, e), static_cast<std::uint32_t>(corpus.pairs.size()), added);
        if (added) {
          corpus.pairs.push_back(pair_key(f, e));
          corpus.source_of_pair.push_back(f);
        }
        corpus.links.push_back(p);
      }
    }
  }
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
  {
    std::unordered_map<std::uint32_t, std::uint32_t> dense;
    for (std::size_t p = 0; p < corpus.pairs.size(); ++p) {
      const auto [it, added] = dense.try_emplace(corpus.source_of_pair[p], static_cast<std::uint32_t>(distinct_sources.size()));
      if (added) distinct_sources.push_back(corpus.source_of_pair[p]);
      source_index[p] = it->second;
    }
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
  for (auto& [f, targets] : model.table_) std::sort(targets.begin(), targets.end());
  return model;
}

const std::vector<std::uint32_t>* TranslationModel::translations(std::uint32_t source_word) const {
  const auto it = table_.find(source_word);
  return it == table_.end() ? nullptr : &it->second;
}

void TranslationModel::add_keys(DocumentFeatures& document) const {
  for (SentenceFeatures& sentence : document.source) {
    const std::size_t sorted = sentence.keys.size();
    for (std::size_t bit = 0; bit < sentence.words.size(); ++bit) {
      const auto* targets = translations(sentence.words[bit]);
      if (targets == nullptr) continue;
      for (const std::uint32_t e : *targets) {
        sentence.keys.push_back(MatchKey{e, static_cast<std::uint8_t>(bit)});
      }
    }
    sort_keys(sentence, sorted);
  }
}

}  // namespace sverka::align
