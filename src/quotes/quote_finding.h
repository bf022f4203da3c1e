// What the quote check reports: quoted statements paired across the two
// texts, each with the divergences found in it.
#pragma once

#include <string>
#include <vector>

namespace sverka {

enum class Severity { kInfo, kWarning, kError };
const char* severity_name(Severity severity);

struct QuoteFlag {
  std::string type;  // number, name, negation, antonym, omission, addition, attribution, quote
  Severity severity = Severity::kWarning;
  std::string ru_span, en_span;  // the words concerned, as written
  std::string explanation;       // one line a person can act on
};

struct QuotePair {
  std::size_t ru_line = 0, en_line = 0;  // sentence numbers (lines with --presplit)
  std::string ru_quote, en_quote;        // either may be empty: quoted on one side only
  std::string speaker;                   // as named in the Russian sentence, if found
  std::vector<QuoteFlag> flags;
};

}  // namespace sverka
