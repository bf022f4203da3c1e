#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "text/paragraphs.h"
#include "text/sentence_starts.h"
#include "text/text_reader.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// How the text writes each word (lower-case form) inside its sentences:
// capitalized after another word (not at a sentence start) minus in lower
// case, over sentences from `first` on: a news item's worth of them (a
// book's first pages say as much about the words near its start as the
// whole book). Above 0 the word is a name in this text, below 0 a common
// word, whatever a dictionary says.
std::unordered_map<std::string, int> capitals_in_use(const std::vector<Sentence>& sentences, std::size_t first) {
  constexpr std::size_t kSentencesRead = 256;
  std::unordered_map<std::string, int> capitalized_minus_lower;
  for (std::size_t k = first; k < std::min(sentences.size(), first + kSentencesRead); ++k) {
    const std::vector<Token> tokens = tokenize(sentences[k].text);
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      if (tokens[t].kind != TokenKind::kWord) continue;
      if (!tokens[t].capitalized) {
        --capitalized_minus_lower[tokens[t].norm];
      } else if (t > 0 && tokens[t - 1].kind != TokenKind::kPunctuation) {
        ++capitalized_minus_lower[tokens[t].norm];
      }
    }
  }
  return capitalized_minus_lower;
}

// The last `count` space-separated words of `text`, or "" when it has fewer.
std::string_view last_words(std::string_view text, int count) {
  std::size_t begin = text.size();
  for (int i = 0; i < count; ++i) {
    const std::size_t space = begin == 0 ? std::string_view::npos : text.rfind(' ', begin - 1);
    if (space == std::string_view::npos) return i + 1 == count ? text : std::string_view{};
    begin = space;
  }
  return text.substr(begin + 1);
}

// `text` without the quotes, brackets and dashes that open it.
std::string_view without_opening_noise(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    const char32_t cp = next_code_point(text, next);
    if (cp == '.' || !is_opening_noise(cp)) break;
    pos = next;
  }
  return text.substr(pos);
}

// `sentence` cut at the byte offsets `cuts` (ascending); only the first
// piece keeps its paragraph start.
std::vector<Sentence> cut_at(const Sentence& sentence, const std::vector<std::size_t>& cuts) {
  std::vector<Sentence> pieces;
  std::size_t from = 0;
  for (const std::size_t cut : cuts) {
    pieces.push_back(Sentence{trim_spaces(sentence.text.substr(from, cut - from)), sentence.paragraph,
                              from == 0 && sentence.starts_paragraph});
    from = cut;
  }
  pieces.push_back(Sentence{sentence.text.substr(from), sentence.paragraph, from == 0 && sentence.starts_paragraph});
  return pieces;
}

// "В." or "В.В." or "Дж." : an initial of a personal name.
bool is_initial(std::string_view word) {
  std::size_t pos = 0;
  int letters = 0;
  bool expect_letter = true;
  while (pos < word.size()) {
    const char32_t cp = next_code_point(word, pos);
    if (expect_letter) {
      if (!is_upper(cp)) return false;
      ++letters;
      expect_letter = false;
      // Two-letter initials: Дж., Ch.
      if (pos < word.size()) {
        std::size_t peek = pos;
        const char32_t next = next_code_point(word, peek);
        if (is_lower(next) && peek < word.size() && word[peek] == '.') pos = peek;
      }
    } else {
      if (cp != '.') return false;
      expect_letter = true;
    }
  }
  return letters > 0 && expect_letter;
}

// "1." to "99.": a list item's number, or an ordinal where a stop marks them.
bool is_small_number(std::string_view word) {
  return (word.size() == 2 || word.size() == 3) && word.back() == '.' &&
         std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
}

// Languages that write ordinals as a number and a stop ("am 18. Mai").
bool writes_ordinals_with_stop(const std::string& language) {
  static const std::unordered_set<std::string> languages = {"de", "da", "nb", "no", "fi", "cs", "sk",
                                                            "hu", "sl", "hr", "is", "et", "lv"};
  return languages.count(language) > 0;
}

// "2016", "$135", "92,5": ends in a digit.
bool is_number_word(std::string_view word) {
  return !word.empty() && word.back() >= '0' && word.back() <= '9';
}

// English headlines are often in title case; German capitalizes every noun,
// so a capitalized common word says nothing there; the others sverka knows
// capitalize only names.
HeadlineCase headline_case(const std::string& language) {
  if (language == "en") return HeadlineCase::kTitle;
  if (language == "de") return HeadlineCase::kNone;
  return HeadlineCase::kSentence;
}

// Russian and its neighbours write sentence case and put the names of
// papers, books and films in quotes («Известия»), so a capitalized function
// word mid-sentence starts a line a flattened text ran in; French or
// English write "Le Monde", "The Times" bare.
bool quotes_titles(const std::string& language) {
  return language == "ru" || language == "uk" || language == "be" || language == "bg";
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& language, Abbreviations abbreviations,
                                   CommonWordTest is_common_word,
                                   std::unordered_set<std::string> stopwords)
    : abbreviations_(std::move(abbreviations)),
      is_common_word_(std::move(is_common_word)),
      stopwords_(std::move(stopwords)),
      headlines_(headline_case(language)),
      quotes_titles_(quotes_titles(language)),
      ordinals_with_stop_(writes_ordinals_with_stop(language)) {
  UErrorCode status = U_ZERO_ERROR;
  // Where lexicons/ has the language's abbreviations, not ICU's
  // "ss=standard" suppressions: they also keep "…good for GIT. Regular…"
  // and "…for NATO. The…" together (a suffix of the acronym matches an
  // entry). For other languages ICU's list is the only one there is.
  const std::string locale_name = abbreviations_.size() > 0 ? language : language + "@ss=standard";
  const icu::Locale locale(locale_name.c_str());
  breaker_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !breaker_) {
    throw std::runtime_error("ICU cannot create a sentence break iterator for '" + language +
                             "': " + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

bool SentenceSplitter::starts_common_word(std::string_view text) const {
  if (!is_common_word_) return false;
  const std::vector<Token> tokens = tokenize(text);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (token.kind == TokenKind::kPunctuation) continue;
    // More initials ("В. В. Путин"): the name comes after them.
    const bool initial = token.capitalized && count_code_points(token.text) <= 2 &&
                         k + 1 < tokens.size() && tokens[k + 1].text == ".";
    if (initial) continue;
    // A function word of one letter ("I am", "В Москве") is a common word
    // too; it is no initial, since no full stop follows it.
    if (token.kind != TokenKind::kWord) return false;
    return stopwords_.count(token.norm) > 0 || (count_code_points(token.text) > 1 && is_common_word_(token.norm));
  }
  return false;
}

bool SentenceSplitter::glued(std::string_view left, std::string_view right) const {
  const char32_t next = first_significant(right);
  if (next == 0) return true;  // a stray quote or dash belongs to the sentence before
  if (is_lower(next)) return true;  // «…!» — сказал он. / e.g. the U.S. government
  if (left.empty() || left.back() != '.') return false;
  const std::string_view word = without_opening_noise(last_words(left, 1));  // 'Mr.
  // "1. Vom Kangchendzönga …": a list item's number is no sentence; and
  // German writes ordinals with a stop ("am 18. Mai").
  if (is_small_number(word) && (word.size() == left.size() || ordinals_with_stop_)) return true;
  const AbbreviationKind* kind = nullptr;
  for (int words = 2; words >= 1 && kind == nullptr; --words) {
    kind = abbreviations_.find(without_opening_noise(last_words(left, words)));
  }
  // A title of two letters or more first: "Mr." looks like a two-letter
  // initial, and the name after it may be a common word too (Levin, levin).
  // Then initials, which one-letter abbreviations ("с.", village) must not
  // hide: "витамин С. Кроме того" ends a sentence.
  if (kind != nullptr && *kind == AbbreviationKind::kTitle && count_code_points(word) > 2) return true;
  if (is_initial(word) && is_upper(next)) return !starts_common_word(right);
  if (kind == nullptr) return false;
  switch (*kind) {
    case AbbreviationKind::kAfterNumber: {
      std::string_view rest = left.substr(0, left.size() - word.size());
      while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
      return !(is_number_word(last_words(rest, 1)) && is_upper(next));
    }
    case AbbreviationKind::kCommon:
      return is_digit(next);
    case AbbreviationKind::kTitle:
      return true;
  }
  return false;
}

std::vector<std::string> SentenceSplitter::split_line(std::string_view line, const std::set<int>& chapters) const {
  std::vector<std::string> sentences;
  if (line.empty()) return sentences;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
  breaker_->setText(text, status);
  if (U_FAILURE(status)) {
    utext_close(text);
    throw std::runtime_error(std::string("ICU sentence segmentation failed: ") + u_errorName(status));
  }
  std::string current;
  std::int32_t start = breaker_->first();
  for (std::int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker_->next()) {
    const std::string_view segment = line.substr(static_cast<std::size_t>(start),
                                                 static_cast<std::size_t>(end - start));
    std::vector<std::size_t> cuts = missed_sentence_starts(segment, chapters);
    cuts.push_back(segment.size());
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
      const std::string piece = trim_spaces(std::string(segment.substr(from, cut - from)));
      from = cut;
      if (piece.empty()) continue;
      if (!current.empty() && glued(current, piece)) {
        current += ' ' + piece;
      } else {
        if (!current.empty()) sentences.push_back(std::move(current));
        current = piece;
      }
    }
  }
  utext_close(text);
  if (!current.empty()) sentences.push_back(std::move(current));
  return sentences;
}

std::vector<Sentence> SentenceSplitter::split_glued_lines(std::vector<Sentence> sentences) const {
  std::vector<Sentence> out;
  for (const Sentence& sentence : sentences) {
    for (Sentence& piece : cut_at(sentence, glued_line_starts(sentence.text, stopwords_)))
      out.push_back(std::move(piece));
  }
  return out;
}

std::vector<Sentence> SentenceSplitter::split_text(const std::string& text) const {
  std::vector<Sentence> sentences;
  const std::vector<Paragraph> paragraphs = split_paragraphs(text);
  const std::set<int> chapters = chapter_numbers(text);
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    bool first = true;
    for (const std::string& line : paragraphs[p].lines) {
      for (std::string& sentence : split_line(line, chapters)) {
        sentences.push_back(Sentence{std::move(sentence), p, first});
        first = false;
      }
    }
  }
  if (sentences.empty() || !is_common_word_ || headlines_ == HeadlineCase::kNone) return sentences;
  // A word the text itself writes capitalized inside its sentences more
  // often than in lower case is a name here whatever the dictionary says
  // ("Omicron", "Вене"): it does not start a body after a headline. One it
  // writes in lower case is a common word, known to the dictionary or not
  // ("superyachts", "revaccination").
  const std::unordered_map<std::string, int> usage = capitals_in_use(sentences, 1);
  const CommonWordTest common_here = [&](const std::string& word) {
    const auto found = usage.find(word);
    if (found != usage.end() && found->second != 0) return found->second < 0;
    return is_common_word_(word);
  };
  std::vector<Sentence> head =
      cut_at(sentences.front(), glued_headline_cuts(sentences.front().text, common_here, stopwords_, headlines_));
  sentences.erase(sentences.begin());
  sentences.insert(sentences.begin(), head.begin(), head.end());
  if (quotes_titles_) sentences = split_glued_lines(std::move(sentences));
  return sentences;
}

std::vector<Sentence> sentences_from_lines(const std::string& text) {
  std::vector<Sentence> sentences;
  for (std::string& line : split_lines(text)) {
    sentences.push_back(Sentence{std::move(line), 0, sentences.empty()});
  }
  return sentences;
}

}  // namespace sverka
