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

#include <optional>
#include <string>

#include "quotes/quote_finding.h"

namespace sverka {

struct NegationCount {
  int count = 0;
  std::string first;  // the first negation word, as written
  // «менее», «меньше» / "not as", "not so": a translation renders one
  // with the other, and the English "not" is then no negation.
  int inferior_comparatives = 0;
  // «не допустить», «не позволить» / "prevent", "avoid": a hindering verb
  // one side negates and the other says in one word.
  int hindering = 0;
  // «пока вы не женитесь» / "until you marry": the Russian не of
  // «пока … не» counts here, and "until", "till", "before" on the English
  // side, so one may stand for the other.
  int until = 0;
  // «далеко не лучший» / "far from the best": the Russian не of «далеко
  // не» counts here, and "far from" on the English side.
  int far_from = 0;
  // «не менее», «не меньше» / "at least"; «не более», «не больше» / "at
  // most", "up to": a bound one side says with a negation.
  int at_least = 0, at_most = 0;
  // «не X, а Y» / "Y rather than X", "Y instead of X".
  int contrast = 0;
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
