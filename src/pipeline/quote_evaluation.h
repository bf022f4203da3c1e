// Recall and false-flag rate of the quote check on a set laid out as
// ../shared/data/quotes/wmt22-news-ruen: line-parallel <doc>.ru / <doc>.en
// and cases.jsonl, one labelled English line per record.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/document_aligner.h"

namespace sverka {

// Found over total, summed over the types of a (found, total) table.
double overall_share(const std::map<std::string, std::pair<int, int>>& by_type);

struct QuoteEvaluation {
  std::map<std::string, std::pair<int, int>> divergent_by_type;  // type → (flagged, total)
  int faithful = 0, faithful_flagged = 0;
  std::map<std::string, int> false_flags_by_check;  // what fired on faithful lines
  std::vector<std::string> misses;                  // for inspection: doc:line type
  double recall() const { return overall_share(divergent_by_type); }
  double false_flag_rate() const { return faithful ? static_cast<double>(faithful_flagged) / faithful : 0; }
};

QuoteEvaluation evaluate_quotes(const std::string& folder, DocumentAligner& aligner, const std::string& lexicon_dir);

}  // namespace sverka
