// libFuzzer target: the quote extractor over the sentences of decoded text,
// spans checked to lie inside their sentence.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "quotes/quote_spans.h"
#include "text/text_reader.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const std::string text = sverka::decode_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    sverka::QuoteSpanner spanner;
    for (const std::string& line : sverka::split_lines(text)) {
      for (const sverka::QuoteSpan& span : spanner.next_sentence(line)) {
        if (span.begin > span.end || span.end > line.size()) std::abort();
      }
    }
  } catch (const sverka::InputError&) {
  }
  return 0;
}
