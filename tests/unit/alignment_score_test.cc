#include "formats/alignment_score.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("identical alignments score 1") {
  const auto gold = parse_beads("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n", "g");
  const ScoreCounts counts = score_alignment(gold, gold);
  CHECK(strict_figures(counts).f1 == Approx(1.0));
  CHECK(lax_figures(counts).f1 == Approx(1.0));
}

TEST_CASE("strict and lax figures follow Vecalign's definition") {
  // Gold: 0-0, 1+2 - 1, 3 - nothing. Predicted: 0-0, 1-1, 2-[], 3-2.
  const auto gold = parse_beads("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n", "g");
  const auto predicted = parse_beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n", "p");
  const ScoreCounts counts = score_alignment(gold, predicted);
  // Precision over 4 predicted: strict 1 ([0]:[0]); lax adds [1]:[1] (shares
  // line 1 and target 1 with gold [1, 2]:[1]); [2]:[] and [3]:[2] match nothing.
  CHECK(strict_figures(counts).precision == Approx(0.25));
  CHECK(lax_figures(counts).precision == Approx(0.5));
  // Recall over the 2 two-sided gold beads against the 3 two-sided predictions.
  CHECK(strict_figures(counts).recall == Approx(0.5));
  CHECK(lax_figures(counts).recall == Approx(1.0));
}

TEST_CASE("counts add up over documents (micro-averaging)") {
  const auto gold = parse_beads("[0]:[0]\n", "g");
  const auto wrong = parse_beads("[0]:[]\n[]:[0]\n", "p");
  ScoreCounts total = score_alignment(gold, gold);
  total.add(score_alignment(gold, wrong));
  CHECK(strict_figures(total).precision == Approx(1.0 / 3));
  CHECK(strict_figures(total).recall == Approx(0.5));
}
