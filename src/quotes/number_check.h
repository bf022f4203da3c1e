// Numbers in a quote and its translation: digits ("11", "1,5", "10 000"),
// number words in both languages (три/three, тысяча/thousand), and vague
// quantities (несколько/several, сотни/hundreds) that must not turn into
// exact ones. A number of several words is read whole, as one says it
// (двадцать пять = twenty-five = 25, «3,5 тыс.» = 3,500, "one and a half
// million" = полтора миллиона): a number on one side is matched when the
// other side says it whole or as a part of a longer number, so «25» faces
// "twenty-five" and "1.5 billion" faces «1,5 млрд» without a finding.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "quotes/quote_finding.h"

namespace sverka {

struct QuotedNumber {
  double value = 0;           // NaN-free; vague quantities use kVague
  std::string text;           // as written: all its words ("двадцать пять", "3,5 тыс")
  std::vector<double> parts;  // its words' own values when it has several
};
inline constexpr double kVague = -1;

// `lemmas` gives dictionary forms of a word (трех → три); may be null.
using LemmaFunction = std::function<std::vector<std::string>(const std::string&)>;
std::vector<QuotedNumber> find_numbers(const std::string& text, const std::string& language,
                                       const LemmaFunction& lemmas);

// A flag when a number of one side's quote has no equal on the other side,
// in its quote or, for numbers moved out of the quote, in its sentence.
std::optional<QuoteFlag> check_numbers(const std::vector<QuotedNumber>& russian,
                                       const std::vector<QuotedNumber>& english,
                                       const std::vector<QuotedNumber>& russian_sentence,
                                       const std::vector<QuotedNumber>& english_sentence);

}  // namespace sverka
