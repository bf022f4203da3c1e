// A document's source side tokenized and lemmatized, before any key lookup
// (which needs the finished target side): the tokens that can be content
// (words, numbers), each distinct one once with its lemmas, and each
// sentence's such tokens as indices among them.
//
// Lemmatizing a long Russian side is the featurizer's longest stretch, so
// two workers can share it: one from the first sentence on, the other from
// the last sentence back (the featurizer's own thread, once the target side
// is done), each claiming a chunk of sentences at a time until they meet.
// Whichever side is slower, neither thread waits long for the other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/language_resources.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace sverka {

// A word that can carry meaning: two letters or more, not a stopword.
bool is_content_word(const Token& token, const LanguageResources& language);
// A token's keys depend only on its form and capitals: the key it is
// computed once per document under.
std::string token_key(const Token& token);

struct SourceTokens {
  std::vector<Token> distinct;                   // in order of first appearance
  std::vector<std::vector<std::string>> lemmas;  // of each distinct token (none for a number)
  std::vector<std::uint32_t> tokens;             // all sentences', in order
  std::vector<std::size_t> sentence_end;         // past each sentence's last in `tokens`
};

// Chunks of a side's sentences, handed out from the front and from the back.
class SentenceClaims {
 public:
  struct Range {
    std::size_t begin = 0, end = 0;
    bool empty() const { return begin == end; }
  };
  SentenceClaims(std::size_t sentences, std::size_t chunk) : back_(sentences), chunk_(chunk) {}
  Range from_front();  // empty once the two ends have met
  Range from_back();

 private:
  std::mutex mutex_;
  std::size_t front_ = 0, back_;
  std::size_t chunk_;
};

// One worker's share: the chunks it claimed, tokenized in claim order.
class SourceTokenizer {
 public:
  SourceTokenizer(const std::vector<Sentence>& sentences, const LanguageResources& language)
      : sentences_(sentences), language_(language) {}
  // Tokenizes chunks from one end of `claims` until none is left.
  void take_front(SentenceClaims& claims);
  void take_back(SentenceClaims& claims);
  // The whole side: the front worker's share, then the back worker's.
  static SourceTokens join(SourceTokenizer front, SourceTokenizer back);

 private:
  void add(SentenceClaims::Range range);

  const std::vector<Sentence>& sentences_;
  const LanguageResources& language_;
  SourceTokens tokens_;
  std::unordered_map<std::string, std::uint32_t> index_;  // token_key → distinct token
  std::vector<SentenceClaims::Range> chunks_;              // in claim order
};

}  // namespace sverka
