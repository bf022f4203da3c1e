#include "pipeline/missing_resources.h"

#include "lexicon/bilingual_lexicon.h"
#include "lexicon/language_code.h"
#include "lexicon/lemmatizer.h"

namespace sverka {
namespace {

// The packages of a pair's dictionaries, as find_lexicon_sources() looks
// for them: Müller's and FreeDict's for Russian-English (Debian has no
// FreeDict Russian-English), FreeDict's either way for any other pair.
std::string dictionary_packages(const std::string& source_language, const std::string& target_language) {
  if (source_language == "ru" && target_language == "en") return "Debian's mueller7-dict and dict-freedict-eng-rus";
  const std::string source = three_letter_code(source_language), target = three_letter_code(target_language);
  return "dict-freedict-" + source + "-" + target + " or dict-freedict-" + target + "-" + source +
         ", where Debian has them";
}

}  // namespace

std::optional<std::string> missing_hunspell(const std::string& language, const Paths& paths) {
  if (!installed_hunspell(language, paths.hunspell).empty()) return std::nullopt;
  const auto dictionary = hunspell_dictionary(language);
  const std::string effect = ": word stems come from suffix rules alone, and common words are not told from names";
  if (!dictionary) return "sverka knows no Hunspell dictionary for '" + language + "'" + effect;
  return "no Hunspell dictionary for '" + language + "' in " + paths.hunspell + " (" + dictionary->locale +
         ".aff and .dic, Debian's " + dictionary->package + ")" + effect;
}

std::vector<std::string> missing_resources(const std::string& source_language,
                                           const std::string& target_language, const Paths& paths) {
  std::vector<std::string> missing;
  const LexiconSources sources = find_lexicon_sources(source_language, target_language, paths.dictd, paths.lexicons);
  if (sources.dictd_reversed.empty() && sources.dictd_direct.empty()) {
    const std::string translated_by = sources.curated.empty() ? "only by the word pairs learned from the text"
                                                                : "only by " + sources.curated +
                                                                      " and the word pairs learned from the text";
    missing.push_back("no " + source_language + "-" + target_language + " dictionary in " + paths.dictd + " (" +
                      dictionary_packages(source_language, target_language) + "): words are translated " +
                      translated_by + ", and alignments and quote checks are weaker");
  }
  for (const std::string& language : {source_language, target_language}) {
    if (auto note = missing_hunspell(language, paths)) missing.push_back(std::move(*note));
  }
  return missing;
}

}  // namespace sverka
