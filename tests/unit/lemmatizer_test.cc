#include "lexicon/lemmatizer.h"

#include <catch2/catch.hpp>

#include "test_paths.h"

using namespace sverka;

TEST_CASE("Hunspell gives dictionary forms") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  Lemmatizer english("en", testing::paths().hunspell);
  REQUIRE(russian.has_dictionary());
  const auto& forms = russian.lemmas("военнослужащих");
  CHECK(std::find(forms.begin(), forms.end(), "военнослужащий") != forms.end());
  CHECK(english.lemmas("strikes").front() == "strike");
  CHECK(russian.is_common_word("министерство"));
  CHECK_FALSE(russian.is_common_word("израиля"));
}

TEST_CASE("unknown words fall back to the suffix stemmer") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const auto& forms = russian.lemmas("эрдоганом");
  CHECK(forms == std::vector<std::string>{"эрдоганом", "эрдоган"});
}
