// Hand-made documents for the engine's tests: sentences are lengths plus
// "words" given as small integers; source word w translates target word w.
#pragma once

#include <initializer_list>

#include "align/sentence_features.h"

namespace sverka::testing {

inline align::SentenceFeatures sentence(std::uint32_t length, std::initializer_list<std::uint32_t> words) {
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

}  // namespace sverka::testing
