// Dictionary forms of words, through Hunspell, with a per-word cache.
//
// For a dictionary of plain affix classes (Russian's, English's) the same
// stems come from an AffixStemmer, which reads Hunspell's files without
// Hunspell and answers faster (affix_stemmer.h). Hunspell's stem() gives
// every dictionary form a word can come from ("стали" → сталь, стать); all
// of them are kept, since the lexicon decides which one translates. Words
// Hunspell does not know get the suffix stemmer's guess beside the word
// itself. Not thread-safe (but see forms()): one per thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/affix_stemmer.h"

class Hunspell;

namespace sverka {

class Lemmatizer {
 public:
  // Loads <hunspell_dir>/<locale>.{aff,dic} for the language when present
  // (ru → ru_RU, en → en_US, de → de_DE, fr → fr_FR); otherwise only the
  // suffix stemmer is used.
  Lemmatizer(const std::string& language, const std::string& hunspell_dir);
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;

  // `word` in matching form (lower case). At most a few forms, the word's
  // own first when it is a dictionary form.
  const std::vector<std::string>& lemmas(std::string_view word);
  // The same, uncached: safe on several threads at once when
  // thread_safe_forms() (an AffixStemmer, or no dictionary, serves; Hunspell
  // keeps state of its own).
  std::vector<std::string> forms(const std::string& word) const;
  bool thread_safe_forms() const { return hunspell_ == nullptr; }
  bool has_dictionary() const { return hunspell_ != nullptr || affix_stemmer_.has_value(); }
  // The proper names `written` (as written, capitalized) is a form of, in
  // matching form: Варшаве → варшава, Марью → марья. Only names the
  // dictionary lists capitalized, `written` among them when it inflects
  // from there (Александра, also a form of Александр). None when it lists
  // `written` bare: ru_RU lists some oblique forms so, as words of their
  // own («Египта», «Парижем»).
  std::vector<std::string> proper_name_lemmas(const std::string& written) const;
  // True when Hunspell accepts the lower-case word as written: a common
  // word, not a proper name (those are listed capitalized).
  bool is_common_word(const std::string& lower_case_word) const;

 private:
  std::string language_;
  std::unique_ptr<Hunspell> hunspell_;
  std::optional<AffixStemmer> affix_stemmer_;  // in Hunspell's place, when it reads the dictionary
  std::unordered_map<std::string, std::vector<std::string>> cache_;
};

// The Hunspell dictionary sverka uses for a language: its file name (ru →
// ru_RU.aff, ru_RU.dic) and the Debian package that installs it; none for a
// language sverka knows no dictionary for.
struct HunspellDictionary {
  std::string locale;
  std::string package;
};
std::optional<HunspellDictionary> hunspell_dictionary(const std::string& language);

// <hunspell_dir>/<locale> when both its .aff and .dic files are there, else "".
std::string installed_hunspell(const std::string& language, const std::string& hunspell_dir);

}  // namespace sverka
