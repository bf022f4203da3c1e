// Strict and lax precision, recall and F1 of predicted beads against gold,
// as Vecalign's score.py computes them (Sennrich and Volk 2011):
// strict counts identical beads; lax also counts a predicted bead that
// shares a source line and a target line with one gold bead. Recall drops
// beads with an empty side from both lists first. Counts add up over
// documents, so a set's figure is micro-averaged.
#pragma once

#include <vector>

#include "formats/bead_text.h"

namespace sverka {

struct ScoreCounts {
  double strict_matched_predicted = 0, lax_matched_predicted = 0, predicted = 0;
  double strict_matched_gold = 0, lax_matched_gold = 0, gold = 0;

  void add(const ScoreCounts& other);
};

struct PrecisionRecall {
  double precision = 0, recall = 0, f1 = 0;
};

ScoreCounts score_alignment(const std::vector<BeadLines>& gold, const std::vector<BeadLines>& predicted);
PrecisionRecall strict_figures(const ScoreCounts& counts);
PrecisionRecall lax_figures(const ScoreCounts& counts);

}  // namespace sverka
