// Pairs the quoted statements of an aligned document and checks each pair.
//
// Quotes are found per sentence on each side (quote_spans.h) and paired
// inside each aligned bead, in order, or by shared words when the two sides
// quote a different number of times. Each pair gets the checks of this
// folder: numbers, negation, reversed meaning, names, omitted or added
// content; each bead with a quote also has its speaker checked. A quote on
// one side only is reported too: direct speech made indirect, or invented.
#pragma once

#include <string>
#include <vector>

#include "align/bead.h"
#include "names/name_table.h"
#include "pipeline/document_aligner.h"
#include "pipeline/featurizer.h"
#include "quotes/coverage_check.h"
#include "quotes/polarity_check.h"
#include "quotes/prefix_negation.h"
#include "quotes/quote_finding.h"

namespace sverka {

class QuoteChecker {
 public:
  // Uses the aligner's languages and lexicon; lexicons/ for the name
  // conventions and the polarity list.
  QuoteChecker(DocumentAligner& aligner, const std::string& lexicon_dir);

  std::vector<QuotePair> check(const AlignedDocument& document);

 private:
  void check_pair(QuotePair& pair, const std::string& ru_context, const std::string& en_context);
  void check_attribution(QuotePair& pair, const std::string& ru_outside, const std::string& en_outside);
  std::vector<std::string> unmatched_names(const std::string& russian, const std::string& english, bool russian_side);

  DocumentAligner& aligner_;
  Featurizer featurizer_;
  BilingualLexicon learned_;  // from the document being checked
  NameTableBuilder names_;
  PolarityList polarity_;
  LemmaFunction russian_lemmas_, english_lemmas_;
  TranslationLookup translations_;  // the aligner's lexicon
  double length_ratio_ = 1.1;
};

}  // namespace sverka
