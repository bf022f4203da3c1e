#include "lexicon/plural_headword.h"

#include <array>

namespace sverka {
namespace {

// The last letter of a Cyrillic word (two bytes in UTF-8), or "".
std::string_view last_letter(std::string_view word) { return word.size() >= 2 ? word.substr(word.size() - 2) : ""; }

// After г к х ж ш щ ч Russian spells и, not ы.
bool takes_i(std::string_view stem) {
  static constexpr std::array<std::string_view, 7> kLetters = {"г", "к", "х", "ж", "ш", "щ", "ч"};
  const std::string_view last = last_letter(stem);
  for (const std::string_view letter : kLetters) {
    if (last == letter) return true;
  }
  return false;
}

// Oblique plural endings, and the nominative's; а and я only for a neuter
// (окна, поля), where they are the plural.
bool plural_ending(std::string_view form, bool neuter) {
  static constexpr std::array<std::string_view, 11> kEndings = {"ами", "ями", "ов", "ев", "ей", "ам",
                                                                "ям",  "ах",  "ях", "ы",  "и"};
  for (const std::string_view ending : kEndings) {
    if (form.ends_with(ending)) return true;
  }
  return neuter && (form.ends_with("а") || form.ends_with("я"));
}

}  // namespace

std::string plural_headword(std::string_view lemma, std::string_view form) {
  if (lemma == form || lemma.size() < 6) return "";  // three letters at least
  const std::string_view last = last_letter(lemma);
  const bool neuter = last == "о" || last == "е";
  if (!plural_ending(form, neuter)) return "";
  const std::string_view stem = lemma.substr(0, lemma.size() - 2);
  if (last == "о") return std::string(stem) + (takes_i(stem) ? "и" : "а");  // (ушко → ушки)
  if (last == "е") return std::string(stem) + "я";
  if (last == "ь" || last == "й" || last == "я") return std::string(stem) + "и";
  if (last == "а") return std::string(stem) + (takes_i(stem) ? "и" : "ы");
  // A consonant: the ending is added.
  return std::string(lemma) + (takes_i(lemma) ? "и" : "ы");
}

}  // namespace sverka
