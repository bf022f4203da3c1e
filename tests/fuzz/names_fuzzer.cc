// libFuzzer target: name matching on arbitrary bytes, as `sverka names
// match` reads them (a Cyrillic and a Latin name, split at the first tab):
// the nominatives of an inflected name, the vowel a case drops put back,
// the nominative as written, the phonetic readings and the similarity,
// both ways round; and the two halves read as a Russian and an English
// sentence for names translated word for word, every pair of words taken
// for a translation, so that pairing and nominative run on whatever the
// quotes hold. Bytes that are not UTF-8 are what the text reader refuses
// before any of this runs, so they are skipped.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "names/name_forms.h"
#include "names/name_similarity.h"
#include "names/phonetic_key.h"
#include "names/translated_names.h"
#include "text/normalizer.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (sverka::find_invalid_utf8(text) != std::string::npos) return 0;
  const std::size_t tab = text.find('\t');
  const std::string cyrillic = text.substr(0, tab);
  const std::string latin = tab == std::string::npos ? "" : text.substr(tab + 1);
  const std::string word = sverka::normalize_for_matching(cyrillic);
  for (const std::string& nominative : sverka::nominative_candidates(word)) {
    sverka::with_fleeting_vowel(nominative);
    sverka::written_nominative(nominative, word);
    sverka::is_adjective_nominative(nominative);
  }
  sverka::latin_phonetic_readings(latin);
  sverka::NameMatcher matcher;
  std::string nominative;
  const double score = matcher.similarity(cyrillic, latin, &nominative);
  if (!(score >= 0 && score <= 1)) __builtin_trap();  // a similarity is in [0, 1]
  matcher.similarity(latin, cyrillic);
  static const std::unordered_set<std::string> kNoStopwords;
  const sverka::TranslatedNameWords words{[](const std::string&, const std::string&) { return true; }, nullptr,
                                          [](const std::string& w) { return std::vector<std::string>{w}; },
                                          &kNoStopwords, &kNoStopwords};
  for (const sverka::TranslatedName& name : sverka::find_translated_names({{0, cyrillic}}, {{0, latin}}, words)) {
    // A name's bytes lie inside its sentence.
    if (name.ru_begin > name.ru_end || name.ru_end > cyrillic.size()) __builtin_trap();
    if (name.en_begin > name.en_end || name.en_end > latin.size()) __builtin_trap();
  }
  return 0;
}
