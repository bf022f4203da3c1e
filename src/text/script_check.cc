#include "text/script_check.h"

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// A share is a share: a long book's first 100,000 letters tell its script
// as well as all of them, and the check then costs nothing on a large file.
constexpr std::size_t kSampleLetters = 100000;

}  // namespace

ScriptShare measure_scripts(std::string_view text) {
  std::size_t cyrillic = 0, latin = 0, letters = 0;
  std::size_t pos = 0;
  while (pos < text.size() && letters < kSampleLetters) {
    const char32_t cp = next_code_point(text, pos);
    if (!is_letter(cp)) continue;
    ++letters;
    const Script script = script_of(cp);
    cyrillic += script == Script::kCyrillic;
    latin += script == Script::kLatin;
  }
  ScriptShare share;
  share.letters = letters;
  if (letters > 0) {
    share.cyrillic = static_cast<double>(cyrillic) / static_cast<double>(letters);
    share.latin = static_cast<double>(latin) / static_cast<double>(letters);
  }
  return share;
}

std::optional<std::string> script_warning(std::string_view text, const std::string& language,
                                          const std::string& file_name) {
  // Cyrillic-script languages sverka knows; everything else is expected in Latin.
  const bool cyrillic_expected = language == "ru" || language == "uk" || language == "be" ||
                                 language == "bg" || language == "sr" || language == "mk" ||
                                 language == "kk";
  const ScriptShare share = measure_scripts(text);
  // An empty file (or one of digits and dots) still aligns, every sentence
  // of the other side unpaired: likely the wrong file, and worth a word.
  if (share.letters == 0) return file_name + ": holds no letters at all (an empty file?)";
  if (share.letters < 20) return std::nullopt;
  // Half is a wide margin: Russian news quotes Latin names and English quotes
  // few Cyrillic words, but neither comes near half of all letters.
  if (cyrillic_expected && share.latin > 0.5) {
    return file_name + ": given as '" + language + "' but " +
           std::to_string(static_cast<int>(share.latin * 100)) +
           "% of its letters are Latin; were the two files swapped?";
  }
  if (!cyrillic_expected && share.cyrillic > 0.5) {
    return file_name + ": given as '" + language + "' but " +
           std::to_string(static_cast<int>(share.cyrillic * 100)) +
           "% of its letters are Cyrillic; were the two files swapped?";
  }
  return std::nullopt;
}

bool written_the_other_way(std::string_view russian, std::string_view english) {
  return measure_scripts(russian).latin > 0.5 && measure_scripts(english).cyrillic > 0.5;
}

}  // namespace sverka
