#include "quotes/quote_spans.h"

#include <algorithm>
#include <optional>

#include <unicode/uchar.h>

#include "quotes/speech_cues.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
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

// Plain-text books write the dash of dialogue as "--", and news sites as a
// hyphen between spaces (Так, - сказал он.): each is read as one dash.
CodePoints decode(std::string_view sentence) {
  CodePoints text;
  for (std::size_t pos = 0; pos < sentence.size();) {
    text.offsets.push_back(pos);
    const std::size_t at = pos;
    const char32_t cp = next_code_point(sentence, pos);
    const bool spaced = (at == 0 || sentence[at - 1] == ' ') && (pos == sentence.size() || sentence[pos] == ' ');
    if (cp == '-' && pos < sentence.size() && sentence[pos] == '-') {
      ++pos;
      text.points.push_back(U'—');
    } else if (cp == '-' && spaced) {
      text.points.push_back(U'—');
    } else {
      text.points.push_back(cp);
    }
  }
  text.offsets.push_back(sentence.size());
  return text;
}

// A straight single mark that opens a quote: at the start or after a space,
// a bracket or a dash, before a word ('Yes), not an elision's ('em).
bool opens_single(char32_t before, char32_t after) {
  return (before == 0 || is_space(before) || before == '(' || before == U'—') && !is_space(after) && after != 0;
}

// One that closes: after a word or its punctuation, before no letter; but
// not a plural's possessive before a lower-case word (the peasants' huts).
bool closes_single(char32_t before, char32_t after, char32_t word_after) {
  if (is_space(before) || is_letter(after)) return false;
  return !(before == 's' && is_space(after) && word_after != 0 && u_islower(static_cast<UChar32>(word_after)));
}

// Whether a quote open at the end of the last sentence runs on into this
// one: not when the sentence's first mark opens a new quote, for then the
// earlier mark was stray, and carrying it on would turn the rest of the
// text into a quote.
bool runs_on(const std::vector<char32_t>& points, bool single_marks) {
  for (std::size_t k = 0; k < points.size(); ++k) {
    const char32_t cp = points[k];
    if (cp == U'«' || cp == U'“' || cp == U'„') return false;
    if (cp == U'»' || cp == U'”') return true;
    if (cp == '"') return k > 0 && !is_space(points[k - 1]);  // the first straight quote decides
    if (cp == '\'' && single_marks) {
      const char32_t before = k > 0 ? points[k - 1] : 0, after = k + 1 < points.size() ? points[k + 1] : 0;
      if (opens_single(before, after)) return false;
      if (!is_letter(before) || !is_letter(after)) return true;  // closes (an apostrophe decides nothing)
    }
  }
  return true;
}

// Whether a dash follows the punctuation at `j`, after a space or none.
bool dash_follows(const std::vector<char32_t>& points, std::size_t j) {
  if (j + 1 >= points.size()) return false;
  const std::size_t dash = is_space(points[j + 1]) ? j + 2 : j + 1;
  return dash < points.size() && is_dash(points[dash]);
}

// Whether a dash after the punctuation at `j` hands over between speech
// and its author (", —", "!— ", ". —").
bool is_hand_over(const std::vector<char32_t>& points, std::size_t j) {
  if (j >= points.size()) return false;  // a closing mark that ends the text
  const char32_t cp = points[j];
  return (cp == ',' || cp == '!' || cp == '?' || cp == U'…' || cp == '.') && dash_follows(points, j);
}

// The first hand-over from `from` on: the punctuation's index, or the end.
std::size_t hand_over(const std::vector<char32_t>& points, std::size_t from) {
  for (std::size_t j = from; j < points.size(); ++j) {
    if (is_hand_over(points, j)) return j;
  }
  return points.size();
}

// The index of the dash of the hand-over at `stop`.
std::size_t dash_of(const std::vector<char32_t>& points, std::size_t stop) {
  return is_dash(points[stop + 1]) ? stop + 1 : stop + 2;
}

// The first hand-over of dialogue from `from` on: as hand_over(), and a
// dash after a colon, where the author hands over to speech (обратился к
// Вронскому: — Постойте).
std::size_t dialogue_hand_over(const std::vector<char32_t>& points, std::size_t from) {
  for (std::size_t j = from; j < points.size(); ++j) {
    if (is_hand_over(points, j) || (points[j] == ':' && dash_follows(points, j))) return j;
  }
  return points.size();
}

// Whether the first of a line's parts (begin, stop of each) is speech that
// goes on from the line before, when the line does not open with a dash.
// The first hand-over that tells decides: a colon ends the author's words,
// a comma ends speech, and so does ! ? or … before an author in lower
// case. Else a full stop before the dash ends a sentence of the author's,
// which the dash follows with speech (Варенька сумела быть полезною. — Я
// закажу ужин, — сказала она).
bool opens_with_speech(const std::vector<char32_t>& points,
                       const std::vector<std::pair<std::size_t, std::size_t>>& parts) {
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    const char32_t mark = points[parts[k].second];
    const std::size_t next = parts[k + 1].first;
    const bool lower_case_next = next < points.size() && is_lower(points[next]);
    if (mark == ':') return k % 2 == 1;
    if (mark == ',' || (mark != '.' && lower_case_next)) return k % 2 == 0;
  }
  return points[parts.front().second] != '.';
}

// Direct speech: a sentence opening with a dash, up to ", —" or the end,
// and taken up again after its author (— Да, — сказал он. — Я приду.),
// each part a span. With `going_on`, speech from the sentence before goes
// on in this one up to its author's dash (Я приду, — сказал он.).
std::vector<QuoteSpan> dash_speech(const CodePoints& text, bool going_on) {
  const std::vector<char32_t>& points = text.points;
  std::size_t start = 0;  // where the current part begins, after its dash
  while (start < points.size() && is_space(points[start])) ++start;
  if (start == points.size()) return {};
  const bool opens_with_dash = is_dash(points[start]);
  if (opens_with_dash) {
    ++start;
  } else if (!going_on || dialogue_hand_over(points, start) == points.size()) {
    return {};
  }
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  for (;;) {
    std::size_t first = start;
    while (first < points.size() && is_space(points[first])) ++first;
    const std::size_t stop = dialogue_hand_over(points, first);
    parts.emplace_back(first, stop);
    if (stop == points.size()) break;
    start = dash_of(points, stop) + 1;
  }
  std::vector<QuoteSpan> spans;
  bool speech = opens_with_dash || opens_with_speech(points, parts);
  for (const auto& [first, stop] : parts) {
    if (speech && first < stop) {
      // "!" and "?" belong to the speech, a comma or a full stop before the author to the sentence.
      const bool kept = stop < points.size() && (points[stop] == '!' || points[stop] == '?' || points[stop] == U'…');
      spans.push_back({text.offsets[first], text.offsets[kept ? stop + 1 : stop], false, true,
                       !opens_with_dash && first == parts.front().first});
    }
    speech = !speech;
  }
  return spans;
}

// Whether a speech cue (speech_cues.h) is among the first few words after
// the dash of the hand-over at `stop`: «— комментирует пульмонолог», «—
// так ответил министр», not «— временные» after a subject set off by
// commas (Меры, принятые правительством, — временные.).
bool author_follows(const std::vector<char32_t>& points, std::size_t stop) {
  constexpr int kAuthorWords = 3;
  std::size_t k = dash_of(points, stop) + 1;
  for (int words = 0; words < kAuthorWords && k < points.size(); ++words) {
    while (k < points.size() && !is_letter(points[k])) {
      if (points[k] != ' ') return false;  // the author's words end at punctuation
      ++k;
    }
    std::string word;
    while (k < points.size() && is_letter(points[k])) append_utf8(word, points[k++]);
    if (!word.empty() && is_speech_cue(normalize_for_matching(word), true)) return true;
  }
  return false;
}

// Where the sentence that ends at `stop` begins: one line may hold several
// (Ученые провели исследование. Согласно оценкам, …, — говорится в тексте.),
// and the speech is taken to be the last of them.
std::size_t last_sentence_start(const std::vector<char32_t>& points, std::size_t stop) {
  std::size_t start = 0;
  while (start < stop && is_space(points[start])) ++start;
  for (std::size_t k = start; k + 2 < stop; ++k) {
    const char32_t cp = points[k];
    if ((cp == '.' || cp == '!' || cp == '?' || cp == U'…') && is_space(points[k + 1]) &&
        u_isupper(static_cast<UChar32>(points[k + 2]))) {
      start = k + 2;
    }
  }
  return start;
}

// Speech with no marks before its author, as Russian news sets it (Видимо,
// их больше, чем положено, — комментирует пульмонолог.): the first
// hand-over of a sentence, an author with a speech cue after it.
// Quote marks inside the speech are a quote within it («(уровень
// нейтрализации "омикрона")») and give way to it; those in the author's
// words («— сказал "Москве 24" вирусолог») stay. Speech that opens or ends
// with a mark is left to the marks: they say where it begins («Оценит
// фразой "не по Сеньке шапка", — считают редакторы»).
std::vector<QuoteSpan> attributed_speech(const CodePoints& text, const std::vector<QuoteSpan>& marked) {
  const std::vector<char32_t>& points = text.points;
  const std::size_t stop = hand_over(points, 0);
  if (stop == points.size() || !author_follows(points, stop)) return marked;
  const std::size_t start = last_sentence_start(points, stop);
  if (start == stop || !is_letter(points[start])) return marked;
  // A stray closing mark before the hand-over (…в эти страны", — говорится) is not speech.
  std::size_t end = stop;
  while (end > start && (is_space(points[end - 1]) || is_closing_quote(points[end - 1]))) --end;
  const QuoteSpan speech = {text.offsets[start], text.offsets[end], false, true};
  std::vector<QuoteSpan> spans;
  for (const QuoteSpan& quote : marked) {
    if (quote.end <= speech.begin || quote.begin >= speech.end) {
      if (quote.begin >= speech.end && (spans.empty() || spans.back().begin < speech.begin)) spans.push_back(speech);
      spans.push_back(quote);
    } else if (quote.end >= speech.end) {
      return marked;  // a quote across the hand-over, or one closing at it
    }
  }
  if (spans.empty() || spans.back().begin < speech.begin) spans.push_back(speech);
  return spans;
}

// The quotes between marks, given whether one is open from the sentence
// before; `still_open` receives whether one is open at the end.
std::vector<QuoteSpan> marked_quotes(const CodePoints& text, bool single_marks, bool carried, bool& still_open) {
  const std::vector<char32_t>& points = text.points;
  const std::vector<std::size_t>& offsets = text.offsets;
  std::vector<QuoteSpan> spans;
  // The marks that opened the quotes still open; the outermost one's text
  // is the span. A quote carried over from the previous sentence counts as
  // one open «.
  std::u32string open;
  if (carried) open.push_back(single_marks ? U'\'' : U'«');
  std::size_t start = 0;
  bool continues = carried;
  const auto opening = [&](std::size_t k) {
    if (open.empty()) start = offsets[k + 1];
    open.push_back(points[k]);
  };
  // A straight mark before the author's dash and a verb of saying closes
  // every quote open ("… приказ № 127 "Об утверждении Порядка", — написал
  // он): Russian writes the two closing marks of „…"…"" as one. (Before a
  // dash and more speech, «"Красавчик Браммелл". — Обладатели…», it closes
  // a name within the author's words.)
  const auto before_author = [&](std::size_t k) {
    return is_hand_over(points, k + 1) && author_follows(points, k + 1);
  };
  const auto closing = [&](std::size_t k) {
    open.pop_back();
    if (points[k] == '"' && before_author(k)) open.clear();
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
    } else if (cp == '\'' && single_marks) {
      const char32_t word_after = k + 2 < points.size() ? points[k + 2] : 0;
      if (!open.empty() && open.back() == '\'' && closes_single(before, after, word_after)) {
        closing(k);
      } else if (opens_single(before, after)) {
        opening(k);
      } else if (open.empty() && (before == ',' || before == '.' || before == '!' || before == '?' || before == U'…') &&
                 !is_letter(after)) {
        stray_closing(k);
      }
    } else if (cp == '"') {
      // Straight quotes: one after a space (or at the start) and before a
      // letter opens, nested if a quote is open ("Examples — "we defended
      // ..."); any other closes the innermost open quote.
      // One before a comma or a full stop closes, even after a space
      // (…в Сирте) ", — приводит его слова агентство.).
      const bool punctuation_after = after == ',' || after == '.' || after == ';' || after == ':';
      const bool opens =
          (is_space(before) || before == '(' || before == U'—') && !is_space(after) && !punctuation_after;
      const bool only_closes = (!is_space(before) || punctuation_after) && !is_letter(after);
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

// A quote's parts without the author's words a dash sets off inside it
// («Да, — сказал он, — я приду»: "Да" and "я приду").
std::vector<QuoteSpan> without_authors(const CodePoints& text, const QuoteSpan& quote) {
  const std::vector<char32_t>& points = text.points;
  const auto index_of = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::lower_bound(text.offsets.begin(), text.offsets.end(), offset) -
                                    text.offsets.begin());
  };
  const std::size_t end = index_of(quote.end);
  std::vector<QuoteSpan> parts;
  for (std::size_t first = index_of(quote.begin); first < end;) {
    const std::size_t stop = std::min(hand_over(points, first), end);
    if (stop == end) {
      parts.push_back({text.offsets[first], quote.end, quote.continues && parts.empty(), quote.dash});
      break;
    }
    const bool kept = points[stop] != ',' && points[stop] != '.';
    parts.push_back(
        {text.offsets[first], text.offsets[kept ? stop + 1 : stop], quote.continues && parts.empty(), quote.dash});
    // The author's words run to the next hand-over; speech resumes after its dash.
    const std::size_t resume = hand_over(points, dash_of(points, stop) + 1);
    if (resume >= end) break;
    first = dash_of(points, resume) + 1;
    while (first < end && is_space(points[first])) ++first;
  }
  return parts;
}

// Whether a sentence holds a quote between straight single marks ('a
// tragic mistake'): a mark that opens before a letter, and one that closes
// after it with at least two letters between ('n' is rock 'n' roll's).
bool holds_single_quote(const CodePoints& text) {
  const std::vector<char32_t>& points = text.points;
  std::size_t opened = points.size();
  int letters = 0;
  for (std::size_t k = 0; k < points.size(); ++k) {
    const char32_t before = k > 0 ? points[k - 1] : 0;
    const char32_t after = k + 1 < points.size() ? points[k + 1] : 0;
    const char32_t word_after = k + 2 < points.size() ? points[k + 2] : 0;
    if (points[k] != '\'') {
      letters += opened < k && is_letter(points[k]);
    } else if (opened < k && closes_single(before, after, word_after) && letters >= 2) {
      return true;
    } else if (opens_single(before, after) && is_letter(after)) {
      opened = k;
      letters = 0;
    }
  }
  return false;
}

}  // namespace

void QuoteStyle::add_sentence(std::string_view sentence) {
  if (!double_anywhere_) {  // (one double mark anywhere settles it)
    const CodePoints text = decode(sentence);
    double_anywhere_ = std::any_of(text.points.begin(), text.points.end(),
                                   [](char32_t cp) { return is_opening_quote(cp) || is_closing_quote(cp); });
    single_quoting_ += holds_single_quote(text);
  }
  const std::size_t first = sentence.find_first_not_of(" \t");
  if (first == std::string_view::npos) return;
  single_ += sentence[first] == '\'';
  double_ += sentence[first] == '"' || sentence.substr(first, 3) == "“" || sentence.substr(first, 2) == "«";
  dash_ += sentence.substr(first, 2) == "--" || sentence.substr(first, 3) == "—" || sentence.substr(first, 3) == "–";
}

bool QuoteStyle::dash_dialogue() const {
  constexpr int kMinSentences = 3;
  return dash_ >= kMinSentences && dash_ > double_;
}

bool QuoteStyle::single_marks() const {
  constexpr int kMinSentences = 3;  // one or two are a headline's or stray marks
  return (single_ >= kMinSentences && single_ > double_) || (single_quoting_ > 0 && !double_anywhere_);
}

std::vector<QuoteSpan> QuoteSpanner::next_sentence(std::string_view sentence) {
  const CodePoints text = decode(sentence);
  std::vector<QuoteSpan> spans =
      marked_quotes(text, single_marks_, open_ && runs_on(text.points, single_marks_), open_);
  if (spans.empty() && !open_) {
    spans = dash_speech(text, speaking() && dash_authors_);
    if (spans.empty() && dash_authors_) spans = attributed_speech(text, spans);
    // Speech running to the end of its sentence may go on in the next,
    // unmarked; a sentence with no marks at all leaves that as it was.
    if (!spans.empty()) {
      speaking_ = spans.back().end == sentence.size();
    } else if (sentence.find_first_of("\"'«»“”„‘’") != std::string_view::npos) {
      speaking_ = false;
    }
    return spans;
  }
  speaking_ = false;
  if (dash_authors_) {
    if (!spans.empty() && !spans.front().continues) spans = attributed_speech(text, spans);
    std::vector<QuoteSpan> parts;
    for (const QuoteSpan& span : spans) {
      for (const QuoteSpan& part : without_authors(text, span)) parts.push_back(part);
    }
    return parts;
  }
  return spans;
}

}  // namespace sverka
