// Negation and reversed meaning in a quote and its translation.
//
// Negation: the quote's polarity is counted on each side (не, нет, ни,
// никогда, без, нельзя / not, n't, no, never, without, cannot, nothing);
// Russian double negation (не … никогда) counts once, as English says
// "never". Reversal: lexicons/polarity.ru-en.tsv lists words whose opposite
// in the English (более → less, непреднамеренный → deliberate, будет →
// may) reverses or weakens the statement.
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

struct NegationCount {
  int count = 0;
  std::string first;  // the first negation word, as written
  // «менее», «меньше» / "not as", "not so": a translation renders one
  // with the other, and the English "not" is then no negation.
  int inferior_comparatives = 0;
  // «не допустить», «не позволить» / "prevent", "avoid": a hindering verb
  // one side negates and the other says in one word.
  int hindering = 0;
};
NegationCount count_negations(const std::string& text, const std::string& language);
// A flag when the quotes' negation counts differ, unless counting the two
// words before each quote too (`*_lead`: its sentence up to the quote)
// evens them.
std::optional<QuoteFlag> check_negation(const std::string& russian, const std::string& english,
                                        const std::string& russian_lead = "", const std::string& english_lead = "");

// A statement made uncertain: the English hedges with "may" or "might"
// where the Russian quote has no modal word at all (может, возможно,
// вероятно, бы …): «будет», a future verb or a plain statement weakened.
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

 private:
  struct Row {
    std::vector<std::string> russian, renders, contradicts;
    std::string relation;
  };
  std::vector<Row> rows_;
};

}  // namespace sverka
