// Hand-made documents for the engine's tests: sentences are lengths plus
// "words" given as small integers; source word w translates target word w.
#pragma once

#include <vector>

#include "align/bead.h"
#include "align/sentence_features.h"

namespace sverka::testing {

inline align::SentenceFeatures sentence(std::uint32_t length, const std::vector<std::uint32_t>& words) {
  align::SentenceFeatures s;
  s.length = length;
  for (const std::uint32_t w : words) {
    s.keys.push_back({w, s.content_tokens});
    s.words.push_back(w);
    ++s.content_tokens;
  }
  align::sort_keys(s);
  return s;
}

// A parallel document of `size` sentences; sentence i has words 10i..10i+4
// and length 40 + 7(i mod 5) on both sides.
inline align::DocumentFeatures parallel_document(std::uint32_t size) {
  align::DocumentFeatures doc;
  for (std::uint32_t i = 0; i < size; ++i) {
    const std::uint32_t w = 10 * i;
    const std::uint32_t length = 40 + 7 * (i % 5);
    doc.source.push_back(sentence(length, {w, w + 1, w + 2, w + 3, w + 4}));
    doc.target.push_back(sentence(length, {w, w + 1, w + 2, w + 3, w + 4}));
  }
  return doc;
}

// Target sentences first .. first + count - 1 run together into one, as a
// translator joins them: their lengths (and a space between each) and
// their words, in order.
inline void join_targets(align::DocumentFeatures& doc, std::uint32_t first, std::uint32_t count) {
  std::uint32_t length = count - 1;
  std::vector<std::uint32_t> words;
  for (std::uint32_t k = first; k < first + count; ++k) {
    length += doc.target[k].length;
    words.insert(words.end(), doc.target[k].words.begin(), doc.target[k].words.end());
  }
  doc.target[first] = sentence(length, words);
  doc.target.erase(doc.target.begin() + first + 1, doc.target.begin() + first + count);
}

inline bool has_bead(const align::Alignment& alignment, std::uint32_t s, std::uint32_t a, std::uint32_t t,
                     std::uint32_t b) {
  for (const align::Bead& bead : alignment) {
    if (bead.same_span(align::Bead{s, a, t, b, 0})) return true;
  }
  return false;
}

}  // namespace sverka::testing
