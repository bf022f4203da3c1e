#include "text/sentence_starts.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <optional>

#include "text/roman_numeral.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {

// A quoted title may hold a stop ("Универ. 10 лет спустя").
bool inside_quotes(std::string_view text) {
  int straight = 0, guillemets = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = next_code_point(text, pos);
    straight += cp == '"' ? 1 : 0;
    guillemets += cp == 0x00AB ? 1 : cp == 0x00BB ? -1 : 0;
  }
  return straight % 2 == 1 || guillemets > 0;
}

namespace {

// ICU does not break before a dash that opens the next line of dialogue:
// "— Да, — ответила она. — Я приду." Returns the byte offsets where such a
// line starts: after a stop (and closing quotes) and spaces, a dash (or two
// hyphens), a space and a capital. A colon counts as a stop here: "он
// сказал: — Иди" is two paragraphs of the book, the words said a line of
// dialogue of their own.
std::vector<std::size_t> dialogue_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  std::size_t pos = 0;
  char32_t before_space = 0;  // last non-space, non-closing-quote code point
  bool after_stop_and_space = false;
  while (pos < text.size()) {
    const std::size_t here = pos;
    const char32_t cp = next_code_point(text, pos);
    const bool space = is_space(cp);
    if (after_stop_and_space && (cp == 0x2014 || cp == 0x2013 || cp == '-')) {
      std::size_t look = pos;
      // Plain-text books write the dash as two hyphens: "-- Да, -- ответила она."
      if (cp == '-' && look < text.size() && text[look] == '-') ++look;
      // Then a space and a capital, each read only when the text goes on.
      if (look < text.size() && is_space(next_code_point(text, look)) && look < text.size() &&
          is_upper(next_code_point(text, look))) {
        starts.push_back(here);
      }
    }
    if (space) {
      after_stop_and_space = before_space == '.' || before_space == '!' || before_space == '?' ||
                             before_space == 0x2026 || before_space == ':';
    } else {
      after_stop_and_space = false;
      const auto category = u_charType(static_cast<UChar32>(cp));
      if (category != U_FINAL_PUNCTUATION && cp != '"') before_space = cp;
    }
  }
  return starts;
}

// Whether `text` ends in a word of four letters or more: abbreviations
// before a number are short (S. 340, Nr. 57, p. 83, ca. 8510, ст. 5), and
// a language without a list of them must not be cut there.
bool ends_in_long_word(std::string_view text) {
  std::size_t letters = 0;
  for (std::size_t pos = text.size(); pos > 0 && is_letter(previous_code_point(text, pos));) {
    ++letters;
  }
  return letters >= 4;
}

// ICU does not break before a number when a lower-case word follows it
// ("…в Донбассе. 6 декабря президент…", "…this season. 63 passed…"), its
// rule against breaking before a lower-case continuation. Returns the byte
// offsets of digits right after a word's full stop and spaces; glued()
// still keeps "2015 г. 5 человек" and "ул. 5" together where the language
// has its abbreviations listed.
std::vector<std::size_t> number_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t dot = text.find(". "); dot != std::string_view::npos; dot = text.find(". ", dot + 1)) {
    std::size_t digit = dot + 1;
    while (digit < text.size() && text[digit] == ' ') ++digit;
    if (digit < text.size() && text[digit] >= '0' && text[digit] <= '9' && ends_in_long_word(text.substr(0, dot)) &&
        !inside_quotes(text.substr(0, dot))) {
      starts.push_back(digit);
    }
  }
  return starts;
}

// A quotation that ends a sentence without a stop, right before one that
// opens the next: `…"очень большим периодом" "При прежних штаммах…`.
// Returns the byte offsets of such opening quotes: after a non-space, a
// closing quote, spaces, then an opening quote and a capital.
std::vector<std::size_t> quote_pair_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  char32_t before_quote = ' ';
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    const bool closing = cp == '"' || cp == 0x00BB || cp == 0x201D;
    if (closing && !is_space(before_quote) && pos < text.size() && text[pos] == ' ') {
      std::size_t open = pos;
      while (open < text.size() && text[open] == ' ') ++open;
      std::size_t letter = open;
      const char32_t quote = letter < text.size() ? next_code_point(text, letter) : 0;
      if (is_opening_quote(quote) && letter < text.size() && is_upper(next_code_point(text, letter))) {
        starts.push_back(open);
      }
    }
    before_quote = cp;
  }
  return starts;
}

// A novel flattened to one line runs each chapter's number into its first
// sentence: "…and horror. CHAPTER XVII THE HOTEL IN THE…", «…ужаса. XVII
// Гостиница…», "…the country. PART VI CHAPTER I DOLLY…". The end of the
// heading a segment opens with, if it does: a chapter word and a Roman
// numeral, or a numeral alone that is one of `chapters`, then a space and
// a capital, maybe after a quote or a dash; or npos.
std::size_t chapter_number_end(std::string_view segment, std::size_t pos, const std::set<int>& chapters) {
  static constexpr std::array<std::string_view, 12> kChapterWords = {
      "CHAPTER ", "Chapter ", "PART ",     "Part ",     "ГЛАВА ",  "Глава ",
      "ЧАСТЬ ",   "Часть ",   "CHAPITRE ", "Chapitre ", "KAPITEL ", "Kapitel "};
  constexpr std::size_t kNone = std::string_view::npos;
  pos = segment.find_first_not_of(' ', pos);
  if (pos == kNone) return kNone;
  bool chapter_word = false;
  for (const std::string_view word : kChapterWords) {
    if (segment.substr(pos).starts_with(word)) {
      pos = segment.find_first_not_of(' ', pos + word.size());
      chapter_word = true;
      break;
    }
  }
  if (pos == kNone) return kNone;
  const std::size_t space = segment.find(' ', pos);
  if (space == kNone) return kNone;
  const std::optional<int> number = roman_numeral(segment.substr(pos, space - pos));
  if (!number || !(chapter_word || chapters.count(*number) > 0)) return kNone;
  const std::size_t next = segment.find_first_not_of(' ', space);
  return next != kNone && is_upper(first_significant(segment.substr(next))) ? next : kNone;
}

// The ends of the headings a segment opens with, one after another ("PART
// VI", then "CHAPTER I").
std::vector<std::size_t> chapter_number_ends(std::string_view segment, const std::set<int>& chapters) {
  std::vector<std::size_t> ends;
  for (std::size_t end = chapter_number_end(segment, 0, chapters); end != std::string_view::npos;
       end = chapter_number_end(segment, end, chapters)) {
    ends.push_back(end);
  }
  return ends;
}

}  // namespace

bool is_opening_noise(char32_t cp) {
  if (is_space(cp)) return true;
  const auto category = u_charType(static_cast<UChar32>(cp));
  return category == U_INITIAL_PUNCTUATION || category == U_FINAL_PUNCTUATION ||
         category == U_DASH_PUNCTUATION || category == U_START_PUNCTUATION ||
         cp == '"' || cp == '\'' || cp == 0x2026 || cp == '.';
}

char32_t first_significant(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    if (!is_opening_noise(cp)) return cp;
  }
  return 0;
}

std::set<int> chapter_numbers(std::string_view text) {
  std::set<int> standing;
  for (std::size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
    // A sentence's end (maybe inside closing quotes), a space, a numeral, a space.
    std::size_t before = at;
    while (before > 0 && (text[before - 1] == '"' || text[before - 1] == '\'')) --before;
    if (before == 0 || std::string_view(".!?").find(text[before - 1]) == std::string_view::npos) continue;
    const std::size_t begin = at + 1, end = text.find(' ', begin);
    if (end == std::string_view::npos) break;
    const std::optional<int> number = roman_numeral(text.substr(begin, end - begin));
    // Not I: after a sentence's end it is mostly the pronoun ("…said. I Levin…").
    if (number && *number > 1 && is_upper(first_significant(text.substr(end + 1)))) standing.insert(*number);
  }
  std::set<int> chapters;
  for (const int number : standing) {
    if (standing.count(number - 1) > 0 || standing.count(number + 1) > 0) chapters.insert(number);
  }
  return chapters;
}

std::vector<std::size_t> missed_sentence_starts(std::string_view segment, const std::set<int>& chapters) {
  std::vector<std::size_t> starts = dialogue_starts(segment);
  for (const std::size_t heading : chapter_number_ends(segment, chapters)) starts.push_back(heading);
  for (const std::size_t number : number_starts(segment)) starts.push_back(number);
  for (const std::size_t quote : quote_pair_starts(segment)) starts.push_back(quote);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

}  // namespace sverka
