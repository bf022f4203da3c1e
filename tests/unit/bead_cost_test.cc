#include "align/bead_cost.h"

#include <catch2/catch.hpp>

using namespace sverka::align;

namespace {
BeadEvidence evidence(int source_sentences, int target_sentences, int matched_each, int content_each,
                      double source_length, double target_length) {
  BeadEvidence e;
  e.source_sentences = source_sentences;
  e.target_sentences = target_sentences;
  e.source_matched = e.target_matched = matched_each;
  e.source_content = e.target_content = content_each;
  e.source_length = source_length;
  e.target_length = target_length;
  return e;
}
const BeadCost& model() {
  static const BeadCost cost(LengthModel(1.0, 6.8), LexicalRates{0.5, 0.05}, CostWeights{});
  return cost;
}
}  // namespace

TEST_CASE("matched tokens lower the cost, unmatched ones raise it") {
  const double good = model().cost(0, evidence(1, 1, 8, 10, 80, 80));
  const double poor = model().cost(0, evidence(1, 1, 1, 10, 80, 80));
  CHECK(good < poor);
  CHECK(model().lexical_evidence(evidence(1, 1, 8, 10, 80, 80)) > 0);
  CHECK(model().lexical_evidence(evidence(1, 1, 0, 10, 80, 80)) < 0);
}

TEST_CASE("a length mismatch raises the cost") {
  CHECK(model().cost(0, evidence(1, 1, 5, 10, 80, 80)) < model().cost(0, evidence(1, 1, 5, 10, 80, 160)));
}

TEST_CASE("facing more sentences makes a match worth less") {
  // Same counts, but in a 1-3 bead each source token had three chances.
  const double one_to_one = model().lexical_evidence(evidence(1, 1, 5, 10, 80, 80));
  const double one_to_three = model().lexical_evidence(evidence(1, 3, 5, 10, 80, 80));
  CHECK(one_to_three < one_to_one);
}

TEST_CASE("skips cost the flat skip cost and have no confidence") {
  const CostWeights weights;
  CHECK(model().cost(1, evidence(1, 0, 0, 10, 80, 0)) == Approx(weights.skip_cost));
  CHECK(model().confidence(2, evidence(0, 1, 0, 10, 0, 80)) == 0);
}

TEST_CASE("confidence is high for a well-matched pair and in [0, 1]") {
  const double high = model().confidence(0, evidence(1, 1, 6, 10, 80, 82));
  const double low = model().confidence(0, evidence(1, 1, 0, 10, 80, 200));
  CHECK(high > 0.9);
  CHECK(high <= 1.0);
  CHECK(low < 0.2);
}
