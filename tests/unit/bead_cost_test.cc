#include "align/bead_cost.h"

#include <catch2/catch.hpp>

using namespace sverka::align;

namespace {
BeadEvidence evidence(double lexical, int matched_each, int content_each, double source_length,
                      double target_length) {
  BeadEvidence e;
  e.source_matched = e.target_matched = matched_each;
  e.source_content = e.target_content = content_each;
  e.source_length = source_length;
  e.target_length = target_length;
  e.lexical = lexical;
  return e;
}
const BeadCost& model() {
  static const BeadCost cost(LengthModel(1.0, 6.8), LexicalRates{0.5, 0.05}, CostWeights{});
  return cost;
}
}  // namespace

TEST_CASE("lexical evidence lowers the cost") {
  CHECK(model().cost(0, evidence(8, 8, 10, 80, 80)) < model().cost(0, evidence(-3, 1, 10, 80, 80)));
}

TEST_CASE("a length mismatch raises the cost") {
  CHECK(model().cost(0, evidence(2, 5, 10, 80, 80)) < model().cost(0, evidence(2, 5, 10, 80, 160)));
}

TEST_CASE("merged shapes pay their prior") {
  const CostWeights weights;
  CHECK(model().cost(3, evidence(0, 5, 10, 80, 80)) - model().cost(0, evidence(0, 5, 10, 80, 80)) ==
        Approx(weights.shape_cost[3]));
}

TEST_CASE("skips cost the flat skip cost and have no confidence") {
  const CostWeights weights;
  CHECK(model().cost(1, evidence(0, 0, 10, 80, 0)) == Approx(weights.skip_cost));
  CHECK(model().confidence(2, evidence(0, 0, 10, 0, 80)) == 0);
}

TEST_CASE("leaving a short fragment unpaired costs more than a full sentence") {
  const CostWeights weights;
  // "Wait!" (5 characters) is likelier written inside a neighbour than dropped.
  CHECK(model().cost(2, evidence(0, 0, 1, 0, 5)) ==
        Approx(weights.skip_cost + weights.short_skip_cost * (1 - 5 / weights.short_length)));
  CHECK(model().cost(2, evidence(0, 0, 1, 0, 5)) > model().cost(2, evidence(0, 0, 10, 0, 80)));
}

TEST_CASE("a line without a content word pays only the flat skip cost") {
  const CostWeights weights;
  // "- _-" or "....." from a scanned caption: debris, not a fragment of text.
  CHECK(model().cost(2, evidence(0, 0, 0, 0, 5)) == Approx(weights.skip_cost));
}

TEST_CASE("confidence is high for a well-matched pair and in [0, 1]") {
  const double high = model().confidence(0, evidence(5, 6, 10, 80, 82));
  const double low = model().confidence(0, evidence(-5, 0, 10, 80, 200));
  CHECK(high > 0.9);
  CHECK(high <= 1.0);
  CHECK(low < 0.2);
}

TEST_CASE("a bead that begins a turn of dialogue on one side only pays the turn penalty") {
  const CostWeights weights;
  BeadEvidence mismatched = evidence(2, 5, 10, 80, 80);
  mismatched.turn_mismatch = true;
  CHECK(model().cost(0, mismatched) - model().cost(0, evidence(2, 5, 10, 80, 80)) == Approx(weights.turn_penalty));
}

TEST_CASE("each turn of dialogue one side of a bead opens and the other does not costs the turn count penalty") {
  const CostWeights weights;
  BeadEvidence uneven = evidence(2, 5, 10, 80, 80);
  uneven.turn_difference = 2;
  CHECK(model().cost(0, uneven) - model().cost(0, evidence(2, 5, 10, 80, 80)) ==
        Approx(2 * weights.turn_count_penalty));
}

TEST_CASE("a skipped sentence's turns of dialogue go unmatched and cost the turn count penalty too") {
  const CostWeights weights;
  BeadEvidence skipped = evidence(0, 0, 10, 80, 0);
  skipped.turn_difference = 1;
  CHECK(model().cost(1, skipped) - model().cost(1, evidence(0, 0, 10, 80, 0)) == Approx(weights.turn_count_penalty));
}

TEST_CASE("the bound the search prunes with is never above a bead's cost") {
  // Lexical ratios up to the ceiling, lengths fitting or not, all shapes.
  for (int shape = 0; shape < kBeadShapeCount; ++shape) {
    if (kBeadShapes[shape].source == 0 || kBeadShapes[shape].target == 0) continue;
    for (const double lexical : {-4.0, 0.0, 3.5, 8.0}) {
      for (const double target_length : {40.0, 80.0, 200.0}) {
        BeadEvidence e = evidence(lexical, 3, 10, 80, target_length);
        e.inner_paragraph_starts = 1;
        e.turn_difference = 1;
        const double fixed = model().fixed_cost(shape, 80, target_length);
        CHECK(model().prior_floor(shape) <= fixed);
        CHECK(model().bound(fixed, 8.0) <= model().cost(shape, e) + 1e-9);
        CHECK(model().paired_cost(fixed, e) == Approx(model().cost(shape, e)));
      }
    }
  }
  // A negative length weight (given on the command line) lowers the cost
  // below the prior: no floor then.
  CostWeights negative;
  negative.length_weight = -1;
  const BeadCost inverted(LengthModel(1.0, 6.8), LexicalRates{0.5, 0.05}, negative);
  CHECK(inverted.prior_floor(0) <= inverted.fixed_cost(0, 80, 200));
  // With every token matched and nothing else against it, the bound is the cost.
  CHECK(model().bound(model().fixed_cost(0, 80, 80), 8.0) == Approx(model().cost(0, evidence(8.0, 10, 10, 80, 80))));
}
