#include "align/length_model.h"

#include <catch2/catch.hpp>
#include <cmath>

using sverka::align::LengthModel;

TEST_CASE("length fit is 1 at the expected ratio and falls away from it") {
  const LengthModel model(1.2, 6.8);
  CHECK(model.fit(100, 120) == Approx(1.0));
  CHECK(model.fit(100, 150) < model.fit(100, 130));
  CHECK(model.fit(100, 90) < 0.5);
}

TEST_CASE("the tabulated cost matches -log fit") {
  const LengthModel model(1.1, 6.8);
  for (const double target : {110.0, 125.0, 150.0, 200.0, 60.0}) {
    CHECK(model.cost(100, target) == Approx(-std::log(model.fit(100, target))).epsilon(0.01).margin(0.001));
  }
  CHECK(model.cost(10, 900) > 100);  // far tail
}

TEST_CASE("the ratio is estimated from the document") {
  std::vector<sverka::align::SentenceFeatures> source(2), target(2);
  source[0].length = 100;
  source[1].length = 100;
  target[0].length = 130;
  target[1].length = 110;
  CHECK(LengthModel::estimate(source, target).ratio() == Approx(1.2));
}
