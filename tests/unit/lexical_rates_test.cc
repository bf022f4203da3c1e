#include "align/lexical_rates.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("rates measured on a parallel document separate pairs from non-pairs") {
  const align::DocumentFeatures doc = testing::parallel_document(100);
  const align::LexicalRates rates = align::estimate_rates(doc);
  CHECK(rates.parallel > 0.9);
  CHECK(rates.random <= 0.01);
}
