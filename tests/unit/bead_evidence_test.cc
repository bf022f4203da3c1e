#include "align/bead_evidence.h"

#include <catch2/catch.hpp>

#include "align/token_weights.h"
#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("a bead's turn difference counts the turns of all its sentences") {
  // Source 2 opens two turns ("-- Да, -- сказал он. -- Пойдем."); the
  // target splits them over sentences 2 and 3.
  align::DocumentFeatures doc = testing::parallel_document(5);
  doc.source[2].turns = 2;
  doc.target[2].turns = 1;
  doc.target[3].turns = 1;
  align::weigh_tokens(doc, align::LexicalRates{0.6, 0.02});
  const auto match = [&](std::uint32_t s, std::uint32_t t) { return align::match_pair(doc.source[s], doc.target[t]); };
  CHECK(align::gather_evidence(doc, 2, 1, 2, 1, match).turn_difference == 1);
  CHECK(align::gather_evidence(doc, 2, 1, 2, 2, match).turn_difference == 0);
  CHECK(align::gather_evidence(doc, 2, 2, 2, 1, match).turn_difference == 1);
  CHECK(align::gather_evidence(doc, 1, 1, 1, 1, match).turn_difference == 0);
}
