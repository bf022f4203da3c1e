#include "quotes/number_check.h"

#include <algorithm>
#include <cmath>

namespace sverka {
namespace {

bool same(double a, double b) { return std::fabs(a - b) < 1e-9 * std::max(1.0, std::fabs(a)); }

// Whether any number of `numbers` says `value`, whole, as one of its
// parts or as another reading of it.
bool has_value(const std::vector<QuotedNumber>& numbers, double value) {
  for (const QuotedNumber& n : numbers) {
    if (same(n.value, value)) return true;
    for (const double part : n.parts) {
      if (same(part, value)) return true;
    }
    for (const double other : n.also) {
      if (same(other, value)) return true;
    }
  }
  return false;
}

// Whether `numbers` say `number`, in its own value or another reading.
bool has_number(const std::vector<QuotedNumber>& numbers, const QuotedNumber& number) {
  if (has_value(numbers, number.value)) return true;
  return std::any_of(number.also.begin(), number.also.end(), [&](double other) { return has_value(numbers, other); });
}

}  // namespace

std::optional<QuoteFlag> check_numbers(const std::vector<QuotedNumber>& russian,
                                       const std::vector<QuotedNumber>& english,
                                       const std::vector<QuotedNumber>& russian_sentence,
                                       const std::vector<QuotedNumber>& english_sentence) {
  for (const QuotedNumber& e : english) {
    if (has_number(russian, e) || has_number(russian_sentence, e)) continue;
    // "one" is also a pronoun ("one of the factors"): only a digit 1 counts.
    if (e.optional || (e.value == 1 && e.text.find('1') == std::string::npos)) continue;
    QuoteFlag flag{"number", Severity::kError, "", e.text, ""};
    if (e.value == kVague) {
      const auto exact =
          std::find_if(russian.begin(), russian.end(), [](const QuotedNumber& r) { return !r.optional; });
      if (exact == russian.end()) continue;
      flag.ru_span = exact->text;
      flag.explanation =
          "the Russian gives the exact number '" + flag.ru_span + "', the English a vague '" + e.text + "'";
    } else if (has_value(russian, kVague)) {
      flag.ru_span = russian.front().text;
      for (const QuotedNumber& r : russian) {
        if (r.value == kVague) flag.ru_span = r.text;
      }
      flag.explanation =
          "the Russian says '" + flag.ru_span + "' (an unspecified number), the English an exact '" + e.text + "'";
    } else {
      if (!russian.empty()) flag.ru_span = russian.front().text;
      flag.explanation = "'" + e.text + "' in the English quote has no matching number in the Russian" +
                         (russian.empty() ? std::string(" sentence") : ", which says '" + flag.ru_span + "'");
    }
    return flag;
  }
  for (const QuotedNumber& r : russian) {
    if (r.optional || has_number(english, r) || has_number(english_sentence, r) || r.value == kVague ||
        r.value == 1) {
      continue;
    }
    return QuoteFlag{"number", Severity::kError, r.text, "",
                     "'" + r.text + "' in the Russian quote is missing from the English"};
  }
  return std::nullopt;
}

}  // namespace sverka
