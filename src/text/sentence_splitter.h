// Sentence segmentation for Russian, English and other languages.
//
// ICU's sentence break rules do the bulk of the work; they know no Russian
// abbreviations, break after initials ("В. В. Путин") and split direct speech
// from its attribution («Уходим!» — сказал он.). A second pass over ICU's
// segments merges those back: a segment is glued to the previous one when the
// previous ends in an initial or a listed abbreviation, or when the next one
// starts in lower case once quotes and dashes are skipped. Line breaks inside
// a paragraph stay hard boundaries (headlines and list items have no stop).
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/abbreviations.h"
#include "text/glued_headline.h"

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace sverka {

struct Sentence {
  std::string text;
  std::size_t paragraph = 0;      // 0-based paragraph index
  bool starts_paragraph = false;  // first sentence of its paragraph
};

class SentenceSplitter {
 public:
  // `language` is an ISO 639-1 code ("ru", "en", "de", ...).
  // With a common-word test (a dictionary), an initial followed by a common
  // word ends a sentence ("витамин С. Кроме того"), and a headline glued to
  // the first sentence is split off (glued_headline.h).
  SentenceSplitter(const std::string& language, Abbreviations abbreviations,
                   CommonWordTest is_common_word = nullptr,
                   std::unordered_set<std::string> stopwords = {});
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  // Splits one paragraph line (no newlines) into trimmed sentences.
  std::vector<std::string> split_line(std::string_view line) const { return split_line(line, {}); }
  // Splits decoded raw text: paragraphs first, then each line.
  std::vector<Sentence> split_text(const std::string& text) const;

 private:
  // The same, cutting off the numbers of a text's chapters (sentence_starts.h).
  std::vector<std::string> split_line(std::string_view line, const std::set<int>& chapters) const;
  bool glued(std::string_view left, std::string_view right) const;
  std::vector<Sentence> split_glued_lines(std::vector<Sentence> sentences) const;
  bool starts_common_word(std::string_view text) const;

  std::unique_ptr<icu::BreakIterator> breaker_;
  Abbreviations abbreviations_;
  CommonWordTest is_common_word_;
  std::unordered_set<std::string> stopwords_;
  HeadlineCase headlines_;
  bool quotes_titles_;       // see quotes_titles() in the .cc
  bool ordinals_with_stop_;  // "am 18. Mai"
};

// Pre-split input: one sentence per line, kept as given (empty lines too, so
// line numbers match the file); paragraphs are not known.
std::vector<Sentence> sentences_from_lines(const std::string& text);

}  // namespace sverka
