#include "text/script_check.h"

#include <tuple>
#include <utility>

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
  return script_warning(measure_scripts(text), language, file_name);
}

std::optional<std::string> script_warning(const ScriptShare& share, const std::string& language,
                                          const std::string& file_name) {
  // Cyrillic-script languages sverka knows; everything else is expected in Latin.
  const bool cyrillic_expected = language == "ru" || language == "uk" || language == "be" ||
                                 language == "bg" || language == "sr" || language == "mk" ||
                                 language == "kk";
  // An empty file (or one of digits and dots) still aligns, every sentence
  // of the other side unpaired: likely the wrong file, and worth a word.
  if (share.letters == 0) return file_name + ": holds no letters at all (an empty file?)";
  if (share.letters < 20) return std::nullopt;
  // Half is a wide margin: Russian news quotes Latin names and English quotes
  // few Cyrillic words, but neither comes near half of all letters.
  if (cyrillic_expected && share.latin > 0.5) {
    return file_name + ": given as '" + language + "' but " +
           std::to_string(static_cast<int>(share.latin * 100)) +
           "% of its letters are Latin: the wrong file or language, or two files swapped?";
  }
  if (!cyrillic_expected && share.cyrillic > 0.5) {
    return file_name + ": given as '" + language + "' but " +
           std::to_string(static_cast<int>(share.cyrillic * 100)) +
           "% of its letters are Cyrillic: the wrong file or language, or two files swapped?";
  }
  return std::nullopt;
}

std::vector<std::string> orient(TextPair& pair, const std::string& source_language,
                                const std::string& target_language, bool may_swap) {
  ScriptShare source = measure_scripts(pair.source_text), target = measure_scripts(pair.target_text);
  std::vector<std::string> notes;
  if (may_swap && source_language == "ru" && target_language == "en" && source.latin > 0.5 && target.cyrillic > 0.5) {
    notes.push_back(pair.source_path + " is Latin and " + pair.target_path + " Cyrillic: taking " +
                    pair.target_path + " as the Russian side");
    std::swap(pair.source_path, pair.target_path);
    std::swap(pair.source_text, pair.target_text);
    std::swap(source, target);
    pair.swapped = true;
  }
  for (const auto& [share, language, path] : {std::tuple{&source, &source_language, &pair.source_path},
                                              std::tuple{&target, &target_language, &pair.target_path}}) {
    if (auto warning = script_warning(*share, *language, *path)) notes.push_back(std::move(*warning));
  }
  return notes;
}

}  // namespace sverka
