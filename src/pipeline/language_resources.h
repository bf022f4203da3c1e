// Everything language-specific one side of a document pair needs, loaded
// once: the sentence splitter with its abbreviations, the lemmatizer and
// the stopword list, all from the data folders given in Paths.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "lexicon/bilingual_lexicon.h"
#include "lexicon/lemmatizer.h"
#include "text/sentence_splitter.h"

namespace sverka {

// Where sverka finds its data. Defaults are compiled in (CMake cache
// variables) and can be overridden by the environment (SVERKA_LEXICONS,
// SVERKA_DICTD, SVERKA_HUNSPELL, SVERKA_CACHE) or by options.
struct Paths {
  std::string lexicons;  // curated data (lexicons/)
  std::string dictd;     // Debian's dictd dictionaries
  std::string hunspell;  // Debian's Hunspell dictionaries
  std::string cache;     // converted binary lexicons

  static Paths defaults();
};

struct LanguageResources {
  LanguageResources(const std::string& language, const Paths& paths);
  // With a lemmatizer already loaded (for `language`, from paths.hunspell).
  LanguageResources(const std::string& language, const Paths& paths, Lemmatizer loaded);

  LanguageResources(const LanguageResources&) = delete;  // the splitter refers to the lemmatizer
  LanguageResources& operator=(const LanguageResources&) = delete;

  std::string language;
  Lemmatizer lemmatizer;
  std::unordered_set<std::string> stopwords;
  SentenceSplitter splitter;  // uses the lemmatizer's dictionary for common words
};

// The binary lexicon for a pair from the cache, built from Debian's
// dictionaries on first use and again whenever a dictionary is installed,
// removed or upgraded, or the curated list edited. Empty (not an error) when no dictionary for
// the pair is installed: alignment then runs on lengths, anchors and
// learned pairs.
BilingualLexicon load_or_build_lexicon(const std::string& source_language,
                                       const std::string& target_language, const Paths& paths);

}  // namespace sverka
