#include "pipeline/featurizer.h"

#include <catch2/catch.hpp>

#include "align/pair_match.h"
#include "test_paths.h"

using namespace sverka;

TEST_CASE("dictionary words, numbers and names match across languages") {
  LanguageResources russian("ru", testing::paths());
  LanguageResources english("en", testing::paths());
  const BilingualLexicon lexicon = load_or_build_lexicon("ru", "en", testing::paths());
  Featurizer featurizer(russian, english, lexicon);
  const auto doc = featurizer.featurize({{"Песков сообщил о 11 раненых в Аль-Бабе.", 0, true}},
                                        {{"Peskov reported 11 wounded in al-Bab.", 0, true}});
  REQUIRE(doc.source.size() == 1);
  const auto match = align::match_pair(doc.source[0], doc.target[0]);
  // Песков ↔ Peskov (name), сообщил ↔ reported (lexicon), 11, раненых ↔ wounded.
  INFO("source bits " << match.source_bits);
  CHECK(__builtin_popcountll(match.source_bits) >= 4);
  CHECK(doc.source[0].content_tokens == 5);  // "о" and "в" are function words
  CHECK(doc.source[0].number_bits == 0b100);   // 11, the third content token
  CHECK(doc.target[0].number_bits == 0b100);
  CHECK(number_key("10 000") == "10000");
}

TEST_CASE("sentences carry the turns of dialogue they open") {
  LanguageResources russian("ru", testing::paths());
  LanguageResources english("en", testing::paths());
  const BilingualLexicon lexicon = BilingualLexicon::from_pairs({});
  Featurizer featurizer(russian, english, lexicon);
  const auto doc = featurizer.featurize({{"-- Да, -- сказал он. -- Пойдем.", 0, true}, {"Он молчал.", 0, false}},
                                        {{"'Yes,' he said.", 0, true}, {"'Let us go.'", 0, false}});
  CHECK(doc.source[0].opens_turn);
  CHECK(doc.source[0].turns == 2);
  CHECK_FALSE(doc.source[1].opens_turn);
  CHECK(doc.source[1].turns == 0);
  CHECK(doc.target[0].turns == 1);
  CHECK(doc.target[1].turns == 1);
}

TEST_CASE("a translator's bracketed gloss is no evidence, unless the original uses brackets too") {
  LanguageResources russian("ru", testing::paths());
  LanguageResources english("en", testing::paths());
  const BilingualLexicon lexicon = BilingualLexicon::from_pairs({});
  Featurizer featurizer(russian, english, lexicon);
  const std::vector<Sentence> english_side = {{"Tres gentil, [Very nice indeed.] she added.", 0, true},
                                              {"[It is a thing that is done.]", 0, false}};
  const auto glossed =
      featurizer.featurize({{"Tres gentil, -- сказала она.", 0, true}, {"Да.", 0, false}}, english_side);
  CHECK(glossed.target[0].content_tokens == 3);  // tres, gentil, added
  CHECK(glossed.target[0].length == std::string("Tres gentil, she added.").size());
  CHECK(glossed.target[1].length == 0);
  CHECK(glossed.target[1].content_tokens == 0);
  const auto both = featurizer.featurize({{"Его [Саакашвили] статус.", 0, true}, {"Да.", 0, false}}, english_side);
  CHECK(both.target[1].content_tokens > 0);
}
