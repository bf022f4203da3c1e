#include "pipeline/quote_evaluation.h"

#include <set>

#include "quotes/quote_checker.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/json_line.h"

namespace sverka {
namespace {

AlignedDocument line_parallel(const std::string& ru, const std::string& en) {
  AlignedDocument document;
  document.source = sentences_from_lines(ru);
  document.target = sentences_from_lines(en);
  const auto n = static_cast<std::uint32_t>(std::min(document.source.size(), document.target.size()));
  for (std::uint32_t i = 0; i < n; ++i) document.alignment.push_back({i, 1, i, 1, 1});
  return document;
}

}  // namespace

double overall_share(const std::map<std::string, std::pair<int, int>>& by_type) {
  int found = 0, total = 0;
  for (const auto& [type, counts] : by_type) {
    found += counts.first;
    total += counts.second;
  }
  return total ? static_cast<double>(found) / total : 0;
}

QuoteEvaluation evaluate_quotes(const std::string& folder, DocumentAligner& aligner, const std::string& lexicon_dir) {
  QuoteChecker checker(aligner, lexicon_dir);
  std::map<std::string, std::map<std::size_t, std::vector<std::string>>> flags_by_doc;  // doc → en line → types
  std::map<std::string, std::map<std::size_t, std::string>> explanations;
  QuoteEvaluation result;
  const std::string cases_path = folder + "/cases.jsonl";
  std::uint64_t line_number = 0;
  for (const std::string& line : split_lines(read_text_file(cases_path))) {
    ++line_number;
    if (line.empty()) continue;
    const auto fields = parse_flat_json(line, cases_path, line_number);
    const std::string doc = fields.count("doc") ? fields.at("doc") : "";
    if (doc.empty() || !fields.count("en_line") || !fields.count("label")) {
      throw InputError(Location::at_line(cases_path, line_number), "expected doc, en_line and label");
    }
    if (!flags_by_doc.count(doc)) {
      auto& lines = flags_by_doc[doc];
      const std::string ru = read_text_file(folder + "/" + doc + ".ru");
      const std::string en = read_text_file(folder + "/" + doc + ".en");
      // The lines are parallel by construction; the aligner runs only for
      // the word translations it learns from the document.
      AlignedDocument document = line_parallel(ru, en);
      document.learned = aligner.align_lines(ru, en).learned;
      for (const QuotePair& pair : checker.check(document)) {
        for (const QuoteFlag& flag : pair.flags) {
          lines[pair.en_line].push_back(flag.type);
          explanations[doc][pair.en_line] += " [" + flag.type + ": " + flag.explanation + "]";
        }
      }
    }
    const std::string& en_field = fields.at("en_line");
    if (en_field.empty() || en_field.size() > 9 || en_field.find_first_not_of("0123456789") != std::string::npos) {
      throw InputError(Location::at_line(cases_path, line_number), "en_line is not a line number: '" + en_field + "'");
    }
    const std::size_t en_line = std::stoul(en_field);
    const auto& lines = flags_by_doc[doc];
    const auto found = lines.find(en_line);
    const bool flagged = found != lines.end() && !found->second.empty();
    if (fields.at("label") == "divergent") {
      auto& counts = result.divergent_by_type[fields.count("type") ? fields.at("type") : "?"];
      counts.first += flagged;
      ++counts.second;
      if (!flagged) result.misses.push_back(doc + ":" + std::to_string(en_line) + " " + fields.at("type"));
    } else {
      ++result.faithful;
      if (flagged) {
        ++result.faithful_flagged;
        for (const std::string& type : found->second) ++result.false_flags_by_check[type];
        result.misses.push_back(doc + ":" + std::to_string(en_line) + " faithful flagged" + explanations[doc][en_line]);
      }
    }
  }
  return result;
}

}  // namespace sverka
