#include "formats/alignment_score.h"

#include <algorithm>
#include <set>

namespace sverka {
namespace {

bool shares_line(const std::vector<int>& a, const std::vector<int>& b) {
  for (const int x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

// Of `test` beads, how many are in `reference` exactly, and how many at
// least laxly (sharing a line on both sides with one reference bead).
void count_matches(const std::vector<BeadLines>& test, const std::vector<BeadLines>& reference,
                   double* strict, double* lax) {
  std::set<std::pair<std::vector<int>, std::vector<int>>> exact;
  for (const BeadLines& bead : reference) exact.insert({bead.source, bead.target});
  for (const BeadLines& bead : test) {
    if (exact.count({bead.source, bead.target})) {
      ++*strict;
      ++*lax;
      continue;
    }
    for (const BeadLines& other : reference) {
      if (shares_line(bead.source, other.source) && shares_line(bead.target, other.target)) {
        ++*lax;
        break;
      }
    }
  }
}

std::vector<BeadLines> two_sided(const std::vector<BeadLines>& beads) {
  std::vector<BeadLines> kept;
  for (const BeadLines& bead : beads) {
    if (!bead.source.empty() && !bead.target.empty()) kept.push_back(bead);
  }
  return kept;
}

PrecisionRecall figures(double matched_predicted, double predicted, double matched_gold, double gold) {
  PrecisionRecall result;
  result.precision = predicted > 0 ? matched_predicted / predicted : 0;
  result.recall = gold > 0 ? matched_gold / gold : 0;
  const double sum = result.precision + result.recall;
  result.f1 = sum > 0 ? 2 * result.precision * result.recall / sum : 0;
  return result;
}

}  // namespace

void ScoreCounts::add(const ScoreCounts& other) {
  strict_matched_predicted += other.strict_matched_predicted;
  lax_matched_predicted += other.lax_matched_predicted;
  predicted += other.predicted;
  strict_matched_gold += other.strict_matched_gold;
  lax_matched_gold += other.lax_matched_gold;
  gold += other.gold;
}

ScoreCounts score_alignment(const std::vector<BeadLines>& gold, const std::vector<BeadLines>& predicted) {
  ScoreCounts counts;
  counts.predicted = static_cast<double>(predicted.size());
  count_matches(predicted, gold, &counts.strict_matched_predicted, &counts.lax_matched_predicted);
  const std::vector<BeadLines> gold_two = two_sided(gold);
  const std::vector<BeadLines> predicted_two = two_sided(predicted);
  counts.gold = static_cast<double>(gold_two.size());
  count_matches(gold_two, predicted_two, &counts.strict_matched_gold, &counts.lax_matched_gold);
  return counts;
}

PrecisionRecall strict_figures(const ScoreCounts& c) {
  return figures(c.strict_matched_predicted, c.predicted, c.strict_matched_gold, c.gold);
}

PrecisionRecall lax_figures(const ScoreCounts& c) {
  return figures(c.lax_matched_predicted, c.predicted, c.lax_matched_gold, c.gold);
}

}  // namespace sverka
