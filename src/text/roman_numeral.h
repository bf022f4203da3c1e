// Roman numerals, as chapters, centuries, rulers and congresses are
// numbered: «глава XVII», "XXI century", «Николай II».
#pragma once

#include <optional>
#include <string_view>

namespace sverka {

// The value of a Roman numeral of I, V, X, L and C written canonically in
// capitals ("XXI" → 21, "XL" → 40); nullopt for anything else: "IIII",
// "VX", "IL" (no canonical spelling), "CD", "xx", "".
std::optional<int> roman_numeral(std::string_view capitals);

}  // namespace sverka
