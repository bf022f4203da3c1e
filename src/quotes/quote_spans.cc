#include "quotes/quote_spans.h"

#include <optional>

#include <unicode/uchar.h>

#include "util/utf8.h"

namespace sverka {
namespace {

bool is_space(char32_t c) { return c == 0 || u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_letter(char32_t c) { return c != 0 && u_isalnum(static_cast<UChar32>(c)); }
bool is_dash(char32_t c) { return c == U'—' || c == U'–'; }

// A sentence's code points and the byte offset of each (and of its end).
struct CodePoints {
  std::vector<char32_t> points;
  std::vector<std::size_t> offsets;
};

CodePoints decode(std::string_view sentence) {
  CodePoints text;
  for (std::size_t pos = 0; pos < sentence.size();) {
    text.offsets.push_back(pos);
    text.points.push_back(next_code_point(sentence, pos));
  }
  text.offsets.push_back(sentence.size());
  return text;
}

// Whether a quote open at the end of the last sentence runs on into this
// one: not when the sentence's first mark opens a new quote, for then the
// earlier mark was stray, and carrying it on would turn the rest of the
// text into a quote.
bool runs_on(const std::vector<char32_t>& points) {
  for (std::size_t k = 0; k < points.size(); ++k) {
    const char32_t cp = points[k];
    if (cp == U'«' || cp == U'“' || cp == U'„') return false;
    if (cp == U'»' || cp == U'”') return true;
    if (cp == '"') return k > 0 && !is_space(points[k - 1]);  // the first straight quote decides
  }
  return true;
}

// Direct speech: a sentence opening with a dash, up to ", —" or the end.
std::optional<QuoteSpan> dash_speech(const CodePoints& text) {
  const std::vector<char32_t>& points = text.points;
  std::size_t k = 0;
  while (k < points.size() && is_space(points[k])) ++k;
  if (k == points.size() || !is_dash(points[k])) return std::nullopt;
  std::size_t first = k + 1;
  while (first < points.size() && is_space(points[first])) ++first;
  std::size_t end = text.offsets.back();
  for (std::size_t j = k + 1; j + 2 < points.size(); ++j) {
    if ((points[j] == ',' || points[j] == '!' || points[j] == '?' || points[j] == U'…') &&
        is_space(points[j + 1]) && is_dash(points[j + 2])) {
      end = text.offsets[j + (points[j] == ',' ? 0 : 1)];
      break;
    }
  }
  return QuoteSpan{text.offsets[first], end, false, true};
}

// The quotes between marks, given whether one is open from the sentence
// before; `still_open` receives whether one is open at the end.
std::vector<QuoteSpan> marked_quotes(const CodePoints& text, bool carried, bool& still_open) {
  const std::vector<char32_t>& points = text.points;
  const std::vector<std::size_t>& offsets = text.offsets;
  std::vector<QuoteSpan> spans;
  // The marks that opened the quotes still open; the outermost one's text
  // is the span. A quote carried over from the previous sentence counts as
  // one open «.
  std::u32string open;
  if (carried) open.push_back(U'«');
  std::size_t start = 0;
  bool continues = carried;
  const auto opening = [&](std::size_t k) {
    if (open.empty()) start = offsets[k + 1];
    open.push_back(points[k]);
  };
  const auto closing = [&](std::size_t k) {
    open.pop_back();
    if (open.empty() && offsets[k] > start) spans.push_back({start, offsets[k], continues, false});
    if (open.empty()) continues = false;
  };
  // A closing mark with nothing open ("…to these countries," says the
  // article.): the quote began before this sentence, where the text lost
  // its opening mark or the sentence splitter cut it off. The sentence up
  // to the mark is its end, when nothing in the sentence was quoted yet;
  // taken for an opening mark instead, it would run on to the next quote.
  const auto stray_closing = [&](std::size_t k) {
    if (!spans.empty() || k == 0) return;
    spans.push_back({0, offsets[k], true, false});
  };
  for (std::size_t k = 0; k < points.size(); ++k) {
    const char32_t cp = points[k];
    const char32_t before = k > 0 ? points[k - 1] : 0;
    const char32_t after = k + 1 < points.size() ? points[k + 1] : 0;
    if (cp == U'“' && !open.empty() && open.back() == U'„') {
      closing(k);  // Russian „…“ closes with the English opening mark
    } else if (cp == U'«' || cp == U'“' || cp == U'„') {
      opening(k);
    } else if (cp == U'»' || cp == U'”') {
      if (open.empty()) {
        stray_closing(k);
      } else {
        closing(k);
      }
    } else if (cp == U'‘' && !is_letter(before)) {
      opening(k);
    } else if (cp == U'’' && !open.empty() && open.back() == U'‘' && !is_letter(after)) {
      closing(k);  // otherwise an apostrophe: don’t
    } else if (cp == '"') {
      // Straight quotes: one after a space (or at the start) and before a
      // letter opens, nested if a quote is open ("Examples — "we defended
      // ..."); any other closes the innermost open quote.
      const bool opens = (is_space(before) || before == '(' || before == U'—') && !is_space(after);
      const bool only_closes = !is_space(before) && !is_letter(after);
      if (opens || (open.empty() && !only_closes)) {
        opening(k);
      } else if (open.empty()) {
        stray_closing(k);
      } else {
        closing(k);
      }
    }
  }
  still_open = !open.empty();
  if (still_open && offsets.back() > start) spans.push_back({start, offsets.back(), continues, false});
  return spans;
}

}  // namespace

std::vector<QuoteSpan> QuoteSpanner::next_sentence(std::string_view sentence) {
  const CodePoints text = decode(sentence);
  std::vector<QuoteSpan> spans = marked_quotes(text, open_ && runs_on(text.points), open_);
  if (spans.empty() && !open_) {
    if (const auto speech = dash_speech(text)) spans.push_back(*speech);
  }
  return spans;
}

}  // namespace sverka
