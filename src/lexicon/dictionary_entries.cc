#include "lexicon/dictionary_entries.h"

#include <algorithm>

#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kMaxPhraseWords = 3;
constexpr std::size_t kMinPhraseWordLetters = 4;  // drops prepositions and articles in phrases

// Removes (...), [...] and {...} with their content, and "_label" markers.
std::string strip_markup(std::string_view text) {
  std::string out;
  int depth = 0;
  bool in_label = false;
  for (const char c : text) {
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (depth > 0) {
      if (c == ')' || c == ']' || c == '}') --depth;
      continue;
    }
    if (c == '_') in_label = true;
    if (in_label) {
      if (c == ' ' || c == '\n') in_label = false;
      continue;
    }
    out.push_back(c == '\n' ? ' ' : c);
  }
  return out;
}

// Sense markers ("1)", "2.", "а)") become ';': Mueller puts one sense per
// line without a separator, and a line break alone also wraps long senses.
std::string mark_senses(const std::string& text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool at_word_start = i == 0 || text[i - 1] == ' ';
    std::size_t end = i;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    // A Cyrillic lower-case letter (two bytes, 0xD0/0xD1 lead) before ')'.
    if (end == i && i + 2 < text.size() && (text[i] == '\xD0' || text[i] == '\xD1')) end = i + 2;
    if (at_word_start && end > i && end < text.size() &&
        (text[end] == ')' || (text[end] == '.' && text[i] >= '0' && text[i] <= '9'))) {
      out += ';';
      i = end + 1;
      continue;
    }
    out += text[i++];
  }
  return out;
}

bool has_latin(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (script_of(next_code_point(text, pos)) == Script::kLatin) return true;
  }
  return false;
}

template <typename Visit>
void split_on(std::string_view text, std::string_view separators, const Visit& visit) {
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find_first_of(separators, begin);
    if (end == std::string_view::npos) end = text.size();
    visit(text.substr(begin, end - begin));
    begin = end + 1;
  }
}

void add_unique(std::vector<std::string>& words, std::vector<std::string> more) {
  for (std::string& word : more) {
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
  }
}

}  // namespace

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(phrase)) {
    if (token.kind != TokenKind::kWord) continue;
    std::string norm;
    // Dictionaries mark stress with U+0301; text never has it.
    std::size_t pos = 0;
    while (pos < token.norm.size()) {
      const char32_t cp = next_code_point(token.norm, pos);
      if (cp != 0x0301) append_utf8(norm, cp);
    }
    words.push_back(std::move(norm));
  }
  if (words.size() > kMaxPhraseWords) return {};
  if (words.size() > 1) {
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const std::string& w) {
                                 return count_code_points(w) < kMinPhraseWordLetters;
                               }),
                words.end());
  }
  return words;
}

std::vector<std::string> mueller_translations(std::string_view body) {
  const std::size_t first_newline = body.find('\n');
  const std::string text =
      mark_senses(strip_markup(first_newline == std::string_view::npos ? body : body.substr(first_newline)));
  std::vector<std::string> words;
  split_on(text, ";,:", [&](std::string_view segment) {
    // Usage examples mix English and Russian: never a plain translation.
    if (has_latin(segment)) return;
    std::string cleaned;
    for (const Token& token : tokenize(segment)) {
      if (token.script == Script::kCyrillic && token.kind == TokenKind::kWord) {
        cleaned += token.text + ' ';
      }
    }
    add_unique(words, phrase_words(cleaned));
  });
  return words;
}

std::vector<std::string> freedict_translations(std::string_view body) {
  std::vector<std::string_view> lines;
  split_on(body, "\n", [&](std::string_view line) { lines.push_back(line); });
  if (!lines.empty()) lines.erase(lines.begin());  // headword and pronunciation
  // Numbered entries ("1. maison 2.") carry translations; the lines between
  // them are glosses in the source language.
  const auto numbered = [](std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t digits = i;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    return digits > i && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' '
               ? digits + 2
               : std::string_view::npos;
  };
  const bool any_numbered = std::any_of(lines.begin(), lines.end(), [&](std::string_view line) {
    return numbered(line) != std::string_view::npos;
  });
  // Without numbers only the first line translates: in freedict-deu-fra
  // (41,494 of its 47,432 entries) the lines after it are German glosses
  // ("Abakus: abaque | ein aus der Antike stammendes Rechenbrett…").
  if (!any_numbered && lines.size() > 1) lines.resize(1);
  std::vector<std::string> words;
  for (std::string_view line : lines) {
    if (any_numbered) {
      const std::size_t start = numbered(line);
      if (start == std::string_view::npos) continue;
      line = line.substr(start);
    }
    const std::string text = strip_markup(line);
    split_on(text, ";,", [&](std::string_view phrase) {
      // A trailing "2." announces the next sense's glosses.
      std::string cleaned;
      for (const Token& token : tokenize(phrase)) {
        if (token.kind == TokenKind::kWord) cleaned += token.text + ' ';
      }
      add_unique(words, phrase_words(cleaned));
    });
  }
  return words;
}

}  // namespace sverka
