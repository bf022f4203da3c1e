#include "text/dialogue_turns.h"

#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// A dash of any typography but the minus sign; "--" is one dash.
bool is_dash(char32_t cp, std::string_view text, std::size_t after) {
  if (cp == '-') return after < text.size() && (text[after] == '-' || text[after] == ' ');
  return unify_punctuation(cp) == '-' && cp != 0x2212;
}

bool is_quote(char32_t cp) {
  const char32_t unified = unify_punctuation(cp);
  return unified == '"' || unified == '\'';
}

// Letters and digits of the scripts sverka meets most: none of them is a
// space, dash or quotation mark, and they are most of a text (the general
// tests below ask ICU about every other code point).
bool is_plain_letter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
         (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x400 && cp <= 0x4FF);
}

bool ends_sentence(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

// Whether the first letter after `pos`, past spaces, dashes and quotation
// marks, is a capital.
bool capital_follows(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (is_space(cp) || is_quote(cp) || unify_punctuation(cp) == '-') continue;
    return is_upper(cp);
  }
  return false;
}

}  // namespace

bool opens_turn(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (is_space(cp)) continue;
    return is_dash(cp, text, pos) || is_quote(cp);
  }
  return false;
}

int count_turns(std::string_view text) {
  int turns = 0;
  bool after_end = true;     // at the start or after sentence-final punctuation or a colon
  bool word_start = true;    // at the start or after a space, bracket or colon
  bool counted = false;      // a turn was counted and its first letter not yet seen
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (is_plain_letter(cp)) {
      counted = word_start = after_end = false;
      continue;
    }
    if (is_space(cp)) {
      word_start = true;
      continue;
    }
    const bool dash = is_dash(cp, text, pos);
    const bool quote = is_quote(cp);
    if (!counted && after_end && (dash || (quote && word_start)) && capital_follows(text, pos)) {
      ++turns;
      counted = true;
    }
    if (dash || quote) {
      word_start = true;  // marks may follow each other: "--«Нет»", "''"
      continue;
    }
    counted = false;
    word_start = cp == '(' || cp == '[' || cp == ':';
    if (ends_sentence(cp) || cp == ':') {
      after_end = true;
    } else if (cp != ')' && cp != ']') {
      after_end = false;
    }
  }
  return turns;
}

}  // namespace sverka
