#include "lexicon/genitive_plural.h"

#include <algorithm>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

bool one_of(char32_t c, std::u32string_view letters) { return letters.find(c) != std::u32string_view::npos; }
// Whether a stem has a vowel (й counted too): a run of consonants is no
// noun's stem.
bool has_vowel(std::u32string_view letters) {
  return std::any_of(letters.begin(), letters.end(), [](char32_t c) { return is_russian_vowel(c) || c == U'й'; });
}

}  // namespace

std::vector<std::string> genitive_plural_lemmas(std::string_view word,
                                                const std::function<bool(const std::string&)>& inflects) {
  const std::u32string letters = code_points(word);
  std::vector<std::string> lemmas;
  const auto try_lemma = [&](std::u32string_view stem, char32_t ending) {
    std::string lemma = utf8_string(stem);
    append_utf8(lemma, ending);
    if (inflects(lemma) && std::find(lemmas.begin(), lemmas.end(), lemma) == lemmas.end()) {
      lemmas.push_back(std::move(lemma));
    }
  };
  // Three letters at least, and a vowel before the last: «дел», not «рж».
  if (letters.size() < 3 || !has_vowel(std::u32string_view(letters).substr(0, letters.size() - 1))) return lemmas;
  const bool soft = letters.back() == U'ь';
  const std::u32string base = soft ? letters.substr(0, letters.size() - 1) : letters;
  const std::size_t n = base.size();
  if (n >= 3 && base.ends_with(U"ей") && is_russian_consonant(base[n - 3])) {  // статей, ружей
    const std::u32string stem = base.substr(0, n - 2) + U"ь";
    for (const char32_t ending : std::u32string_view(U"яеё")) try_lemma(stem, ending);
    return lemmas;
  }
  if (n == 0 || !is_russian_consonant(base.back())) return lemmas;
  const std::u32string_view endings = soft ? U"я" : U"аоея";
  for (const char32_t ending : endings) try_lemma(base, ending);
  // A vowel between two consonants that only the genitive plural has
  // (окон, писем); before л a verb's past drops it too (пришел, пришла).
  const bool fleeting =
      n >= 4 && one_of(base[n - 2], U"еоё") && (is_russian_consonant(base[n - 3]) || base[n - 3] == U'ь');
  if (!fleeting) return lemmas;
  const std::u32string_view fleeting_endings = !soft && base.back() == U'л' ? U"о" : endings;
  const std::u32string closed = base.substr(0, n - 2) + base.back();
  if (!has_vowel(std::u32string_view(closed).substr(0, closed.size() - 1))) return lemmas;
  const std::u32string softened = base.substr(0, n - 2) + U"ь" + base.back();
  for (const char32_t ending : fleeting_endings) try_lemma(closed, ending);
  for (const char32_t ending : fleeting_endings) try_lemma(softened, ending);
  return lemmas;
}

}  // namespace sverka
