#include "names/name_forms.h"

#include <algorithm>
#include <array>
#include <utility>

#include "util/utf8.h"

namespace sverka {
namespace {

// Case ending → the nominative endings it can come from, longest first.
// "" means the bare stem (Песков-ым → Песков).
struct Ending {
  std::string_view ending;
  std::array<std::string_view, 4> nominatives;
  // Whether the bare stem is the likeliest nominative (Путин-а) or a soft
  // stem that needs its ending back (Дмитри-я → Дмитрий, Игор-ем → Игорь).
  bool stem_first = true;
};
constexpr std::array<Ending, 16> kEndings = {{
    {"ому", {"", "ой", "ий", "ый"}},  // Достоевскому, Толстому
    {"ого", {"ой", "ий", "ый", ""}},  // Толстого, Достоевского
    {"ыми", {"ые", "", "", ""}},
    {"ым", {"", "ый", "", ""}},       // Песковым
    {"им", {"", "ий", "", ""}},       // Достоевским
    {"ом", {"", "", "", ""}},         // Борманом
    {"ем", {"ь", "й", "", ""}, false},  // Игорем, Сергеем
    {"ой", {"а", "ая", "", ""}},      // Ивановой, Милицой
    {"ей", {"я", "ь", "ая", ""}, false},  // Марией
    {"ою", {"а", "", "", ""}},
    {"а", {"", "о", "ь", "й"}},       // Эрдогана, Игоря
    {"я", {"й", "ь", "", ""}, false},  // Дмитрия, Игоря
    {"у", {"", "а", "о", ""}},        // Эрдогану, Милицу
    {"ю", {"й", "ь", "я", ""}, false},
    {"е", {"", "а", "я", "ь"}},       // Бубере, Вильме
    {"и", {"ь", "а", "я", "ия"}, false},  // Казани, Марии
}};

bool ends_in_vowel(const std::string& stem) {
  for (const std::string_view vowel : {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"}) {
    if (stem.size() >= vowel.size() && stem.compare(stem.size() - vowel.size(), vowel.size(), vowel) == 0) return true;
  }
  return false;
}

void add(std::vector<std::string>& out, std::string form) {
  if (std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
}

std::vector<std::string> word_candidates(std::string_view word) {
  std::vector<std::string> out{std::string(word)};
  const std::size_t letters = count_code_points(word);
  for (const Ending& e : kEndings) {
    if (word.size() <= e.ending.size() || word.substr(word.size() - e.ending.size()) != e.ending) continue;
    if (letters - count_code_points(e.ending) < 2) continue;
    const std::string stem(word.substr(0, word.size() - e.ending.size()));
    if (e.stem_first) add(out, stem);
    for (const std::string_view nominative : e.nominatives) {
      // No soft sign after a vowel: Дмитри-я is Дмитрий, never "Дмитриь".
      if (nominative == "ь" && ends_in_vowel(stem)) continue;
      add(out, stem + std::string(nominative));
    }
  }
  // -ы (Вильмы, Милицы) is -а after the consonants that allow ы.
  if (word.size() > 2 && word.substr(word.size() - 2) == "ы") {
    const std::string stem(word.substr(0, word.size() - 2));
    add(out, stem + "а");
    add(out, stem);
  }
  return out;
}

}  // namespace

std::vector<std::string> nominative_candidates(std::string_view word) {
  const std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos) return word_candidates(word);
  // Аль-Бабе → аль-баб: only the last part declines.
  std::vector<std::string> out;
  const std::string head(word.substr(0, hyphen + 1));
  for (const std::string& tail : word_candidates(word.substr(hyphen + 1))) out.push_back(head + tail);
  return out;
}

}  // namespace sverka
