// Quoted speech in a sentence: «…» with nested „…“, “…”, ‘…’, straight
// "…" paired in order (and straight '…' in a text that quotes with them),
// and dash-introduced direct speech (— Я приду, — сказала она. — Завтра.;
// "--" in plain-text books), the author's words left out, and in Russian
// the speech news sets before its author with no marks at all (Их больше,
// - комментирует пульмонолог.). A quote left
// open at the end of a sentence runs on into the next ones until it
// closes; QuoteSpanner carries that state.
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
  // Speech taken to go on from the sentence before, with no mark or dash
  // of its own: a guess the other side may overrule.
  bool unmarked = false;
};

// Whether a text quotes with straight single marks ('Yes,' he said), as
// English fiction does: its sentences open with ' more often than with ",
// and more than a few times; or, as British news does ("Peskov called it
// 'a tragic mistake'"), it quotes between single marks somewhere and has
// no double marks at all. Elsewhere ' is an apostrophe or a quote within
// a quote, and taking it for a quote mark would make quotes of "the
// peasants' huts".
class QuoteStyle {
 public:
  void add_sentence(std::string_view sentence);
  bool single_marks() const;
  // Whether the text's dialogue is dash-introduced (— Да, — сказал он.):
  // more sentences open with a dash than with a quote mark, and more than
  // a few. A turn of such dialogue goes on in the sentences after its
  // first unmarked (— Да. Я приду.); news opens none with a dash.
  bool dash_dialogue() const;

 private:
  int single_ = 0, double_ = 0, dash_ = 0;  // sentences opening with each
  int single_quoting_ = 0;        // sentences holding a quote between single marks
  bool double_anywhere_ = false;  // a double mark of any kind in any sentence
};

class QuoteSpanner {
 public:
  QuoteSpanner() = default;
  // `dash_authors`: the text sets its author's words off inside a quote
  // with dashes, as Russian does («Да, — сказал он, — я приду»), and they
  // are left out of the quote. (English sets a parenthesis off so: "a
  // piano, – though not a good one, – and".)
  explicit QuoteSpanner(const QuoteStyle& style, bool dash_authors = false)
      : single_marks_(style.single_marks()), dash_dialogue_(style.dash_dialogue()), dash_authors_(dash_authors) {}

  // Quotes of the next sentence of a text, in order.
  std::vector<QuoteSpan> next_sentence(std::string_view sentence);
  void reset() { open_ = false; }
  // Whether a quote is open at the end of the last sentence, and setting
  // that state to find one sentence's quotes again.
  bool open() const { return open_; }
  void set_open(bool open) { open_ = open; }
  // Whether the last dash-introduced speech ran to the end of its sentence
  // and no sentence since had quote marks, or the text's dialogue is
  // dash-introduced: the next sentence may go on with speech unmarked (—
  // Да. Я приду.), as the other language's quote marks may show.
  bool speaking() const { return speaking_ || dash_dialogue_; }
  void set_speaking(bool speaking) { speaking_ = speaking; }

 private:
  bool single_marks_ = false;  // straight ' quotes too
  bool dash_dialogue_ = false;
  bool dash_authors_ = false;
  bool open_ = false;          // a quote is open across the sentence boundary
  bool speaking_ = false;
};

// The quote style of a text's sentences (anything with a `text`).
template <typename Sentences>
QuoteStyle quote_style_of(const Sentences& sentences) {
  QuoteStyle style;
  for (const auto& sentence : sentences) style.add_sentence(sentence.text);
  return style;
}

// A spanner for the sentences of one text, in the text's quote style.
template <typename Sentences>
QuoteSpanner spanner_for(const Sentences& sentences, bool dash_authors = false) {
  return QuoteSpanner(quote_style_of(sentences), dash_authors);
}

}  // namespace sverka
