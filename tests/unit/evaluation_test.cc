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
  write_file_atomically((folder / "b.gold").string(), "[0]:[0]\n");
  write_file_atomically((folder / "a.gold").string(), "[0]:[0]\n");
  write_file_atomically((folder / "a.ru").string(), "x\n");
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
  write_file_atomically((folder / "one.en").string(), "The strike hit Turkish troops.\nThree soldiers died.\n");
  write_file_atomically((folder / "one.en.txt").string(), "The strike hit Turkish troops. Three soldiers died.\n");
  write_file_atomically((folder / "one.gold").string(), "[0]:[0]\n");
  write_file_atomically((folder / "two.en").string(), "The Kremlin expressed\ncondolences.\n");
  write_file_atomically((folder / "two.en.txt").string(), "The Kremlin expressed condolences.\n");
  write_file_atomically((folder / "two.gold").string(), "[0]:[0]\n");
  const LanguageResources english("en", testing::paths());
  const SegmentationRecall recall = segmentation_recall(folder.string(), english);
  CHECK(recall.files == 2);
  CHECK(recall.gold_boundaries == 2);
  CHECK(recall.found == 1);
  CHECK(recall.recall() == Approx(0.5));
}

TEST_CASE("an alignment set is aligned, scored against its gold, and its predictions saved") {
  const auto folder = testing::scratch_folder("evaluation_align");
  write_file_atomically((folder / "d.ru").string(),
                        "Российские самолеты по ошибке нанесли удар по турецким военным.\n"
                        "Погибли три солдата.\n"
                        "Песков выразил соболезнования.\n");
  write_file_atomically((folder / "d.en").string(),
                        "Russian planes mistakenly struck Turkish troops.\n"
                        "Three soldiers were killed.\n"
                        "Peskov expressed condolences.\n");
  write_file_atomically((folder / "d.gold").string(), "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
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
  write_file_atomically((folder / "d.ru").string(), "Погибли три солдата.\n");
  write_file_atomically((folder / "d.en").string(), "Three soldiers were killed.\n");
  write_file_atomically((folder / "d.gold").string(), "[0]:[0]\n[1:[1]\n");
  DocumentAligner aligner("ru", "en", testing::paths());
  CHECK_THROWS_WITH(evaluate_alignment_set(folder.string(), aligner, "ru", "en"), Catch::Contains("d.gold:2"));
}
