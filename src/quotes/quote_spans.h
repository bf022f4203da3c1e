// Quoted speech in a sentence: «…» with nested „…“, “…”, ‘…’, straight
// "…" paired in order, and dash-introduced direct speech (— Я приду, —
// сказала она.). A quote left open at the end of a sentence runs on into
// the next ones until it closes; QuoteSpanner carries that state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sverka {

struct QuoteSpan {
  std::size_t begin = 0, end = 0;  // bytes of the quoted text, marks excluded
  bool continues = false;          // opened in an earlier sentence
  bool dash = false;               // direct speech after a dash
};

class QuoteSpanner {
 public:
  // Quotes of the next sentence of a text, in order.
  std::vector<QuoteSpan> next_sentence(std::string_view sentence);
  void reset() { open_ = false; }

 private:
  bool open_ = false;  // a quote is open across the sentence boundary
};

}  // namespace sverka
