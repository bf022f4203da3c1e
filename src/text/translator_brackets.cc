#include "text/translator_brackets.h"

#include "text/paragraphs.h"

namespace sverka {
namespace {

struct Position {
  std::size_t sentence;
  std::size_t offset;  // byte offset in the sentence's text
};

// The closing bracket of a span opened at `open`, or the same position
// when there is none close enough.
Position closing_bracket(const std::vector<Sentence>& sentences, Position open) {
  std::size_t from = open.offset + 1;
  const std::size_t last = std::min(sentences.size(), open.sentence + kMaxBracketedSentences);
  for (std::size_t k = open.sentence; k < last; ++k, from = 0) {
    const std::size_t close = sentences[k].text.find(']', from);
    if (close != std::string::npos) return {k, close};
  }
  return open;
}

}  // namespace

bool uses_square_brackets(const std::vector<Sentence>& sentences) {
  for (const Sentence& sentence : sentences) {
    if (sentence.text.find('[') != std::string::npos) return true;
  }
  return false;
}

std::vector<Sentence> without_bracketed_spans(const std::vector<Sentence>& sentences) {
  // Byte ranges to drop, per sentence, in order.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> drop(sentences.size());
  Position at{0, 0};
  while (at.sentence < sentences.size()) {
    const std::size_t open = sentences[at.sentence].text.find('[', at.offset);
    if (open == std::string::npos) {
      at = {at.sentence + 1, 0};
      continue;
    }
    const Position close = closing_bracket(sentences, {at.sentence, open});
    if (close.sentence == at.sentence && close.offset == open) {  // a stray '['
      at.offset = open + 1;
      continue;
    }
    for (std::size_t k = at.sentence; k <= close.sentence; ++k) {
      const std::size_t begin = k == at.sentence ? open : 0;
      const std::size_t end = k == close.sentence ? close.offset + 1 : sentences[k].text.size();
      drop[k].emplace_back(begin, end);
    }
    at = {close.sentence, close.offset + 1};
  }
  std::vector<Sentence> kept = sentences;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    if (drop[k].empty()) continue;
    const std::string& text = sentences[k].text;
    std::string rest;
    std::size_t from = 0;
    for (const auto& [begin, end] : drop[k]) {
      rest.append(text, from, begin - from);
      from = end;
      // One space where the span stood: "gentil,' [He is nice.] she" and
      // "gentille,[She is sweet.]and" both become a single space.
      while (from < text.size() && text[from] == ' ') ++from;
      if (!rest.empty() && rest.back() != ' ' && from < text.size()) rest.push_back(' ');
    }
    rest.append(text, from, std::string::npos);
    kept[k].text = trim_spaces(rest);
  }
  return kept;
}

}  // namespace sverka
