// What the engine knows of a sentence: numbers, never text.
//
// The language-aware layer (src/pipeline/featurizer) turns each sentence into
// a length and a list of match keys. A key is an id in a space shared by the
// two sides of a document: a target word, a number, a name skeleton. The
// target side lists the keys its own tokens carry; the source side lists the
// keys its tokens could translate to (dictionary, anchors, learned pairs).
// `bit` is the token's position among the sentence's content tokens, so a
// bead can count how many tokens on each side found a counterpart.
#pragma once

#include <array>
#include <cstdint>
#include <future>
#include <vector>

namespace sverka::align {

// Content tokens beyond this many in one sentence are not tracked (bitmask).
inline constexpr int kMaxContentTokens = 64;

// A key a content token can be matched on, and which token of its sentence
// (its bit) carries it. Packed in four bytes, the id above the six bits of
// the token: a long book's sentences and blocks carry tens of millions of
// keys, and an id and a byte side by side took twice the memory (the most
// of a 200,000-line run's peak). Ordered by id, then bit, as before. Ids
// past kMaxId do not fit: the featurizer's key space stops before them.
struct MatchKey {
  static constexpr std::uint32_t kMaxId = (1u << 26) - 1;

  MatchKey() = default;
  constexpr MatchKey(std::uint32_t id, int bit) : packed(id << 6 | static_cast<std::uint32_t>(bit)) {}
  constexpr std::uint32_t id() const { return packed >> 6; }
  constexpr int bit() const { return static_cast<int>(packed & 63u); }
  bool operator<(const MatchKey& other) const { return packed < other.packed; }
  bool operator==(const MatchKey& other) const { return packed == other.packed; }

  std::uint32_t packed = 0;
};
static_assert(kMaxContentTokens == 64, "MatchKey keeps a token's bit in six bits");

// Facing up to this many sentences on the other side of a bead.
inline constexpr int kMaxBeadSpan = 4;

// What each content token adds to a bead's lexical log-likelihood ratio,
// by the number of sentences it faces, 1..kMaxBeadSpan at index facing - 1
// (no slot for 0: a document holds one array per content token): `base`
// is the sum over tokens of the loss when unmatched, `delta[bit]` what a
// match of token `bit` adds on top (token_weights.h), `ceiling` the ratio
// with every token matched: no bead can score more, so the search skips a
// bead whose cost cannot beat one already found.
struct TokenWeights {
  std::array<float, kMaxBeadSpan> base{};
  std::vector<std::array<float, kMaxBeadSpan>> delta;
  std::array<float, kMaxBeadSpan> ceiling{};
};

struct SentenceFeatures {
  std::uint32_t length = 0;         // characters, spaces included
  std::uint8_t content_tokens = 0;  // tokens that can match, at most kMaxContentTokens
  std::vector<std::uint32_t> words;  // own-language word id per content token (bit order)
  std::vector<MatchKey> keys;        // sorted by id, no duplicates
  bool paragraph_start = false;
  // Opens a turn of dialogue or a quotation (a leading dash or opening
  // quote mark): a bead tends to begin on a turn on both sides or on neither.
  bool opens_turn = false;
  // Turns of dialogue it opens, capped at 255: a bead's two sides tend to
  // open as many.
  std::uint8_t turns = 0;
  // Content tokens that are numbers (bit k: token k): a translation keeps
  // them far more often than words, so they weigh by a rate of their own.
  std::uint64_t number_bits = 0;
  TokenWeights weights;  // filled by weigh_tokens()
};

struct DocumentFeatures {
  std::vector<SentenceFeatures> source;
  std::vector<SentenceFeatures> target;
  bool has_paragraphs = false;  // both sides had paragraph structure
};

// Sorts keys and drops duplicates; call after building `keys`. When the
// first `sorted` keys are in order already (keys added to a finished
// sentence), only the rest is sorted, then merged in.
void sort_keys(SentenceFeatures& sentence, std::size_t sorted = 0);

// One more than the largest key id of the document (ids are dense: a
// document's key space numbers them from 0).
std::size_t key_count(const DocumentFeatures& document);

// Number of sentences of `side` carrying each key, indexed by key id
// (`keys` = key_count of the document).
std::vector<std::uint32_t> sentence_frequency(const std::vector<SentenceFeatures>& side, std::size_t keys);

// How a document's two sides are processed: side by side on two threads
// when it is long enough for a thread to pay (batch runs keep the cores
// busy with documents anyway), one after the other otherwise.
std::launch side_by_side(const DocumentFeatures& document);

// work(begin, end) over [0, count) in two halves, the second on another
// thread when `policy` is async; `work` must be safe on disjoint ranges.
template <typename Work>
void in_halves(std::launch policy, std::size_t count, const Work& work) {
  const std::size_t half = count / 2;
  std::future<void> second = std::async(policy, [&] { work(half, count); });
  work(0, half);
  second.get();
}

// sentence_frequency() of both sides of a document, counted side by side on
// a long one: the token weights and the anchor chain both start from them.
struct KeyFrequencies {
  std::vector<std::uint32_t> source, target;
};
KeyFrequencies key_frequencies(const DocumentFeatures& document);

}  // namespace sverka::align
