#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/normalizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// ASCII and the Russian alphabet are answered without ICU: they are nearly
// every code point sverka reads, and ICU's property lookups stood out in
// the profile of a long book.
bool is_russian_letter(char32_t cp) { return (cp >= 0x410 && cp <= 0x44F) || cp == 0x401 || cp == 0x451; }
bool is_ascii_letter(char32_t cp) { return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'; }
bool is_word_char(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp) || is_digit(cp);
  if (is_russian_letter(cp)) return true;
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (u_getCombiningClass(static_cast<UChar32>(cp)) != 0) ||
         u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}
bool is_joiner(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}
bool is_number_separator(char32_t cp) {
  return cp == ',' || cp == '.' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009;
}

char32_t peek(std::string_view text, std::size_t pos) {
  return pos < text.size() ? next_code_point(text, pos) : 0;
}

// Length in bytes of a run of digits starting at `pos`.
std::size_t digit_run(std::string_view text, std::size_t pos, std::size_t* digits) {
  const std::size_t start = pos;
  *digits = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    if (!is_digit(next_code_point(text, next))) break;
    pos = next;
    ++*digits;
  }
  return pos - start;
}

}  // namespace

std::vector<std::string> digit_runs(std::string_view word) {
  std::vector<std::string> runs;
  std::string current;
  for (const char c : word) {
    if (c >= '0' && c <= '9') {
      current.push_back(c);
    } else if (!current.empty()) {
      runs.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) runs.push_back(std::move(current));
  return runs;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (is_russian_letter(cp)) return cp <= 0x42F || cp == 0x401;
  return u_isUUppercase(static_cast<UChar32>(cp));
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (is_russian_letter(cp)) return cp >= 0x430;  // а-я, ё; Ё (0x401) is below
  return u_isULowercase(static_cast<UChar32>(cp));
}

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return !is_russian_letter(cp) && u_isdigit(static_cast<UChar32>(cp));
}

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(cp));
}

bool is_mark(const Token& token, bool (*test)(char32_t)) {
  std::size_t pos = 0;
  return token.kind == TokenKind::kPunctuation && !token.text.empty() && test(next_code_point(token.text, pos));
}

bool is_russian_vowel(char32_t cp) { return std::u32string_view(U"аеёиоуыэюя").find(cp) != std::u32string_view::npos; }

bool is_russian_consonant(char32_t cp) {
  constexpr std::u32string_view kNotConsonants = U"аеёиоуыэюяйьъ";
  return cp >= U'а' && cp <= U'я' && kNotConsonants.find(cp) == std::u32string_view::npos;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp);
  return is_russian_letter(cp) || u_isalpha(static_cast<UChar32>(cp));
}

Script script_of(char32_t cp) {
  if (cp < 0x80) return is_ascii_letter(cp) ? Script::kLatin : Script::kOther;
  if (is_russian_letter(cp)) return Script::kCyrillic;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
  if (script == USCRIPT_LATIN) return Script::kLatin;
  if (script == USCRIPT_CYRILLIC) return Script::kCyrillic;
  return Script::kOther;
}

std::vector<Token> tokenize(std::string_view sentence) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < sentence.size()) {
    const std::size_t begin = pos;
    const char32_t first = next_code_point(sentence, pos);
    if (is_space(first)) continue;
    Token token;
    token.begin = begin;
    if (!is_word_char(first)) {
      token.kind = TokenKind::kPunctuation;
    } else {
      bool all_digits = is_digit(first);
      while (pos < sentence.size()) {
        std::size_t next = pos;
        const char32_t cp = next_code_point(sentence, next);
        if (is_word_char(cp)) {
          all_digits = all_digits && is_digit(cp);
          pos = next;
        } else if (is_joiner(cp) && is_word_char(peek(sentence, next))) {
          all_digits = false;
          pos = next;
        } else if (all_digits && is_number_separator(cp) && is_digit(peek(sentence, next))) {
          // "1 500" groups thousands with a no-break space: exactly three digits follow.
          std::size_t digits = 0;
          const std::size_t run = digit_run(sentence, next, &digits);
          const bool spaced = cp == 0x00A0 || cp == 0x202F || cp == 0x2009;
          if (spaced && digits != 3) break;
          pos = next + run;
        } else {
          break;
        }
      }
      token.kind = all_digits ? TokenKind::kNumber : TokenKind::kWord;
      std::size_t scan = begin;
      bool first_letter = true;
      while (scan < pos) {
        const char32_t cp = next_code_point(sentence, scan);
        if (!is_letter(cp)) continue;
        const bool upper = is_upper(cp);
        if (first_letter) {
          token.script = script_of(cp);
          token.capitalized = upper;
          first_letter = false;
        }
        token.has_capital = token.has_capital || upper;
      }
    }
    token.end = pos;
    token.text = std::string(sentence.substr(begin, pos - begin));
    token.norm = normalize_for_matching(token.text);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace sverka
