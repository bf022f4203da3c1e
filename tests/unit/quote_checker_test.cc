#include "quotes/quote_checker.h"

#include <catch2/catch.hpp>

#include "test_paths.h"
#include "text/text_reader.h"

using namespace sverka;

namespace {
std::vector<QuotePair> check_sample(const std::string& english_file) {
  static DocumentAligner aligner("ru", "en", testing::paths());
  const std::string samples = testing::paths().lexicons + "/../samples/";
  const AlignedDocument document =
      aligner.align_text(read_text_file(samples + "seed.ru.txt"), read_text_file(samples + english_file));
  QuoteChecker checker(aligner, testing::paths().lexicons);
  return checker.check(document);
}
std::vector<std::string> flag_types(const std::vector<QuotePair>& pairs) {
  std::vector<std::string> types;
  for (const QuotePair& pair : pairs) {
    for (const QuoteFlag& flag : pair.flags) types.push_back(flag.type);
  }
  return types;
}
}  // namespace

TEST_CASE("the faithful seed translation has no findings") {
  const auto pairs = check_sample("seed.en.txt");
  CHECK(pairs.size() == 5);
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("the divergent seed translation has exactly the planted findings") {
  const auto types = flag_types(check_sample("seed.en-divergent.txt"));
  // Planted: five for three, deliberate for unintended, the Kremlin quote
  // cut short (its place name goes with it), a clause shifting the blame
  // hung on Peskov's words (its "Turkish" has no counterpart either),
  // Lavrov for Peskov twice, and a dropped negation.
  CHECK(types == std::vector<std::string>{"number", "antonym", "name", "omission", "name", "addition",
                                          "attribution", "negation", "attribution"});
}
