// Pairs the quoted statements of an aligned document and checks each pair.
//
// Quotes are found per sentence on each side (quote_spans.h) and paired
// inside each aligned bead, in order, or by shared words when the two sides
// quote a different number of times. Each pair gets the checks of this
// folder: numbers, negation, reversed meaning, names, omitted or added
// content; each bead with a quote also has its speaker checked. A quote on
// one side only is reported too: direct speech made indirect, or invented.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "align/bead.h"
#include "names/name_table.h"
#include "pipeline/document_aligner.h"
#include "pipeline/featurizer.h"
#include "quotes/coverage_check.h"
#include "quotes/negation_check.h"
#include "quotes/polarity_check.h"
#include "quotes/prefix_negation.h"
#include "quotes/quote_finding.h"
#include "quotes/quote_spans.h"

namespace sverka {

struct Quote {
  std::size_t sentence;
  std::string text;
  std::string lead;       // the sentence up to the quote
  bool unmarked = false;  // QuoteSpan::unmarked
  bool dash = false;      // QuoteSpan::dash: a line of dialogue, never a title
};

// Names of a Russian text and of an English one without a counterpart in
// the other.
struct UnmatchedNames {
  std::vector<std::string> russian, english;
};

// One side of a bead: its quotes, its text, and its text outside quotes
// (where the speaker is named).
struct BeadSide {
  std::vector<Quote> quotes;
  std::string context, rest;
  bool speaking = false;  // dash speech before it may go on into it
};

// The quotes of every sentence of one side of a document.
struct DocumentQuotes {
  std::vector<std::vector<Quote>> quotes;  // by sentence
  std::vector<std::string> outside;        // each sentence with its quotes cut out
  std::vector<bool> open_before;           // a quote open from the sentence before
  std::vector<bool> speaking_before;       // dash speech that may go on (QuoteSpanner::speaking)
  QuoteSpanner spanner;                    // in the side's style
  BeadSide side(const std::vector<Sentence>& sentences, std::uint32_t begin, std::uint32_t count) const;
  // Finds sentence s's quotes again in a new text for it.
  void refind(std::size_t s, const std::string& text);
};

class QuoteChecker {
 public:
  // Uses the aligner's languages and lexicon; lexicons/ for the name
  // conventions and the polarity list.
  QuoteChecker(DocumentAligner& aligner, const std::string& lexicon_dir);

  std::vector<QuotePair> check(const AlignedDocument& document);
  // After check(document): the pairs of the beads holding English sentence
  // `line`, whose text has changed since (a divergence planted by an
  // evaluation), the rest of the document as checked.
  std::vector<QuotePair> recheck(const AlignedDocument& document, std::size_t line);

 private:
  // The pairs of every bead, or of the beads holding English sentence
  // `line`.
  std::vector<QuotePair> check_beads(const AlignedDocument& document, std::optional<std::size_t> line);
  // Pairs a bead's quotes, checks each pair, and names the speaker.
  void check_bead(const align::Bead& bead, BeadSide ru, BeadSide en, std::vector<QuotePair>& pairs);
  // Checks the k-th quotes of the two sides.
  void check_pair(QuotePair& pair, const BeadSide& ru, const BeadSide& en, std::size_t k);
  // Numbers and names of the pair's quotes (one may be empty) against the
  // other side's quote and sentences.
  void check_facts(QuotePair& pair, const std::string& ru_context, const std::string& en_context);
  void check_attribution(QuotePair& pair, const std::string& ru_outside, const std::string& en_outside);
  // The names of each text the names table finds no counterpart for in the
  // other (of the sides `leftovers` asks for).
  UnmatchedNames unmatched_names(const std::string& russian, const std::string& english,
                                 Leftovers leftovers = Leftovers::kBoth);
  // The words of the names the two quotes share, for the coverage check.
  PairedNames paired_names(const std::string& russian, const std::string& english);

  DocumentAligner& aligner_;
  Featurizer featurizer_;
  BilingualLexicon learned_;  // from the document being checked
  DocumentQuotes ru_quotes_, en_quotes_;  // of the document being checked
  NameTableBuilder names_;
  PolarityList polarity_;
  LemmaFunction russian_lemmas_, english_lemmas_;
  TranslationLookup translations_;  // the aligner's lexicon
  double length_ratio_ = 1.1;
};

}  // namespace sverka
