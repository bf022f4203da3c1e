// Negation in a quote and its translation: an added or dropped negation
// reverses what was said.
//
// The quote's polarity is counted on each side (не, нет, ни, никогда, без,
// нельзя / not, n't, no, never, without, cannot, nothing); Russian double
// negation (не … никогда) counts once, as English says "never". Grammar
// that uses a negation word without negating is set apart: «чуть не»
// (nearly), «не раз» (more than once), «пока … не» (until), «не могу не»
// ("cannot help"), and the negation of a yes/no question («Вы не знаете…?»,
// «не … ли», "Don't you hear?"), which asks the same as the plain question.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "quotes/quote_finding.h"

namespace sverka {

// Grammar one side says with a negation and the other without:
enum class Paraphrase {
  kHindering,  // «не допустить», «нельзя позволить» / "prevent", "avoid"
  kUntil,      // «пока вы не женитесь» / "until you marry" (till, before)
  kFarFrom,    // «далеко не лучший» / "far from the best"
  kAtLeast,    // «не менее», «не меньше» / "at least"
  kAtMost,     // «не более», «не больше» / "at most", "up to"
  kContrast,   // «не X, а Y» / "Y rather than X", "Y instead of X"
};
inline constexpr std::size_t kParaphrases = 6;

struct NegationCount {
  int count = 0;
  std::string first;  // the first negation word, as written
  // «менее», «меньше» / "not as", "not so": a translation renders one
  // with the other, and the English "not" is then no negation.
  int inferior_comparatives = 0;
  // Grammar the Russian says with a не and the English may say without a
  // negation, counted on both sides so that one may stand for the other
  // (the Russian не counts here as well as in `count`).
  std::array<int, kParaphrases> paraphrases{};
  // Negations of a yes/no question, counted in `count` too: "Don't you
  // hear?" asks what «Слышишь?» asks, so the two counts may agree with or
  // without them.
  int in_questions = 0;
};
NegationCount count_negations(const std::string& text, const std::string& language);

// A flag when the quotes' negation counts differ, unless counting the two
// words before each quote too (`*_lead`: its sentence up to the quote)
// evens them. `russian_prefixed` Russian words negated by their prefix may
// count as negations too: the English may say «ненатурально» "not natural";
// and `english_implicit` English words that carry a negation: a prefix
// («не изменилась» "unchanged", prefix_negation.h) or an antonym («не
// поддерживаем» "oppose", polarity_check.h).
std::optional<QuoteFlag> check_negation(const std::string& russian, const std::string& english,
                                        const std::string& russian_lead = "", const std::string& english_lead = "",
                                        int russian_prefixed = 0, int english_implicit = 0);

}  // namespace sverka
