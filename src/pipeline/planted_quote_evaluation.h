// The quote check on divergences planted in faithful translations
// (quotes/divergence_planter.h): a folder of documents, <doc>.ru and
// <doc>.en one sentence per line with their gold beads <doc>.gold (the
// alignment sets of ../shared/data), is checked as it is; then, for each
// English line with a quote and a Russian counterpart in the gold, each
// divergence is planted in turn and the line checked again. A divergence is
// found when the changed line has more findings than it had unaltered; the
// unaltered quoted lines with a finding are the false flags.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/document_aligner.h"
#include "pipeline/quote_evaluation.h"

namespace sverka {

struct PlantedQuoteEvaluation {
  std::map<std::string, std::pair<int, int>> found_by_type;  // type → (found, planted)
  int quoted_lines = 0, quoted_lines_flagged = 0;             // unaltered
  std::vector<std::string> misses;       // for inspection: doc:line type 'before' → 'after'
  std::vector<std::string> false_flags;  // and doc:line [type: explanation] of unaltered lines
  double recall() const { return overall_share(found_by_type); }
  double unaltered_flag_rate() const {
    return quoted_lines ? static_cast<double>(quoted_lines_flagged) / quoted_lines : 0;
  }
};

PlantedQuoteEvaluation evaluate_planted_quotes(const std::string& folder, DocumentAligner& aligner,
                                               const std::string& lexicon_dir);

}  // namespace sverka
