// libFuzzer target: the quote extractor over the sentences of decoded text
// (in the text's quote style),
// spans checked to lie inside their sentence; and the number reader of the
// quote checks over each sentence read as Russian and as English, each
// number's text checked to be a piece of the sentence.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "quotes/number_check.h"
#include "quotes/number_reader.h"
#include "quotes/quote_spans.h"
#include "text/text_reader.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const std::string text = sverka::decode_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    // In the text's own quote style, Russian author dashes read: every
    // path of the spanner.
    const std::vector<std::string> lines = sverka::split_lines(text);
    sverka::QuoteStyle style;
    for (const std::string& line : lines) style.add_sentence(line);
    sverka::QuoteSpanner spanner(style, true);
    for (const std::string& line : lines) {
      for (const sverka::QuoteSpan& span : spanner.next_sentence(line)) {
        if (span.begin > span.end || span.end > line.size()) std::abort();
      }
      const auto russian = sverka::find_numbers(line, "ru", nullptr);
      const auto english = sverka::find_numbers(line, "en", nullptr);
      for (const auto* numbers : {&russian, &english}) {
        for (const sverka::QuotedNumber& number : *numbers) {
          if (number.text.empty() || line.find(number.text) == std::string::npos) std::abort();
        }
      }
      sverka::check_numbers(russian, english, {}, {});
    }
  } catch (const sverka::InputError&) {
  }
  return 0;
}
