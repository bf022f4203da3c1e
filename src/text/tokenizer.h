// Words, numbers and punctuation of one sentence.
//
// A token keeps its original text (for output and spans) beside its matching
// form (normalizer.h). Words hold inner hyphens and apostrophes ("Su-24",
// "Аль-Баб", "don't"); numbers hold inner separators ("1,5", "10.000",
// "1 500" with a no-break space) so a quantity stays one token in both
// languages. The rules are simple code-point classes, not ICU's word
// iterator: they must treat "Су-24" and "Su-24" alike, and run on every
// sentence of large batches.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sverka {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunctuation };
enum class Script : std::uint8_t { kOther, kLatin, kCyrillic };

struct Token {
  std::string text;  // as in the sentence
  std::string norm;  // normalize_for_matching(text)
  TokenKind kind = TokenKind::kWord;
  Script script = Script::kOther;  // of the first letter
  bool capitalized = false;        // first letter upper case
  bool has_capital = false;        // some letter upper case: "al-Bab", "McCain"
  std::size_t begin = 0, end = 0;  // byte offsets in the sentence
};

std::vector<Token> tokenize(std::string_view sentence);

// The runs of digits inside a word ("su-24" → "24", "поток-2" → "2"): model
// numbers and names with numbers are numbers too.
std::vector<std::string> digit_runs(std::string_view word);

// Code-point classes as ICU defines them (alphabetic, upper and lower case,
// decimal digit, white space), answered without ICU for ASCII and the
// Russian alphabet: the text layer asks them of every code point it reads.
bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);
// A lower-case Russian vowel letter, а е ё и о у ы э ю я (not й).
bool is_russian_vowel(char32_t cp);
// A lower-case Russian consonant letter, б to щ (not й, ь or ъ).
bool is_russian_consonant(char32_t cp);

// The script of a code point (Latin, Cyrillic or other).
Script script_of(char32_t cp);

// A mark that can open a quotation in the texts sverka reads: " « “ „
// (“ also closes one in German typography; callers look at what follows).
inline bool is_opening_quote(char32_t cp) {
  return cp == '"' || cp == 0x00AB || cp == 0x201C || cp == 0x201E;
}

// A mark that can close one: " » ” “.
inline bool is_closing_quote(char32_t cp) {
  return cp == '"' || cp == 0x00BB || cp == 0x201D || cp == 0x201C;
}

// Whether a token is a punctuation mark `test` holds for (is_opening_quote,
// is_closing_quote): tokenize() gives each mark a token of its own.
bool is_mark(const Token& token, bool (*test)(char32_t));

}  // namespace sverka
