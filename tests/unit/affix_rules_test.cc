#include "lexicon/affix_rules.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("affix rules: suffix and prefix classes, their conditions and their groups") {
  const auto rules = AffixRules::parse(
      "SET UTF-8\n"
      "TRY abc\n"
      "SFX A Y 2\n"
      "SFX A   а   ы   [^аеиоу]а\n"
      "SFX A   0   s   .\n"
      "PFX U Y 1\n"
      "PFX U   0   un  [^u]\n");
  REQUIRE(rules);
  REQUIRE(rules->rules.size() == 3);
  const AffixRule& plural = rules->rules[0];
  CHECK_FALSE(plural.prefix);
  CHECK(plural.cross);
  CHECK(plural.strip == "а");
  CHECK(plural.add == "ы");
  CHECK(plural.condition_holds("стена"));
  CHECK_FALSE(plural.condition_holds("шея"));  // ends in я, not а
  CHECK_FALSE(plural.condition_holds("оа"));   // a vowel before the а
  CHECK_FALSE(plural.condition_holds("а"));    // shorter than the condition
  const AffixRule& un = rules->rules[2];
  CHECK(un.prefix);
  CHECK(un.condition_holds("tie"));
  CHECK_FALSE(un.condition_holds("use"));  // the condition is on the root's start
  CHECK(rules->longest_suffix == std::string("ы").size());
  CHECK(rules->longest_prefix == 2);
  REQUIRE(rules->suffix_groups("ы") != nullptr);
  CHECK(rules->suffix_groups("ы")->front().strip == "а");
  CHECK(rules->suffix_groups("s")->front().rules == std::vector<std::size_t>{1});
  REQUIRE(rules->prefix_groups("un") != nullptr);
  CHECK(rules->suffix_groups("un") == nullptr);
  CHECK(rules->compound_min == 3);  // Hunspell's default
}

TEST_CASE("affix rules: a group lists its rules written last first") {
  const auto rules = AffixRules::parse("SET UTF-8\nSFX A Y 1\nSFX A 0 s .\nSFX B Y 1\nSFX B 0 s [^s]\n");
  REQUIRE(rules);
  REQUIRE(rules->suffix_groups("s")->size() == 1);
  CHECK(rules->suffix_groups("s")->front().rules == std::vector<std::size_t>{1, 0});
}

TEST_CASE("affix rules: input conversions, compound rules and the compound-only flag") {
  const auto rules = AffixRules::parse(
      "SET UTF-8\nICONV 1\nICONV ’ '\nONLYINCOMPOUND c\nCOMPOUNDMIN 1\nCOMPOUNDRULE 2\nCOMPOUNDRULE n*1t\n"
      "COMPOUNDRULE n*mp\nWORDCHARS 0123456789\nNOSUGGEST !\n");
  REQUIRE(rules);
  CHECK(rules->input_conversions == std::vector<std::pair<std::string, std::string>>{{"’", "'"}});
  CHECK(rules->only_in_compound == 'c');
  CHECK(rules->compound_min == 1);
  CHECK(rules->compound_rules == std::vector<std::string>{"n*1t", "n*mp"});
}

TEST_CASE("affix rules: what the stemmer cannot reproduce is refused") {
  CHECK_FALSE(AffixRules::parse("SET UTF-8\nCOMPOUNDFLAG X\n"));
  CHECK_FALSE(AffixRules::parse("SET UTF-8\nFLAG long\n"));
  CHECK_FALSE(AffixRules::parse("SET UTF-8\nSFX A Y 1\nSFX A 0 s/B .\n"));   // continuation class
  CHECK_FALSE(AffixRules::parse("SET UTF-8\nSFX A Y 2\nSFX A 0 s .\n"));     // a rule short
  CHECK_FALSE(AffixRules::parse("SET UTF-8\nSFX AB Y 1\nSFX AB 0 s .\n"));   // a two-letter flag
  CHECK_FALSE(AffixRules::parse("SET UTF-8\nPFX A Y 1\nPFX A 0 un [u\n"));   // an unclosed class
  CHECK_FALSE(AffixRules::parse("SET ISO8859-1\n"));
}
