// Catches swapped arguments: a "Russian" file in Latin script or an
// "English" file in Cyrillic is almost always a user mix-up, and aligning
// it anyway gives confident nonsense.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sverka {

struct ScriptShare {
  double cyrillic = 0;  // share of letters
  double latin = 0;
  std::size_t letters = 0;
};

// Over the text's first 100,000 letters.
ScriptShare measure_scripts(std::string_view text);

// A warning for a text given as `language` ("ru", "en", ...) whose letters
// are mostly in another script, or that has no letters at all, naming the
// file; nothing when it looks right or the language has no expected script
// here.
std::optional<std::string> script_warning(std::string_view text, const std::string& language,
                                          const std::string& file_name);

// Whether a pair given as Russian then English is written the other way
// round: the first mostly Latin, the second mostly Cyrillic.
bool written_the_other_way(std::string_view russian, std::string_view english);

}  // namespace sverka
