#include "text/roman_numeral.h"

#include <array>
#include <string>
#include <utility>

namespace sverka {
namespace {

int letter_value(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    default: return 0;
  }
}

}  // namespace

std::optional<int> roman_numeral(std::string_view capitals) {
  constexpr std::size_t kMaxLetters = 8;  // LXXXVIII; a longer run of these capitals is an acronym
  if (capitals.empty() || capitals.size() > kMaxLetters) return std::nullopt;
  int total = 0;
  for (std::size_t k = 0; k < capitals.size(); ++k) {
    const int value = letter_value(capitals[k]);
    if (value == 0) return std::nullopt;
    const bool subtract = k + 1 < capitals.size() && letter_value(capitals[k + 1]) > value;
    total += subtract ? -value : value;
  }
  // Only the canonical spelling: "IIII", "VX" and "IL" are no numerals.
  static constexpr std::array<std::pair<int, std::string_view>, 9> kPlaces = {
      {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
  std::string canonical;
  for (int rest = total; const auto& [value, letters] : kPlaces) {
    while (rest >= value) {
      canonical += letters;
      rest -= value;
    }
  }
  if (total <= 0 || canonical != capitals) return std::nullopt;
  return total;
}

}  // namespace sverka
