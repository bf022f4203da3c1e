#include "pipeline/language_resources.h"

#include <cstdlib>
#include <filesystem>

#include "text/text_reader.h"

#ifndef SVERKA_LEXICON_DIR
#define SVERKA_LEXICON_DIR "lexicons"
#endif
#ifndef SVERKA_DICTD_DIR
#define SVERKA_DICTD_DIR "/usr/share/dictd"
#endif
#ifndef SVERKA_HUNSPELL_DIR
#define SVERKA_HUNSPELL_DIR "/usr/share/hunspell"
#endif
#ifndef SVERKA_CACHE_DIR
#define SVERKA_CACHE_DIR "data"
#endif

namespace sverka {
namespace {

std::string from_env(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

Abbreviations load_abbreviations(const std::string& language, const Paths& paths) {
  const std::string path = paths.lexicons + "/abbreviations." + language + ".tsv";
  return std::filesystem::exists(path) ? Abbreviations::load(path) : Abbreviations{};
}

std::unordered_set<std::string> load_stopwords(const std::string& language, const Paths& paths) {
  std::unordered_set<std::string> words;
  const std::string path = paths.lexicons + "/stopwords." + language + ".txt";
  if (!std::filesystem::exists(path)) return words;
  for (const std::string& line : split_lines(read_text_file(path))) {
    if (!line.empty() && line[0] != '#') words.insert(line);
  }
  return words;
}

}  // namespace

Paths Paths::defaults() {
  return Paths{from_env("SVERKA_LEXICONS", SVERKA_LEXICON_DIR), from_env("SVERKA_DICTD", SVERKA_DICTD_DIR),
               from_env("SVERKA_HUNSPELL", SVERKA_HUNSPELL_DIR), from_env("SVERKA_CACHE", SVERKA_CACHE_DIR)};
}

LanguageResources::LanguageResources(const std::string& lang, const Paths& paths)
    : LanguageResources(lang, paths, Lemmatizer(lang, paths.hunspell)) {}

LanguageResources::LanguageResources(const std::string& lang, const Paths& paths, Lemmatizer loaded)
    : language(lang),
      lemmatizer(std::move(loaded)),
      stopwords(load_stopwords(lang, paths)),
      splitter(lang, load_abbreviations(lang, paths),
               lemmatizer.has_dictionary()
                   ? CommonWordTest([this](const std::string& word) { return lemmatizer.is_common_word(word); })
                   : CommonWordTest(),
               stopwords) {}

BilingualLexicon load_or_build_lexicon(const std::string& source_language,
                                       const std::string& target_language, const Paths& paths) {
  const std::string path = paths.cache + "/" + source_language + "-" + target_language + ".lex";
  const LexiconSources sources =
      find_lexicon_sources(source_language, target_language, paths.dictd, paths.lexicons);
  if (BilingualLexicon::is_current(path, sources)) return BilingualLexicon::load(path);
  BilingualLexicon lexicon = BilingualLexicon::build(sources);
  lexicon.save(path);
  return lexicon;
}

}  // namespace sverka
