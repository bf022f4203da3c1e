#include "align/lexical_rates.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include "align/pair_match.h"

namespace sverka::align {
namespace {

constexpr std::size_t kMaxSamples = 2000;
constexpr std::int64_t kRandomOffset = 8;   // sentences off the diagonal: surely unrelated
constexpr std::int64_t kParallelWindow = 2;  // around the diagonal

// Number tokens at the document's parallel rate mixed into their own
// count: a news item quotes a handful of numbers, a book none. (Strict F1
// was the same on every set from 3 to 30.)
constexpr double kNumberPriorTokens = 10;

struct Tally {
  double matched = 0, content = 0;
  double numbers_matched = 0, numbers = 0;
  void add(const PairMatch& match, const SentenceFeatures& s, const SentenceFeatures& t) {
    matched += std::popcount(match.source_bits) + std::popcount(match.target_bits);
    content += s.content_tokens + t.content_tokens;
    numbers_matched +=
        std::popcount(match.source_bits & s.number_bits) + std::popcount(match.target_bits & t.number_bits);
    numbers += std::popcount(s.number_bits) + std::popcount(t.number_bits);
  }
  void add(const Tally& other) {
    matched += other.matched;
    content += other.content;
    numbers_matched += other.numbers_matched;
    numbers += other.numbers;
  }
  double rate(double fallback) const { return content > 0 ? matched / content : fallback; }
};

LexicalRates bounded(const Tally& parallel, double fallback, double random) {
  LexicalRates rates;
  rates.random = std::clamp(random, 0.005, 0.3);
  const double lowest = std::min(0.95, 2 * rates.random);
  rates.parallel = std::clamp(parallel.rate(fallback), lowest, 0.95);
  rates.number_parallel = std::clamp(
      (parallel.numbers_matched + kNumberPriorTokens * rates.parallel) / (parallel.numbers + kNumberPriorTokens),
      lowest, 0.95);
  return rates;
}

// The target sentence facing each source sentence along `guide` (a path of
// beads from (0, 0) to (n, m)), spreading a bead's targets evenly over its
// sources; along the diagonal when there is no guide.
std::vector<std::int64_t> facing_targets(std::int64_t n, std::int64_t m, const Alignment* guide) {
  std::vector<std::int64_t> facing(static_cast<std::size_t>(n));
  if (guide == nullptr || guide->empty()) {
    for (std::int64_t i = 0; i < n; ++i) facing[i] = m * i / std::max<std::int64_t>(n, 1);
    return facing;
  }
  for (const Bead& bead : *guide) {
    for (std::uint32_t k = 0; k < bead.source_count; ++k) {
      facing[bead.source_begin + k] = bead.target_begin + std::int64_t{k} * bead.target_count / bead.source_count;
    }
  }
  return facing;
}

}  // namespace

LexicalRates estimate_rates(const DocumentFeatures& doc, const Alignment* guide) {
  const auto n = static_cast<std::int64_t>(doc.source.size());
  const auto m = static_cast<std::int64_t>(doc.target.size());
  Tally random, parallel;
  const std::int64_t step = std::max<std::int64_t>(1, n / static_cast<std::int64_t>(kMaxSamples));
  const std::vector<std::int64_t> facing = facing_targets(n, m, guide);
  for (std::int64_t i = 0; i < n; i += step) {
    const std::int64_t diagonal = facing[i];
    for (const std::int64_t offset : {-kRandomOffset, kRandomOffset}) {
      const std::int64_t j = diagonal + offset;
      if (j >= 0 && j < m) random.add(match_pair(doc.source[i], doc.target[j]), doc.source[i], doc.target[j]);
    }
    double best = -1;
    Tally best_pair;
    for (std::int64_t j = std::max<std::int64_t>(0, diagonal - kParallelWindow);
         j <= std::min(m - 1, diagonal + kParallelWindow); ++j) {
      Tally pair;
      pair.add(match_pair(doc.source[i], doc.target[j]), doc.source[i], doc.target[j]);
      if (pair.content > 0 && pair.matched / pair.content > best) {
        best = pair.matched / pair.content;
        best_pair = pair;
      }
    }
    parallel.add(best_pair);
  }
  const LexicalRates defaults;
  return bounded(parallel, defaults.parallel, random.rate(defaults.random));
}

LexicalRates rates_from_alignment(const DocumentFeatures& doc, const Alignment& alignment) {
  Tally parallel;
  for (const Bead& bead : alignment) {
    if (bead.source_count != 1 || bead.target_count != 1) continue;
    parallel.add(match_pair(doc.source[bead.source_begin], doc.target[bead.target_begin]),
                 doc.source[bead.source_begin], doc.target[bead.target_begin]);
  }
  const LexicalRates first = estimate_rates(doc, &alignment);
  return bounded(parallel, first.parallel, first.random);
}

}  // namespace sverka::align
