#include "lexicon/suffix_stemmer.h"

#include <array>

#include "util/utf8.h"

namespace sverka {
namespace {

// Longest first, so "-ами" wins over "-и".
constexpr std::array<std::string_view, 44> kRussianEndings = {
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иях", "ях", "ах",
    "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ым", "им", "ом", "ем", "ов",
    "ев", "ую", "юю", "ия", "ть", "ся", "ет", "ют", "ут", "а", "я", "о", "е", "ы", "и", "у"};
// "-es" is not stripped: "strikes" is strike + s, and "boxes" matters less.
constexpr std::array<std::string_view, 4> kEnglishEndings = {"'s", "ing", "ed", "s"};

template <std::size_t N>
std::string strip_from(std::string_view word, const std::array<std::string_view, N>& endings) {
  const std::size_t letters = count_code_points(word);
  for (const std::string_view ending : endings) {
    if (word.size() <= ending.size() || word.substr(word.size() - ending.size()) != ending) continue;
    if (letters - count_code_points(ending) < 3) continue;
    return std::string(word.substr(0, word.size() - ending.size()));
  }
  return std::string(word);
}

}  // namespace

std::string strip_suffix(std::string_view word, const std::string& language) {
  if (language == "ru") return strip_from(word, kRussianEndings);
  if (language == "en") return strip_from(word, kEnglishEndings);
  return std::string(word);
}

}  // namespace sverka
