// The matching form of a token: what two spellings of the same word share.
//
// Output keeps the original text; comparison uses this form: case-folded,
// ё → е (Russian print omits the diaeresis at will), typographic quotes to '"',
// every dash and hyphen to '-', apostrophes to '\''. Kept separate from the
// tokenizer so name matching and quote checks normalize the same way.
#pragma once

#include <string>
#include <string_view>

namespace sverka {

// Whether ё becomes е. Names keep it: Ёко is Yoko, Итиё is Ichiyo, and the
// diaeresis, when printed, is the only sign of the o.
enum class Yo { kFold, kKeep };

std::string normalize_for_matching(std::string_view text, Yo yo = Yo::kFold);

// Unified quote and dash characters, nothing else: for span detection.
char32_t unify_punctuation(char32_t cp);

}  // namespace sverka
