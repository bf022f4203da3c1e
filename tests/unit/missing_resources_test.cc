#include "pipeline/missing_resources.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "test_paths.h"

using namespace sverka;
using Catch::Matchers::Contains;

TEST_CASE("with Debian's dictionaries installed nothing is missing") {
  CHECK(missing_resources("ru", "en", testing::paths()).empty());
}

TEST_CASE("each missing dictionary is named with the package that installs it") {
  Paths paths = testing::paths();
  const auto empty = testing::scratch_folder("missing_resources");
  paths.dictd = empty.string();
  paths.hunspell = empty.string();
  const std::vector<std::string> missing = missing_resources("ru", "en", paths);
  REQUIRE(missing.size() == 3);
  CHECK_THAT(missing[0], Contains("no ru-en dictionary in " + empty.string()) && Contains("mueller7-dict") &&
                             Contains("dict-freedict-eng-rus"));
  // The curated list still translates some words, and the note says so.
  CHECK_THAT(missing[0], Contains("lexicon.ru-en.tsv"));
  CHECK_THAT(missing[1], Contains("'ru'") && Contains("ru_RU.aff") && Contains("hunspell-ru"));
  CHECK_THAT(missing[2], Contains("'en'") && Contains("hunspell-en-us"));
}

TEST_CASE("one language's Hunspell dictionary is missing or not") {
  CHECK_FALSE(missing_hunspell("ru", testing::paths()).has_value());
  Paths paths = testing::paths();
  paths.hunspell = testing::scratch_folder("missing_hunspell").string();
  const auto missing = missing_hunspell("ru", paths);
  REQUIRE(missing.has_value());
  CHECK_THAT(*missing, Contains("hunspell-ru"));
}

TEST_CASE("a pair sverka has no data for hears that of each part") {
  Paths paths = testing::paths();
  paths.lexicons = testing::scratch_folder("missing_resources_lexicons").string();
  const std::vector<std::string> missing = missing_resources("xx", "yy", paths);
  REQUIRE(missing.size() == 3);
  CHECK_THAT(missing[0], Contains("dict-freedict-xx-yy or dict-freedict-yy-xx") &&
                             Contains("only by the word pairs learned from the text"));
  CHECK_THAT(missing[1], Contains("knows no Hunspell dictionary for 'xx'"));
  CHECK_THAT(missing[2], Contains("knows no Hunspell dictionary for 'yy'"));
}
