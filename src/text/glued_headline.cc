#include "text/glued_headline.h"

#include <vector>

#include <unicode/uchar.h>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kMinWordsEachSide = 3;

// "ВОЗ", "NATO": acronyms are names, not sentence starts.
bool all_capitals(const Token& token) {
  std::size_t pos = 0, letters = 0;
  while (pos < token.text.size()) {
    const char32_t cp = next_code_point(token.text, pos);
    if (u_isULowercase(static_cast<UChar32>(cp))) return false;
    letters += u_isalpha(static_cast<UChar32>(cp)) ? 1 : 0;
  }
  return letters > 1;
}

}  // namespace

std::size_t glued_headline_end(std::string_view sentence, const CommonWordTest& is_common_word,
                               const std::unordered_set<std::string>& stopwords) {
  const std::vector<Token> tokens = tokenize(sentence);
  std::size_t words_total = 0;
  for (const Token& token : tokens) words_total += token.kind != TokenKind::kPunctuation;
  std::size_t words_before = 0;
  std::size_t first_candidate = std::string_view::npos;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (token.kind == TokenKind::kPunctuation) continue;
    if (k > 0 && words_before >= kMinWordsEachSide && words_total - words_before >= kMinWordsEachSide) {
      const Token& previous = tokens[k - 1];
      // "…in Brazil At least seven…": after a name, only a function word
      // is sure to start a sentence ("Prime Minister" is one name).
      const bool previous_ends_headline =
          previous.kind != TokenKind::kPunctuation && stopwords.count(previous.norm) == 0 &&
          (!previous.capitalized || stopwords.count(token.norm) > 0);
      if (previous_ends_headline && token.kind == TokenKind::kWord && token.capitalized &&
          !all_capitals(token) && is_common_word(token.norm)) {
        // A capitalized function word ("The", "В") is the surest start;
        // a capitalized content word may still be a name ("Omicron").
        if (stopwords.count(token.norm) > 0) return token.begin;
        if (first_candidate == std::string_view::npos) first_candidate = token.begin;
      }
    }
    ++words_before;
  }
  return first_candidate;
}

}  // namespace sverka
