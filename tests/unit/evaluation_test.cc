#include "pipeline/evaluation.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "test_paths.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;

TEST_CASE("an evaluation set's documents are its gold files, sorted") {
  const auto folder = testing::scratch_folder("evaluation_list");
  testing::write_test_file(folder / "b.gold", "[0]:[0]\n");
  testing::write_test_file(folder / "a.gold", "[0]:[0]\n");
  testing::write_test_file(folder / "a.ru", "x\n");
  CHECK(list_gold_documents(folder.string()) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("an evaluation set without gold, or no folder at all, is an input error naming it") {
  const auto folder = testing::scratch_folder("evaluation_empty");
  CHECK_THROWS_WITH(list_gold_documents(folder.string()), Catch::Contains("no *.gold files in this folder") &&
                                                              Catch::Contains(folder.string()));
  CHECK_THROWS_AS(list_gold_documents((folder / "missing").string()), InputError);
}

TEST_CASE("segmentation recall counts the gold line boundaries the splitter finds in the unsplit text") {
  const auto folder = testing::scratch_folder("evaluation_segmentation");
  // A boundary the splitter finds, and one inside a sentence (a line
  // break of the source) it rightly does not.
  testing::write_test_file(folder / "one.en", "The strike hit Turkish troops.\nThree soldiers died.\n");
  testing::write_test_file(folder / "one.en.txt", "The strike hit Turkish troops. Three soldiers died.\n");
  testing::write_test_file(folder / "one.gold", "[0]:[0]\n");
  testing::write_test_file(folder / "two.en", "The Kremlin expressed\ncondolences.\n");
  testing::write_test_file(folder / "two.en.txt", "The Kremlin expressed condolences.\n");
  testing::write_test_file(folder / "two.gold", "[0]:[0]\n");
  const LanguageResources english("en", testing::paths());
  const SegmentationRecall recall = segmentation_recall(folder.string(), english);
  CHECK(recall.files == 2);
  CHECK(recall.gold_boundaries == 2);
  CHECK(recall.found == 1);
  CHECK(recall.recall() == Approx(0.5));
}

TEST_CASE("an alignment set is aligned, scored against its gold, and its predictions saved") {
  const auto folder = testing::scratch_folder("evaluation_align");
  testing::write_test_file(folder / "d.ru", "Российские самолеты по ошибке нанесли удар по турецким военным.\n"
                        "Погибли три солдата.\n"
                        "Песков выразил соболезнования.\n");
  testing::write_test_file(folder / "d.en", "Russian planes mistakenly struck Turkish troops.\n"
                        "Three soldiers were killed.\n"
                        "Peskov expressed condolences.\n");
  testing::write_test_file(folder / "d.gold", "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
  DocumentAligner aligner("ru", "en", testing::paths());
  const std::string predictions = (folder / "pred").string();
  const ScoreCounts counts = evaluate_alignment_set(folder.string(), aligner, "ru", "en", predictions);
  CHECK(counts.gold == 3);
  CHECK(counts.predicted == 3);
  CHECK(strict_figures(counts).f1 == Approx(1.0));
  CHECK(read_text_file(predictions + "/d.pred") == "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
}

TEST_CASE("a broken gold file is an input error naming it and the line") {
  const auto folder = testing::scratch_folder("evaluation_bad_gold");
  testing::write_test_file(folder / "d.ru", "Погибли три солдата.\n");
  testing::write_test_file(folder / "d.en", "Three soldiers were killed.\n");
  testing::write_test_file(folder / "d.gold", "[0]:[0]\n[1:[1]\n");
  DocumentAligner aligner("ru", "en", testing::paths());
  CHECK_THROWS_WITH(evaluate_alignment_set(folder.string(), aligner, "ru", "en"), Catch::Contains("d.gold:2"));
}
