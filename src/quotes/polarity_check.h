// Reversed meaning in a quote and its translation (negation has
// negation_check.h): lexicons/polarity.ru-en.tsv lists words whose
// opposite in the English (более → less, непреднамеренный → deliberate,
// будет → may) reverses or weakens the statement.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "quotes/number_reader.h"
#include "quotes/quote_finding.h"

namespace sverka {

// A word of a quote with the forms it is looked up by: its matching form
// and its dictionary forms, each once.
struct QuoteWord {
  std::string text, norm;  // as written, and in matching form
  std::vector<std::string> forms;
};
std::vector<QuoteWord> quote_words(const std::string& text, const LemmaFunction& lemmas);
// Whether a negation ("not", "never", "no", "-n't") stands at most three
// words before English words[at]: "does not worsen", "isn't very good",
// "no longer natural".
bool negated_at(const std::vector<QuoteWord>& words, std::size_t at);

// A statement made uncertain: the English hedges with "may" or "might"
// where the Russian quote has no modal word at all (может, возможно,
// вероятно, бы …, nor a wish, purpose or leave: чтобы, пусть, позволить):
// «будет», a future verb or a plain statement weakened.
std::optional<QuoteFlag> check_hedging(const std::string& russian, const std::string& english,
                                       const LemmaFunction& russian_lemmas);

class PolarityList {
 public:
  static PolarityList load(const std::string& path);
  static PolarityList parse(const std::string& text, const std::string& file_name);
  // A flag when the English holds a word contradicting a listed Russian
  // word of the quote, and none of the words that render it.
  std::optional<QuoteFlag> check(const std::string& russian, const std::string& english,
                                 const LemmaFunction& russian_lemmas, const LemmaFunction& english_lemmas) const;
  // The listed Russian words after a «не» whose contradiction the English
  // says («не поддерживаем» / "oppose», «не разрешило» / "banned"): the
  // negation is in the English word, and neither is a reversal.
  int negations_said_by_antonym(const std::string& russian, const std::string& english,
                                const LemmaFunction& russian_lemmas, const LemmaFunction& english_lemmas) const;

 private:
  struct Row {
    std::vector<std::string> russian, renders, contradicts;
    std::string relation;
  };
  std::vector<Row> rows_;
};

}  // namespace sverka
