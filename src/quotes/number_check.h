// Whether a quote and its translation say the same numbers (read by
// number_reader.h): a number on one side is matched when the other side
// says it whole or as a part of a longer number, so «25» faces
// "twenty-five" and "1.5 billion" faces «1,5 млрд» without a finding, and
// a vague quantity must not turn into an exact one.
#pragma once

#include <optional>
#include <vector>

#include "quotes/number_reader.h"
#include "quotes/quote_finding.h"

namespace sverka {

// A flag when a number of one side's quote has no equal on the other side,
// in its quote or, for numbers moved out of the quote, in its sentence.
std::optional<QuoteFlag> check_numbers(const std::vector<QuotedNumber>& russian,
                                       const std::vector<QuotedNumber>& english,
                                       const std::vector<QuotedNumber>& russian_sentence,
                                       const std::vector<QuotedNumber>& english_sentence);

}  // namespace sverka
