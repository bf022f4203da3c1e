#include "pipeline/name_evaluation.h"

#include <cstdio>
#include <unordered_map>
#include <vector>

#include "names/name_similarity.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/tsv_rows.h"

namespace sverka {
namespace {

// Rows of a TSV file with at least `columns` fields; the header row of
// names.tsv ("id ru form") is skipped.
std::vector<std::vector<std::string>> read_rows(const std::string& path, std::size_t columns) {
  std::vector<std::vector<std::string>> rows;
  for_each_tsv_row(read_text_file(path), path, columns, std::to_string(columns) + " tab-separated fields",
                   [&](const std::vector<std::string>& fields, std::uint64_t line_number) {
                     if (line_number == 1 && fields[0] == "id") return;
                     rows.push_back(fields);
                   });
  return rows;
}

// A score as the listing prints it.
std::string three_places(double score) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", score);
  return text;
}

}  // namespace

double NameAccuracy::oblique() const {
  std::size_t all = 0, right = 0;
  for (const auto& [form, counts] : by_form) {
    if (form == "nom") continue;
    right += counts.first;
    all += counts.second;
  }
  return all ? static_cast<double>(right) / static_cast<double>(all) : 0;
}

NameAccuracy evaluate_names(const std::string& folder) {
  std::unordered_map<std::string, std::vector<std::string>> candidates;
  for (auto& row : read_rows(folder + "/candidates.tsv", 2)) candidates[row[0]].push_back(row[1]);
  std::unordered_map<std::string, std::string> answers;
  for (auto& row : read_rows(folder + "/answers.tsv", 2)) answers[row[0]] = row[1];
  NameMatcher matcher;
  NameAccuracy accuracy;
  for (const auto& row : read_rows(folder + "/names.tsv", 3)) {
    const auto answer = answers.find(row[0]);
    const auto options = candidates.find(row[0]);
    if (answer == answers.end() || options == candidates.end()) continue;
    double best = -1;
    std::string chosen;
    for (const std::string& latin : options->second) {
      const double score = matcher.similarity(row[1], latin);
      if (score > best) {
        best = score;
        chosen = latin;
      }
    }
    const bool right = chosen == answer->second;
    ++accuracy.total;
    accuracy.correct += right;
    auto& form = accuracy.by_form[row[2]];
    form.first += right;
    ++form.second;
    if (!right) {
      accuracy.misses.push_back(row[1] + " " + row[2] + ": " + answer->second + " (" +
                                three_places(matcher.similarity(row[1], answer->second)) + ") against " + chosen +
                                " (" + three_places(best) + ")");
    }
  }
  return accuracy;
}

}  // namespace sverka
