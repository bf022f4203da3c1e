// What a run goes without, said before it starts. A missing dictionary
// stops nothing (alignment still has lengths, numbers, names and the word
// pairs it learns from the text; a language without Hunspell still has a
// suffix stemmer), so sverka runs on; but its results are then weaker, and
// a user who forgot a package, mistyped a path or named a language sverka
// has no data for should hear it from sverka, with the package to install,
// rather than notice it in the output.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/language_resources.h"

namespace sverka {

// One sentence for each missing dictionary of the pair: the bilingual
// dictionaries in paths.dictd, the Hunspell dictionaries of both languages
// in paths.hunspell. Empty when everything is in place.
std::vector<std::string> missing_resources(const std::string& source_language,
                                           const std::string& target_language, const Paths& paths);

// The same for one language's Hunspell dictionary alone (`split`).
std::optional<std::string> missing_hunspell(const std::string& language, const Paths& paths);

}  // namespace sverka
