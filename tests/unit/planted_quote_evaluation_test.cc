#include "pipeline/planted_quote_evaluation.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "test_paths.h"
#include "util/error.h"

using namespace sverka;

TEST_CASE("divergences planted in a faithful quote are counted by type, and the unaltered line is not flagged") {
  const auto folder = testing::scratch_folder("planted_quote_evaluation");
  testing::write_test_file(folder / "d.ru",
                           "«Механизмы координации будут срочно усовершенствованы, и три группы экспертов "
                           "приступят к работе в Москве», — заявил Песков.\n"
                           "Переговоры продолжатся.\n");
  testing::write_test_file(folder / "d.en",
                           "\"The coordination mechanisms will be urgently improved, and three groups of experts "
                           "will start work in Moscow,\" Peskov said.\n"
                           "The talks will continue.\n");
  testing::write_test_file(folder / "d.gold", "[0]:[0]\n[1]:[1]\n");
  DocumentAligner aligner("ru", "en", testing::paths());
  const PlantedQuoteEvaluation result = evaluate_planted_quotes(folder.string(), aligner, testing::paths().lexicons);
  CHECK(result.quoted_lines == 1);  // the second line has no quote
  CHECK(result.quoted_lines_flagged == 0);
  for (const char* type : {"negation", "antonym", "name", "omission", "addition"}) {
    INFO(type);
    REQUIRE(result.found_by_type.count(type));
    CHECK(result.found_by_type.at(type).second == 1);
  }
  // «три» against "four" would need a digit to be planted: none here.
  CHECK_FALSE(result.found_by_type.count("number"));
  CHECK(result.found_by_type.at("negation").first == 1);
  CHECK(result.found_by_type.at("name").first == 1);
  CHECK(result.recall() >= 0.6);
}

TEST_CASE("a folder without gold documents is an error naming it") {
  const auto folder = testing::scratch_folder("planted_quote_evaluation_empty");
  DocumentAligner aligner("ru", "en", testing::paths());
  CHECK_THROWS_WITH(evaluate_planted_quotes(folder.string(), aligner, testing::paths().lexicons),
                    Catch::Contains(folder.string()) && Catch::Contains("no *.gold files"));
}
