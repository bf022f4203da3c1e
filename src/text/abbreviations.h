// Abbreviations that end in a full stop without ending a sentence.
//
// ICU's sentence rules know some English abbreviations and no Russian ones,
// and news text is full of both (т. е., г., млн, Gen., U.S.). The list is
// data in lexicons/abbreviations.<lang>.tsv so a user can extend it without
// rebuilding; each entry has a kind that says when it may still close a
// sentence.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace sverka {

enum class AbbreviationKind {
  kTitle,     // never ends a sentence: Mr., Dr., Gen., им., ул., проф.
  kAfterNumber,  // ends one only after a number: "в 2016 г. Он ..." but "г. Москва"
  kCommon,    // may end a sentence when the next word is capitalized: т.д., etc.
};

class Abbreviations {
 public:
  Abbreviations() = default;
  // Reads "<abbreviation>\t<title|number|common>" lines; '#' starts a comment.
  static Abbreviations load(const std::string& path);
  static Abbreviations parse(const std::string& text, const std::string& file_name);

  // Looks up a word with its final full stop, case-insensitively and with
  // inner spaces removed ("Т. е." finds "т.е.").
  const AbbreviationKind* find(std::string_view word) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, AbbreviationKind> entries_;
};

// The lookup key: lower-cased, spaces removed.
std::string abbreviation_key(std::string_view word);

}  // namespace sverka
