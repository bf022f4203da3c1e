#include "pipeline/planted_quote_evaluation.h"

#include <map>

#include "pipeline/evaluation.h"
#include "quotes/divergence_planter.h"
#include "quotes/quote_checker.h"
#include "text/text_reader.h"

namespace sverka {
namespace {

// The number of findings on each English line of a document.
std::map<std::size_t, std::size_t> findings_by_line(QuoteChecker& checker, const AlignedDocument& document) {
  std::map<std::size_t, std::size_t> lines;
  for (const QuotePair& pair : checker.check(document)) lines[pair.en_line] += pair.flags.size();
  return lines;
}

std::size_t findings_on(const std::map<std::size_t, std::size_t>& lines, std::size_t line) {
  const auto found = lines.find(line);
  return found == lines.end() ? 0 : found->second;
}

}  // namespace

double PlantedQuoteEvaluation::recall() const {
  int found = 0, planted = 0;
  for (const auto& [type, counts] : found_by_type) {
    found += counts.first;
    planted += counts.second;
  }
  return planted ? static_cast<double>(found) / planted : 0;
}

PlantedQuoteEvaluation evaluate_planted_quotes(const std::string& folder, DocumentAligner& aligner,
                                               const std::string& lexicon_dir) {
  QuoteChecker checker(aligner, lexicon_dir);
  PlantedQuoteEvaluation result;
  std::size_t variant = 0;
  for (const std::string& name : list_gold_documents(folder)) {
    // The alignment of the unaltered text serves every planted version: a
    // changed word or clause does not move a sentence to another bead.
    AlignedDocument document =
        aligner.align_lines(read_text_file(folder + "/" + name + ".ru"), read_text_file(folder + "/" + name + ".en"));
    const std::map<std::size_t, std::size_t> unaltered = findings_by_line(checker, document);
    for (std::size_t line = 0; line < document.target.size(); ++line) {
      const std::string original = document.target[line].text;
      const std::vector<PlantedDivergence> planted = plant_divergences(original, variant++);
      if (planted.empty()) continue;
      ++result.quoted_lines;
      const std::size_t before = findings_on(unaltered, line);
      result.quoted_lines_flagged += before > 0;
      for (const PlantedDivergence& divergence : planted) {
        document.target[line].text = divergence.line;
        auto& counts = result.found_by_type[divergence.type];
        // Found: the line has a finding it did not have unaltered.
        const bool found = findings_on(findings_by_line(checker, document), line) > before;
        counts.first += found;
        if (!found) {
          result.misses.push_back(name + ":" + std::to_string(line) + " " + divergence.type + " '" +
                                  divergence.before + "' → '" + divergence.after + "'");
        }
        ++counts.second;
      }
      document.target[line].text = original;
    }
  }
  return result;
}

}  // namespace sverka
