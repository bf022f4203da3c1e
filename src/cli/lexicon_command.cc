#include <cstdio>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "lexicon/bilingual_lexicon.h"
#include "lexicon/lemmatizer.h"
#include "pipeline/language_resources.h"
#include "text/normalizer.h"
#include "util/error.h"

namespace sverka::cli {

// Builds the binary lexicon of a pair from Debian's dictionaries (the build
// does this once), or looks words up in it.
int run_lexicon(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("action", po::value<std::string>()->required(), "build or lookup")
      ("words", po::value<std::vector<std::string>>()->multitoken(), "words to look up")
      ("lang-pair", po::value<std::string>()->default_value("ru-en"), "source-target language codes")
      ("output,o", po::value<std::string>(), "with build: the lexicon file (default: in --cache)");
  add_path_options(options);
  po::positional_options_description positional;
  positional.add("action", 1).add("words", -1);
  po::variables_map values;
  if (!parse_command_line("lexicon", "build|lookup [WORD...] [options]",
                          "  sverka lexicon build --lang-pair ru-en\n"
                          "  sverka lexicon lookup удар штаб\n",
                          options, positional, args, values)) {
    return 0;
  }
  const LanguagePair pair = parse_language_pair(values["lang-pair"].as<std::string>(), true);
  const Paths paths = paths_from(values);
  const std::string action = values["action"].as<std::string>();
  warn_of_missing_resources(pair.source, pair.target, paths);
  const std::string default_path = paths.cache + "/" + pair.source + "-" + pair.target + ".lex";
  if (action == "build") {
    const LexiconSources sources = find_lexicon_sources(pair.source, pair.target, paths.dictd, paths.lexicons);
    const BilingualLexicon lexicon = BilingualLexicon::build(sources);
    const std::string path = values.count("output") ? values["output"].as<std::string>() : default_path;
    lexicon.save(path);
    const std::size_t dictionaries = sources.dictd_direct.size() + sources.dictd_reversed.size();
    std::printf("%s: %zu source words from %zu %s%s\n", path.c_str(), lexicon.size(), dictionaries,
                dictionaries == 1 ? "dictionary" : "dictionaries",
                sources.curated.empty() ? "" : " and the curated list");
    return 0;
  }
  if (action != "lookup") throw UsageError("expected 'build' or 'lookup', got '" + action + "'");
  if (!values.count("words")) throw UsageError("give words to look up: sverka lexicon lookup WORD...");
  // As `align` does: converted on first use when the cache lacks the pair.
  const BilingualLexicon lexicon = load_or_build_lexicon(pair.source, pair.target, paths);
  Lemmatizer lemmatizer(pair.source, paths.hunspell);
  for (const std::string& word : values["words"].as<std::vector<std::string>>()) {
    for (const std::string& lemma : lemmatizer.lemmas(normalize_for_matching(word))) {
      std::printf("%s\t%s\t", word.c_str(), lemma.c_str());
      for (const std::string_view t : lexicon.translations(lemma))
        std::printf("%.*s ", static_cast<int>(t.size()), t.data());
      std::printf("\n");
    }
  }
  return 0;
}

}  // namespace sverka::cli
