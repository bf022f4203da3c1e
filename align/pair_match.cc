#include "align/pair_match.h"

namespace sverka::align {

PairMatch match_pair(const SentenceFeatures& source, const SentenceFeatures& target) {
  PairMatch match;
  const auto& a = source.keys;
  const auto& b = target.keys;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].id() < b[j].id()) {
      ++i;
    } else if (b[j].id() < a[i].id()) {
      ++j;
    } else {
      // Several tokens may share one id on either side: mark every one.
      const std::uint32_t id = a[i].id();
      std::size_t j_end = j;
      std::uint64_t target_bits = 0;
      while (j_end < b.size() && b[j_end].id() == id) target_bits |= 1ULL << b[j_end++].bit();
      while (i < a.size() && a[i].id() == id) match.source_bits |= 1ULL << a[i++].bit();
      match.target_bits |= target_bits;
      j = j_end;
    }
  }
  return match;
}

namespace {
std::vector<std::uint64_t>& thread_table() {
  thread_local std::vector<std::uint64_t> table;
  return table;
}
}  // namespace

SourceKeyMarker::SourceKeyMarker(const SentenceFeatures& source) : source_(source), table_(thread_table()) {
  if (!source.keys.empty() && source.keys.back().id() >= table_.size()) table_.resize(source.keys.back().id() + 1, 0);
  for (const MatchKey& key : source.keys) table_[key.id()] |= 1ULL << key.bit();
}

SourceKeyMarker::~SourceKeyMarker() {
  for (const MatchKey& key : source_.keys) table_[key.id()] = 0;
}

PairMatch SourceKeyMarker::match(const SentenceFeatures& target) const {
  PairMatch match;
  const std::size_t size = table_.size();
  for (const MatchKey& key : target.keys) {
    const std::uint64_t bits = key.id() < size ? table_[key.id()] : 0;
    if (bits == 0) continue;
    match.source_bits |= bits;
    match.target_bits |= 1ULL << key.bit();
  }
  return match;
}

}  // namespace sverka::align
