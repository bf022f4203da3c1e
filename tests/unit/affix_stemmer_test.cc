#include "lexicon/affix_stemmer.h"

#include <hunspell/hunspell.hxx>

#include <catch2/catch.hpp>
#include <filesystem>

#include "test_paths.h"
#include "text/tokenizer.h"
#include "util/file_io.h"

using namespace sverka;

namespace {
// Two classes: A (nouns in -а, one rule only after a consonant), B (verbs
// in -ть, one rule only after a vowel), written in that order.
const char* const kAffix =
    "SET UTF-8\n"
    "TRY абв\n"
    "\n"
    "SFX A Y 3\n"
    "SFX A   а   ы   а\n"
    "SFX A   а   у   а\n"
    "SFX A   а   0   [^аеиоу]а\n"
    "\n"
    "SFX B Y 2\n"
    "SFX B   ть  л   ть\n"
    "SFX B   ть  ла  [аеиоу]ть\n";
}  // namespace

TEST_CASE("an affix stemmer finds the dictionary words a form comes from") {
  const auto stemmer = AffixStemmer::parse(kAffix, "5\nстена/A\nстать/B\nстал\nнести/B\nлезть/B\n");
  REQUIRE(stemmer);
  CHECK(stemmer->stems("стены") == std::vector<std::string>{"стена"});
  CHECK(stemmer->stems("стен") == std::vector<std::string>{"стена"});   // 0: nothing added
  CHECK(stemmer->stems("стала") == std::vector<std::string>{"стать"});  // after a vowel
  CHECK(stemmer->stems("лезл") == std::vector<std::string>{"лезть"});
  CHECK(stemmer->stems("лезла").empty());  // not after a consonant
  // The word itself first, then by suffix: "стал" is listed, and a form of стать.
  CHECK(stemmer->stems("стал") == std::vector<std::string>{"стал", "стать"});
  CHECK(stemmer->stems("нести") == std::vector<std::string>{"нести"});
  CHECK(stemmer->stems("несл").empty());  // a rule needs the root's condition: "нести" ends in "ти", not "ть"
  CHECK(stemmer->stems("стул").empty());
  CHECK(stemmer->knows("стену"));
  CHECK(stemmer->knows("стена-стал"));
  CHECK(stemmer->knows("стена-24"));
  CHECK_FALSE(stemmer->knows("стена-стул"));
  CHECK_FALSE(stemmer->knows("ст"));
  // Listed with affix classes, or bare (a form listed as a word of its own).
  CHECK(stemmer->inflects("стена"));
  CHECK_FALSE(stemmer->inflects("стал"));
  CHECK_FALSE(stemmer->inflects("стены"));
}

TEST_CASE("an affix file beyond what the stemmer reproduces is refused") {
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y 1\nSFX A 0 ы/B .\n", "1\nслово/A\n"));  // continuation
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nFLAG long\n", "1\nслово\n"));
  CHECK_FALSE(AffixStemmer::parse("SET KOI8-R\n", "1\nслово\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nCOMPOUNDFLAG X\n", "1\nслово\n"));  // free compounding
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nNEEDAFFIX X\n", "1\nслово\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nCOMPOUNDRULE 1\nCOMPOUNDRULE (aa)(bb)\n", "1\nслово\n"));
}

TEST_CASE("prefixes, a prefix with a suffix, input conversion and compounds of numbers") {
  const char* const affix =
      "SET UTF-8\n"
      "ICONV 1\n"
      "ICONV ’ '\n"
      "ONLYINCOMPOUND c\n"
      "COMPOUNDMIN 1\n"
      "COMPOUNDRULE 1\n"
      "COMPOUNDRULE n*mp\n"
      "PFX U Y 1\n"
      "PFX U 0 un .\n"
      "PFX R N 1\n"
      "PFX R 0 re .\n"
      "SFX D Y 2\n"
      "SFX D 0 ed [^e]\n"
      "SFX D 0 d e\n"
      "SFX M Y 1\n"
      "SFX M 0 's .\n";
  const auto stemmer =
      AffixStemmer::parse(affix, "7\ntie/UDR\nlock/UDR\nit/M\n2/nm\n1st/p\n1th/tc\nunlock\n");
  REQUIRE(stemmer);
  CHECK(stemmer->stems("untie") == std::vector<std::string>{"tie"});
  CHECK(stemmer->stems("untied") == std::vector<std::string>{"tie"});  // both cross products
  CHECK(stemmer->stems("retie") == std::vector<std::string>{"tie"});
  CHECK(stemmer->stems("retied").empty());  // R does not combine
  CHECK(stemmer->stems("unlock") == std::vector<std::string>{"unlock", "lock"});  // itself first
  CHECK(stemmer->stems("it’s") == std::vector<std::string>{"it"});
  CHECK(stemmer->stems("21st") == std::vector<std::string>{"21st"});
  CHECK(stemmer->knows("21st"));
  CHECK_FALSE(stemmer->knows("1th"));  // a part of compounds only
  CHECK_FALSE(stemmer->knows("12nd"));
}

namespace {
// Compares the stemmer with Hunspell on every word of a sample and on
// `extra`: stems and their order, and spell().
void check_against_hunspell(const std::string& locale, const std::string& sample, std::vector<std::string> words) {
  const std::string base = testing::paths().hunspell + "/" + locale;
  REQUIRE(std::filesystem::exists(base + ".dic"));  // the build requires it
  const auto stemmer = AffixStemmer::load(base + ".aff", base + ".dic");
  REQUIRE(stemmer);
  Hunspell hunspell((base + ".aff").c_str(), (base + ".dic").c_str());
  for (const Token& token : tokenize(read_file_bytes(testing::paths().lexicons + "/../samples/" + sample))) {
    if (token.kind == TokenKind::kWord) words.push_back(token.norm);
  }
  std::size_t several = 0;
  for (const std::string& word : words) {
    INFO(word);
    const std::vector<std::string> expected = hunspell.stem(word);
    CHECK(stemmer->stems(word) == expected);
    CHECK(stemmer->knows(word) == hunspell.spell(word));
    if (expected.size() > 1) ++several;
  }
  CHECK(words.size() > 200);
  CHECK(several >= 5);
}
}  // namespace

TEST_CASE("on English, the affix stemmer gives exactly Hunspell's stems, in Hunspell's order") {
  check_against_hunspell("en_US", "seed.en.txt",
                         {"untied", "unhappiness", "reported", "abandoned", "it’s", "don't", "21st", "3rd",
                          "100th", "well-known", "al-bab", "accomplishment", "administration", "g7"});
}

TEST_CASE("on Russian, the affix stemmer gives exactly Hunspell's stems, in Hunspell's order") {
  check_against_hunspell("ru_RU", "seed.ru.txt",
                         {"стали", "были", "мысли", "начала", "тем", "души", "уже", "потом", "какая", "звезд",
                          "вышел", "могла", "военнослужащих", "израиля", "из-за", "су-24"});
}

TEST_CASE("the word table is sized by the dictionary's lines, not by the count its first line claims") {
  // Found by the readers fuzzer: a count of 366666666 asked for gigabytes.
  const auto stemmer = AffixStemmer::parse(kAffix, "366666666\nстена/A\nстать/B\n");
  REQUIRE(stemmer);
  CHECK(stemmer->slots() <= 1024);
  CHECK(stemmer->stems("стены") == std::vector<std::string>{"стена"});
}

TEST_CASE("a malformed affix file is refused, not thrown on") {
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y many\n", "1\nслово/A\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y 2\nSFX A 0 ы .\n", "1\nслово/A\n"));  // a rule short
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\nSFX A Y 1\nSFX A 0 ы [ab\n", "1\nслово/A\n"));
  CHECK_FALSE(AffixStemmer::parse("SET UTF-8\n", ""));
}

TEST_CASE("German and French dictionaries, with compounding and long flags, are left to Hunspell") {
  for (const std::string locale : {"de_DE", "fr"}) {
    const std::string base = testing::paths().hunspell + "/" + locale;
    if (!std::filesystem::exists(base + ".aff")) continue;
    INFO(locale);
    CHECK_FALSE(AffixStemmer::load(base + ".aff", base + ".dic"));
  }
}
