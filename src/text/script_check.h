// Catches swapped arguments: a "Russian" file in Latin script or an
// "English" file in Cyrillic is almost always a user mix-up, and aligning
// it anyway gives confident nonsense.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// The same from a text's measured share.
std::optional<std::string> script_warning(const ScriptShare& share, const std::string& language,
                                          const std::string& file_name);

// A document pair's two texts as given, the first taken for the source
// language.
struct TextPair {
  std::string source_path, target_path;
  std::string source_text, target_text;
  bool swapped = false;  // set by orient(): it was given the other way round
};

// Sets a Russian-English pair given the other way round (the first text
// mostly Latin, the second mostly Cyrillic) right when `may_swap`, as
// `align` and `batch` do, and says what looks wrong, a line each naming
// its file: the swap, or a text whose script does not fit its language or
// that has no letters. Each text's script is measured once.
std::vector<std::string> orient(TextPair& pair, const std::string& source_language,
                                const std::string& target_language, bool may_swap);

}  // namespace sverka
