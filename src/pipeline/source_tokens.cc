#include "pipeline/source_tokens.h"

#include "util/utf8.h"

namespace sverka {

bool is_content_word(const Token& token, const LanguageResources& language) {
  return token.kind == TokenKind::kWord && count_code_points(token.norm) >= 2 &&
         language.stopwords.count(token.norm) == 0;
}

std::string token_key(const Token& token) {
  return token.has_capital ? token.norm + '\x01' : token.norm;
}

namespace {

// The distinct tokens renumbered by first appearance, as one worker alone
// numbers them: word ids then do not depend on where the workers met.
SourceTokens in_order_of_appearance(SourceTokens tokens) {
  constexpr std::uint32_t kUnseen = 0xFFFFFFFF;
  std::vector<std::uint32_t> renumbered(tokens.distinct.size(), kUnseen);
  SourceTokens ordered;
  ordered.distinct.reserve(tokens.distinct.size());
  ordered.lemmas.reserve(tokens.distinct.size());
  ordered.tokens.reserve(tokens.tokens.size());
  for (const std::uint32_t k : tokens.tokens) {
    if (renumbered[k] == kUnseen) {
      renumbered[k] = static_cast<std::uint32_t>(ordered.distinct.size());
      ordered.distinct.push_back(std::move(tokens.distinct[k]));
      ordered.lemmas.push_back(std::move(tokens.lemmas[k]));
    }
    ordered.tokens.push_back(renumbered[k]);
  }
  ordered.sentence_end = std::move(tokens.sentence_end);
  return ordered;
}

}  // namespace

SentenceClaims::Range SentenceClaims::from_front() {
  const std::lock_guard<std::mutex> lock(mutex_);
  const Range range{front_, std::min(back_, front_ + chunk_)};
  front_ = range.end;
  return range;
}

SentenceClaims::Range SentenceClaims::from_back() {
  const std::lock_guard<std::mutex> lock(mutex_);
  const Range range{back_ - std::min(back_ - front_, chunk_), back_};
  back_ = range.begin;
  return range;
}

void SourceTokenizer::take_front(SentenceClaims& claims) {
  for (SentenceClaims::Range range = claims.from_front(); !range.empty(); range = claims.from_front()) add(range);
}

void SourceTokenizer::take_back(SentenceClaims& claims) {
  for (SentenceClaims::Range range = claims.from_back(); !range.empty(); range = claims.from_back()) add(range);
}

void SourceTokenizer::add(SentenceClaims::Range range) {
  chunks_.push_back(range);
  for (std::size_t s = range.begin; s < range.end; ++s) {
    for (Token& token : tokenize(sentences_[s].text)) {
      const bool word = is_content_word(token, language_);
      if (token.kind != TokenKind::kNumber && !word) continue;  // never content
      const auto [it, inserted] = index_.try_emplace(token_key(token), static_cast<std::uint32_t>(index_.size()));
      if (inserted) {
        tokens_.lemmas.push_back(word ? language_.lemmatizer.forms(token.norm) : std::vector<std::string>{});
        tokens_.distinct.push_back(std::move(token));
      }
      tokens_.tokens.push_back(it->second);
    }
    tokens_.sentence_end.push_back(tokens_.tokens.size());
  }
}

SourceTokens SourceTokenizer::join(SourceTokenizer front, SourceTokenizer back) {
  // The front worker claims in order: alone (a short document, or Hunspell
  // stemming), its share is numbered by first appearance already.
  if (back.chunks_.empty()) return std::move(front.tokens_);
  SourceTokens joined = std::move(front.tokens_);
  // The back worker's distinct tokens, numbered after the front worker's.
  std::vector<std::uint32_t> renumbered(back.tokens_.distinct.size());
  for (std::size_t k = 0; k < renumbered.size(); ++k) {
    const auto [it, inserted] = front.index_.try_emplace(token_key(back.tokens_.distinct[k]),
                                                         static_cast<std::uint32_t>(joined.distinct.size()));
    if (inserted) {
      joined.distinct.push_back(std::move(back.tokens_.distinct[k]));
      joined.lemmas.push_back(std::move(back.tokens_.lemmas[k]));
    }
    renumbered[k] = it->second;
  }
  // Its chunks were claimed from the end backwards: the last one claimed
  // comes first. Where each begins among its sentences and tokens:
  std::vector<std::size_t> first_sentence(back.chunks_.size() + 1, 0);
  for (std::size_t c = 0; c < back.chunks_.size(); ++c) {
    first_sentence[c + 1] = first_sentence[c] + back.chunks_[c].end - back.chunks_[c].begin;
  }
  const auto token_at = [&](std::size_t sentence) {
    return sentence == 0 ? std::size_t{0} : back.tokens_.sentence_end[sentence - 1];
  };
  for (std::size_t c = back.chunks_.size(); c-- > 0;) {
    const std::size_t first_token = token_at(first_sentence[c]);
    for (std::size_t k = first_token; k < token_at(first_sentence[c + 1]); ++k) {
      joined.tokens.push_back(renumbered[back.tokens_.tokens[k]]);
    }
    const std::size_t offset = joined.tokens.size() - (token_at(first_sentence[c + 1]) - first_token);
    for (std::size_t s = first_sentence[c]; s < first_sentence[c + 1]; ++s) {
      joined.sentence_end.push_back(offset + back.tokens_.sentence_end[s] - first_token);
    }
  }
  return in_order_of_appearance(std::move(joined));
}

}  // namespace sverka
