#include "align/shape_priors.h"

#include <catch2/catch.hpp>

using namespace sverka::align;

namespace {

// `one_to_one` 1-1 beads, then `two_to_two` 2-2 beads and `one_to_four` 1-4 beads.
Alignment first_pass(std::uint32_t one_to_one, std::uint32_t two_to_two, std::uint32_t one_to_four) {
  Alignment path;
  std::uint32_t s = 0, t = 0;
  const auto add = [&](std::uint32_t source, std::uint32_t target) {
    path.push_back(Bead{s, source, t, target, 0.9});
    s += source;
    t += target;
  };
  for (std::uint32_t k = 0; k < one_to_one; ++k) add(1, 1);
  for (std::uint32_t k = 0; k < two_to_two; ++k) add(2, 2);
  for (std::uint32_t k = 0; k < one_to_four; ++k) add(1, 4);
  add(1, 0);
  add(0, 1);
  return path;
}

constexpr int k11 = 0, k10 = 1, k21 = 3, k22 = 5, k31 = 6, k13 = 7, k23 = 9, k14 = 11, k33 = 12;

}  // namespace

TEST_CASE("a document that merges sentences as often as the novel keeps the default priors") {
  const CostWeights defaults;
  const CostWeights adapted = adapt_shape_priors(first_pass(1000, 30, 7), defaults);
  for (std::size_t k = 0; k < defaults.shape_cost.size(); ++k) {
    CHECK(adapted.shape_cost[k] == Approx(defaults.shape_cost[k]));
  }
}

TEST_CASE("a document with four times the novel's 2-2 and 1-4 beads makes them cheaper") {
  const CostWeights defaults;
  const CostWeights adapted = adapt_shape_priors(first_pass(1000, 120, 28), defaults);
  // Smoothed with 100 pseudo-beads: rate (120 + 3) / 1100 against .03.
  CHECK(adapted.shape_cost[k22] == Approx(defaults.shape_cost[k22] + std::log(0.03 * 1100 / 123)));
  CHECK(adapted.shape_cost[k22] < defaults.shape_cost[k22] - 1.2);
  // The whole class moves together, each by its own class's rate.
  CHECK(adapted.shape_cost[k31] == Approx(adapted.shape_cost[k22]));
  CHECK(adapted.shape_cost[k13] == Approx(adapted.shape_cost[k22]));
  CHECK(adapted.shape_cost[k14] < defaults.shape_cost[k14] - 1.2);
  CHECK(adapted.shape_cost[k23] == Approx(adapted.shape_cost[k14]));
  // 3-3, too rare to count alone, moves with the five-sentence shapes.
  CHECK(adapted.shape_cost[k33] - defaults.shape_cost[k33] ==
        Approx(adapted.shape_cost[k14] - defaults.shape_cost[k14]));
  // 1-1, 1-2/2-1 and the skips stay.
  CHECK(adapted.shape_cost[k11] == defaults.shape_cost[k11]);
  CHECK(adapted.shape_cost[k21] == defaults.shape_cost[k21]);
  CHECK(adapted.shape_cost[k10] == defaults.shape_cost[k10]);
}

TEST_CASE("a long document without larger beads makes them dearer, a short one hardly moves") {
  const CostWeights defaults;
  const CostWeights book = adapt_shape_priors(first_pass(5000, 0, 0), defaults);
  CHECK(book.shape_cost[k22] == Approx(defaults.shape_cost[k22] + std::log(5100.0 / 100)));
  const CostWeights news = adapt_shape_priors(first_pass(30, 0, 0), defaults);
  CHECK(news.shape_cost[k22] == Approx(defaults.shape_cost[k22] + std::log(130.0 / 100)));
  CHECK(news.shape_cost[k22] - defaults.shape_cost[k22] < 0.3);
}

TEST_CASE("the first pass prices every shape but 3-3 as given, and never takes a 3-3") {
  const CostWeights defaults;
  const CostWeights first = first_pass_priors(defaults);
  for (int k = 0; k < kBeadShapeCount; ++k) {
    if (k == k33) continue;
    CHECK(first.shape_cost[static_cast<std::size_t>(k)] == defaults.shape_cost[static_cast<std::size_t>(k)]);
  }
  CHECK(first.shape_cost[k33] > 1e6);
}
