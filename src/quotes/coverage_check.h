// Omitted and added content: words of one side's quote that nothing in the
// other side's quote translates (dictionary, lemmas, names, numbers), in a
// run long enough to be a clause rather than a free rendering of a word or
// two, or a quote much shorter or longer than its counterpart; and an
// English quote that ends on a clause of its own the Russian lacks.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "pipeline/featurizer.h"
#include "quotes/quote_finding.h"

namespace sverka {

// A run of untranslated words is evidence only when the lengths agree: an
// added clause makes the English longer than the document's usual ratio
// predicts, a dropped one shorter, while a faithful quote with words the
// dictionary lacks keeps its length.
struct CoverageThresholds {
  int min_run = 3;                // content tokens in a row without a counterpart
  double min_run_share = 0.25;    // of the side's content tokens (not for a run that ends an English quote)
  double length_excess = 0.15;    // beyond the expected length, with a run
  int min_length_gap = 15;        // characters, with a run
  double max_length_ratio = 1.8;  // beyond this, even without a run,
  int min_length_gap_alone = 25;  // if this many characters are missing or added
  double short_ratio = 0.7;       // this much shorter: a run of two words will do
  // An English quote whose last clause opens with a qualifying conjunction
  // (", but only after a second review", ", although …") is an addition,
  // whatever the lengths, when at least min_tail_unmatched of the clause's
  // content tokens, and at least half of them, have no counterpart (its
  // last word may meet one by chance: "conditions" for «ограничения»): a
  // qualifying clause hung on a long quote changes what it says but hardly
  // its length. Such a clause is short; a longer last clause is a part of
  // the statement the dictionary covers poorly (on the wmt22 quotes, a
  // faithful one of nine content words), and after "and" or no conjunction
  // a clause of untranslated words is mostly the dictionary's gap (", and
  // the chances … are rapidly decreasing", ", spitting blood all over the
  // bedsheet"). Such a clause of any opening still is an addition when
  // at least min_run and two thirds of its content tokens are untranslated
  // and the English has that many more untranslated tokens than the
  // Russian: the dictionary's gaps leave words untranslated on both sides,
  // an added clause on the English side only.
  int min_tail_unmatched = 2;
  int min_tail_content = 3;
  int max_tail_content = 6;
};

// Words of the two quotes the names table paired (names/name_table.h), in
// matching form: Пекине with Beijing, Гонконге with Hong Kong, names the
// dictionary and the sound of the words do not link.
struct PairedNames {
  std::set<std::string> russian, english;
};

class CoverageCheck {
 public:
  CoverageCheck(Featurizer& featurizer, double expected_ratio, CoverageThresholds thresholds = {})
      : featurizer_(featurizer), expected_ratio_(expected_ratio), thresholds_(thresholds) {}

  std::optional<QuoteFlag> check(const std::string& russian, const std::string& english,
                                 const PairedNames& names = {});

 private:
  Featurizer& featurizer_;
  double expected_ratio_;
  CoverageThresholds thresholds_;
};

}  // namespace sverka
