#include "align/translation_model.h"

#include <algorithm>

namespace sverka::align {
namespace {

constexpr std::uint32_t kNullWord = 0xFFFFFFFF;

std::uint64_t pair_key(std::uint32_t source, std::uint32_t target) {
  return (static_cast<std::uint64_t>(source) << 32) | target;
}
std::uint32_t source_of(std::uint64_t pair) { return static_cast<std::uint32_t>(pair >> 32); }

// Training data in dense form: every (source word, target word) co-occurrence
// of a bead is an index into one probability array, so EM iterations are
// array passes with no hashing (profiling showed hash lookups dominating).
struct Corpus {
  std::vector<std::uint64_t> pairs;     // distinct (f, e), in order of first appearance
  std::vector<std::uint32_t> links;     // per bead, per target token, per source token: pair index
  std::vector<std::uint32_t> bead_shape;  // per bead: source tokens (NULL included), target tokens
  // Per pair: its source word's group, dense from 0 (NULL's last), for the
  // normalizing totals; source_groups of them.
  std::vector<std::uint32_t> source_group;
  std::uint32_t source_groups = 0;
};

// The words of the beads trained on: NULL and the source words, and the
// target words, of each.
struct TrainingBeads {
  std::vector<std::vector<std::uint32_t>> sources, targets;
  std::size_t links = 0;  // source words (NULL included) times target words, summed
};

TrainingBeads training_beads(const DocumentFeatures& document, const Alignment& alignment, double min_confidence,
                             std::size_t max_beads) {
  TrainingBeads beads;
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
      beads.links += source.size() * target.size();
      beads.sources.push_back(std::move(source));
      beads.targets.push_back(std::move(target));
    }
  }
  return beads;
}

// Each distinct (f, e) pair's index for every link. A hash table of them
// (half a million pairs in a novel, megabytes of random probes) took most
// of the learning time; grouped by source word, each source's targets are
// told apart in a small array by target id instead, which stays in cache.
void number_pairs(const TrainingBeads& beads, Corpus& corpus) {
  std::uint32_t source_words = 0, target_words = 0;
  for (std::size_t b = 0; b < beads.sources.size(); ++b) {
    for (const std::uint32_t f : beads.sources[b]) {
      if (f != kNullWord) source_words = std::max(source_words, f + 1);
    }
    for (const std::uint32_t e : beads.targets[b]) target_words = std::max(target_words, e + 1);
  }
  const std::uint32_t null_slot = source_words;  // NULL's group comes last
  const auto group_of = [&](std::uint32_t f) { return f == kNullWord ? null_slot : f; };
  const auto for_each_link = [&](const auto& visit) {
    std::uint32_t link = 0;
    for (std::size_t b = 0; b < beads.sources.size(); ++b) {
      for (const std::uint32_t e : beads.targets[b]) {
        for (const std::uint32_t f : beads.sources[b]) visit(link++, f, e);
      }
    }
  };
  constexpr std::uint32_t kNone = 0xFFFFFFFF;
  std::vector<std::uint64_t> grouped_pairs;  // numbered by source word first
  corpus.links.resize(beads.links);
  {
    // The links of each source word, in order: (target word, link).
    std::vector<std::uint32_t> group_start(null_slot + 2, 0);
    for_each_link([&](std::uint32_t, std::uint32_t f, std::uint32_t) { ++group_start[group_of(f) + 1]; });
    for (std::size_t g = 1; g < group_start.size(); ++g) group_start[g] += group_start[g - 1];
    std::vector<std::pair<std::uint32_t, std::uint32_t>> grouped(beads.links);
    std::vector<std::uint32_t> next = group_start;
    for_each_link([&](std::uint32_t link, std::uint32_t f, std::uint32_t e) {
      grouped[next[group_of(f)]++] = {e, link};
    });
    std::vector<std::uint32_t> seen_in(target_words, kNone), pair_of(target_words);
    for (std::uint32_t g = 0; g <= null_slot; ++g) {
      const std::uint32_t f = g == null_slot ? kNullWord : g;
      for (std::uint32_t k = group_start[g]; k < group_start[g + 1]; ++k) {
        const auto [e, link] = grouped[k];
        if (seen_in[e] != g) {
          seen_in[e] = g;
          pair_of[e] = static_cast<std::uint32_t>(grouped_pairs.size());
          grouped_pairs.push_back(pair_key(f, e));
        }
        corpus.links[link] = pair_of[e];
      }
    }
  }
  // Renumbered by first appearance: a bead's pairs then lie side by side,
  // and the EM passes over the links find them in cache (numbered by
  // source word, EM took twice as long).
  std::vector<std::uint32_t> renumbered(grouped_pairs.size(), kNone);
  corpus.pairs.reserve(grouped_pairs.size());
  corpus.source_group.reserve(grouped_pairs.size());
  for (std::uint32_t& link : corpus.links) {
    if (renumbered[link] == kNone) {
      renumbered[link] = static_cast<std::uint32_t>(corpus.pairs.size());
      corpus.pairs.push_back(grouped_pairs[link]);
      corpus.source_group.push_back(group_of(source_of(grouped_pairs[link])));
    }
    link = renumbered[link];
  }
  corpus.source_groups = null_slot + 1;
}

Corpus build_corpus(const DocumentFeatures& document, const Alignment& alignment, double min_confidence,
                    std::size_t max_beads) {
  const TrainingBeads beads = training_beads(document, alignment, min_confidence, max_beads);
  Corpus corpus;
  for (std::size_t b = 0; b < beads.sources.size(); ++b) {
    corpus.bead_shape.push_back(static_cast<std::uint32_t>(beads.sources[b].size()));
    corpus.bead_shape.push_back(static_cast<std::uint32_t>(beads.targets[b].size()));
  }
  number_pairs(beads, corpus);
  return corpus;
}

}  // namespace

TranslationModel TranslationModel::learn(const DocumentFeatures& document,
                                         const Alignment& alignment,
                                         const TranslationModelOptions& options) {
  const Corpus corpus = build_corpus(document, alignment, options.min_confidence, options.max_beads);
  TranslationModel model;
  if (corpus.pairs.empty()) return model;
  std::vector<double> probability(corpus.pairs.size(), 1.0), counts(corpus.pairs.size());
  std::vector<double> totals(corpus.source_groups);
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
          totals[corpus.source_group[p]] += share;
        }
      }
    }
    for (std::size_t p = 0; p < probability.size(); ++p) probability[p] = counts[p] / totals[corpus.source_group[p]];
  }
  // Occurrences of each source word in the training beads.
  std::vector<int> occurrences(corpus.source_groups, 0);
  {
    std::size_t link = 0;
    for (std::size_t b = 0; b < corpus.bead_shape.size(); b += 2) {
      const std::uint32_t source_tokens = corpus.bead_shape[b];
      if (corpus.bead_shape[b + 1] > 0) {
        for (std::uint32_t k = 0; k < source_tokens; ++k) ++occurrences[corpus.source_group[corpus.links[link + k]]];
      }
      link += static_cast<std::size_t>(source_tokens) * corpus.bead_shape[b + 1];
    }
  }
  for (std::size_t p = 0; p < probability.size(); ++p) {
    const std::uint32_t f = source_of(corpus.pairs[p]);
    if (f == kNullWord || probability[p] < options.min_probability) continue;
    if (occurrences[corpus.source_group[p]] < options.min_count) continue;
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
  const auto add = [&](std::size_t begin, std::size_t end) {
    for (std::size_t s = begin; s < end; ++s) {
      SentenceFeatures& sentence = document.source[s];
      const std::size_t sorted = sentence.keys.size();
      for (std::size_t bit = 0; bit < sentence.words.size(); ++bit) {
        const auto* targets = translations(sentence.words[bit]);
        if (targets == nullptr) continue;
        for (const std::uint32_t e : *targets) {
          sentence.keys.push_back(MatchKey{e, static_cast<int>(bit)});
        }
      }
      sort_keys(sentence, sorted);
    }
  };
  // Sentence by sentence: a long document's halves on two threads.
  in_halves(side_by_side(document), document.source.size(), add);
}

}  // namespace sverka::align
