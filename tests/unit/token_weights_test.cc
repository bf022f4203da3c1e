#include "align/token_weights.h"

#include <catch2/catch.hpp>

#include "align/bead_evidence.h"
#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("a match on a rare word weighs more than one on a word every sentence has") {
  align::DocumentFeatures doc = testing::parallel_document(40);
  // Word 7 ("said") is in every sentence on both sides.
  for (auto* side : {&doc.source, &doc.target}) {
    for (auto& sentence : *side) {
      sentence.keys.push_back({7, sentence.content_tokens});
      sentence.words.push_back(7);
      ++sentence.content_tokens;
      align::sort_keys(sentence);
    }
  }
  align::weigh_tokens(doc, align::LexicalRates{0.6, 0.02});
  const auto& weights = doc.source[3].weights;
  const float rare = weights.delta[0][0];
  const float common = weights.delta[5][0];
  CHECK(rare > 2.0f);
  CHECK(common < rare / 5);  // nearly uninformative
  CHECK(weights.base[0] < 0);
}

TEST_CASE("matching tokens give a translated pair a positive score and an unrelated pair a negative one") {
  align::DocumentFeatures doc = testing::parallel_document(40);
  align::weigh_tokens(doc, align::LexicalRates{0.6, 0.02});
  const auto match = [&](std::uint32_t s, std::uint32_t t) { return align::match_pair(doc.source[s], doc.target[t]); };
  CHECK(align::gather_evidence(doc, 5, 1, 5, 1, match).lexical > 10);
  CHECK(align::gather_evidence(doc, 5, 1, 6, 1, match).lexical < 0);
}

TEST_CASE("a number weighs by the numbers' own parallel rate") {
  // Source 5's token 0 is a number: at a parallel rate of .9 its match
  // gains more and its loss costs more than a word's at .4.
  align::DocumentFeatures doc = testing::parallel_document(40);
  doc.source[5].number_bits = 1;
  align::LexicalRates rates{0.4, 0.02};
  rates.number_parallel = 0.9;
  align::weigh_tokens(doc, rates);
  const auto& weights = doc.source[5].weights;
  CHECK(weights.delta[0][0] > weights.delta[1][0] + 1);
  align::DocumentFeatures words = testing::parallel_document(40);
  align::weigh_tokens(words, rates);
  CHECK(weights.base[0] < words.source[5].weights.base[0] - 1);
}

TEST_CASE("a token nothing could match weighs nothing") {
  align::DocumentFeatures doc = testing::parallel_document(10);
  doc.source[0] = testing::sentence(40, {999999});
  align::weigh_tokens(doc, align::LexicalRates{0.6, 0.02});
  CHECK(doc.source[0].weights.base[0] == 0);
}

TEST_CASE("an empty sentence in a bead is no chance of a random match") {
  // Target 6 was all gloss and came out empty: pairing it with source 5
  // beside target 5 leaves the evidence as it was; a real sentence there
  // dilutes it (each match could have been chance in either).
  align::DocumentFeatures doc = testing::parallel_document(40);
  doc.target.insert(doc.target.begin() + 6, testing::sentence(0, {}));
  align::weigh_tokens(doc, align::LexicalRates{0.6, 0.02});
  const auto match = [&](std::uint32_t s, std::uint32_t t) { return align::match_pair(doc.source[s], doc.target[t]); };
  const double alone = align::gather_evidence(doc, 5, 1, 5, 1, match).lexical;
  CHECK(align::gather_evidence(doc, 5, 1, 5, 2, match).lexical == Approx(alone));
  CHECK(align::gather_evidence(doc, 4, 1, 4, 2, match).lexical < alone - 1);
}
