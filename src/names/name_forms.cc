#include "names/name_forms.h"

#include <algorithm>
#include <array>
#include <utility>

#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// Strictly: the word is longer than its ending.
bool ends_with(std::string_view word, std::string_view ending) {
  return word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending;
}

// Case ending → the nominative endings it can come from, longest first.
// "" means the bare stem (Песков-ым → Песков; an adjective's, Лондонск-ого,
// is what compares with the English name, London); the slots a list leaves
// unwritten are no ending at all.
struct Ending {
  std::string_view ending;
  std::array<std::string_view, 5> nominatives;
  // Whether the bare stem is the likeliest nominative (Путин-а) or a soft
  // stem that needs its ending back (Дмитри-я → Дмитрий, Игор-ем → Игорь).
  bool stem_first = true;
};
constexpr std::array<Ending, 19> kEndings = {{
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
    {"е", {"", "а", "я", "ь", "й"}},  // Бубере, Вильме, Дубае
    {"и", {"ь", "а", "я", "ия"}, false},  // Казани, Марии
    // Plural names: Афинах, Нидерландам, Филиппинами.
    {"ах", {"ы", "и"}, false},
    {"ам", {"ы", "и"}, false},
    {"ами", {"ы", "и"}, false},
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
      if (nominative.data() == nullptr) continue;  // an unwritten slot, unlike ""
      // No soft sign after a vowel or a soft sign: Дмитри-я is Дмитрий,
      // never "Дмитриь"; Марь-и is Марья, never "Марьь".
      if (nominative == "ь" && (ends_in_vowel(stem) || stem.ends_with("ь") || stem.ends_with("й"))) continue;
      if (nominative == "й" && !ends_in_vowel(stem)) continue;
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

std::string written_nominative(const std::string& chosen, const std::string& seen) {
  for (const std::string_view ending : {"ья", "ьи", "ьей", "ье"}) {
    if (!seen.ends_with(ending)) continue;
    const std::string stem = seen.substr(0, seen.size() - ending.size());
    if (chosen == stem + "ь" || (chosen == seen && (ending == "ьи" || ending == "ьей"))) return stem + "ья";
  }
  if (chosen == seen) return chosen;
  if (chosen.ends_with("иа") || chosen.ends_with("еа")) {
    return chosen.substr(0, chosen.size() - std::string_view("а").size()) + "я";
  }
  if (!chosen.ends_with("ск") && !chosen.ends_with("цк")) return chosen;
  for (const std::string_view feminine : {"ой", "ую", "ою", "ая"}) {
    if (seen.ends_with(feminine)) return chosen + "ая";
  }
  return chosen + "ий";
}

bool is_adjective_nominative(std::string_view word) {
  for (const std::string_view ending : {"ая", "яя", "ое", "ее", "ые", "ие"}) {
    if (ends_with(word, ending)) return true;
  }
  return false;
}

std::vector<std::string> with_fleeting_vowel(std::string_view nominative) {
  const std::u32string letters = code_points(nominative);
  const std::size_t n = letters.size();
  if (n < 3 || !is_russian_consonant(letters[n - 2]) || !is_russian_consonant(letters[n - 1])) return {};
  const std::string head = utf8_string(std::u32string_view(letters).substr(0, n - 1));
  const std::string last = utf8_string(std::u32string_view(letters).substr(n - 1));
  return {head + "е" + last, head + "о" + last, head + "ё" + last};
}

namespace {

// Stems shorter than this are too short to compare by spelling.
constexpr std::size_t kMinStemBytes = 8;  // four Cyrillic letters

}  // namespace

std::string compound_tail(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kFirstParts = {
      "древне", "ново", "старо", "северо", "южно", "западно", "восточно", "юго",
      "центрально", "средне", "ближне", "дальне", "обще", "пан"};
  for (const std::string_view part : kFirstParts) {
    if (word.size() >= part.size() + kMinStemBytes && word.substr(0, part.size()) == part) {
      // Written with a hyphen too: «южно-африканской», «юго-восточной».
      const std::size_t rest = part.size() + (word[part.size()] == '-' ? 1 : 0);
      return std::string(word.substr(rest));
    }
  }
  return "";
}

std::string russian_demonym_stem(std::string_view word) {
  // The endings of -ец nouns (каледонец, каледонца, каледонцев, …).
  static constexpr std::array<std::string_view, 9> kEndings = {"цами", "цах", "цам", "цев", "цем",
                                                               "цу",   "цы",  "ца",  "ец"};
  for (const std::string_view ending : kEndings) {
    if (ends_with(word, ending) && word.size() - ending.size() >= kMinStemBytes) {
      return std::string(word.substr(0, word.size() - ending.size()));
    }
  }
  return "";
}

std::vector<std::string> english_demonym_stems(std::string_view word) {
  std::vector<std::string> stems;
  const std::string_view singular = ends_with(word, "s") ? word.substr(0, word.size() - 1) : word;
  for (const std::string_view ending : {std::string_view("ian"), std::string_view("an"), std::string_view("")}) {
    if ((ending.empty() || ends_with(singular, ending)) && singular.size() - ending.size() >= kMinStemBytes / 2) {
      stems.emplace_back(singular.substr(0, singular.size() - ending.size()));
    }
  }
  return stems;
}

}  // namespace sverka
