#include "pipeline/planted_quote_evaluation.h"

#include <map>

#include "formats/bead_text.h"
#include "pipeline/evaluation.h"
#include "quotes/divergence_planter.h"
#include "quotes/quote_checker.h"
#include "text/text_reader.h"

namespace sverka {
namespace {

// The number of findings on each English line of some quote pairs.
std::map<std::size_t, std::size_t> findings_by_line(const std::vector<QuotePair>& pairs) {
  std::map<std::size_t, std::size_t> lines;
  for (const QuotePair& pair : pairs) lines[pair.en_line] += pair.flags.size();
  return lines;
}

// The gold beads as the checker's alignment (the check, not the aligner,
// is measured), and the English lines that have a Russian counterpart.
// Gold beads of ../shared/data are contiguous runs of lines.
std::vector<bool> use_gold(AlignedDocument& document, const std::string& gold_path) {
  std::vector<bool> paired(document.target.size(), false);
  document.alignment.clear();
  for (const BeadLines& bead : parse_beads(read_text_file(gold_path), gold_path)) {
    align::Bead span;
    span.source_begin = bead.source.empty() ? 0 : static_cast<std::uint32_t>(bead.source.front());
    span.source_count = static_cast<std::uint32_t>(bead.source.size());
    span.target_begin = bead.target.empty() ? 0 : static_cast<std::uint32_t>(bead.target.front());
    span.target_count = static_cast<std::uint32_t>(bead.target.size());
    span.score = 1;
    document.alignment.push_back(span);
    for (const int line : bead.target) {
      if (!bead.source.empty() && static_cast<std::size_t>(line) < paired.size()) paired[line] = true;
    }
  }
  return paired;
}

// What the check found on each English line, as the --verbose listing
// shows it: " [type: explanation]" for each finding.
std::map<std::size_t, std::string> explanations_by_line(const std::vector<QuotePair>& pairs) {
  std::map<std::size_t, std::string> lines;
  for (const QuotePair& pair : pairs) {
    for (const QuoteFlag& flag : pair.flags) lines[pair.en_line] += " [" + flag.type + ": " + flag.explanation + "]";
  }
  return lines;
}

std::size_t findings_on(const std::map<std::size_t, std::size_t>& lines, std::size_t line) {
  const auto found = lines.find(line);
  return found == lines.end() ? 0 : found->second;
}

}  // namespace

PlantedQuoteEvaluation evaluate_planted_quotes(const std::string& folder, DocumentAligner& aligner,
                                               const std::string& lexicon_dir) {
  QuoteChecker checker(aligner, lexicon_dir);
  PlantedQuoteEvaluation result;
  std::size_t variant = 0;
  for (const std::string& name : list_gold_documents(folder)) {
    // The aligner runs for the word translations it learns from the
    // document; the gold alignment serves every planted version.
    AlignedDocument document =
        aligner.align_lines(read_text_file(folder + "/" + name + ".ru"), read_text_file(folder + "/" + name + ".en"));
    const std::vector<bool> paired = use_gold(document, folder + "/" + name + ".gold");
    const std::vector<QuotePair> checked = checker.check(document);
    const std::map<std::size_t, std::size_t> unaltered = findings_by_line(checked);
    const std::map<std::size_t, std::string> explanations = explanations_by_line(checked);
    const QuoteStyle style = quote_style_of(document.target);
    for (std::size_t line = 0; line < document.target.size(); ++line) {
      if (!paired[line]) continue;  // an English line the Russian lacks has nothing to compare
      const std::string original = document.target[line].text;
      const std::vector<PlantedDivergence> planted = plant_divergences(original, variant++, style);
      if (planted.empty()) continue;
      ++result.quoted_lines;
      const std::size_t before = findings_on(unaltered, line);
      if (before > 0) {
        ++result.quoted_lines_flagged;
        result.false_flags.push_back(name + ":" + std::to_string(line) + " unaltered flagged" + explanations.at(line));
      }
      for (const PlantedDivergence& divergence : planted) {
        document.target[line].text = divergence.line;
        auto& counts = result.found_by_type[divergence.type];
        // Found: the line has a finding it did not have unaltered.
        const bool found = findings_on(findings_by_line(checker.recheck(document, line)), line) > before;
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
