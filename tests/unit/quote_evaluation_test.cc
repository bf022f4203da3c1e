#include "pipeline/quote_evaluation.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "test_paths.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;

namespace {
DocumentAligner& aligner() {
  static DocumentAligner value("ru", "en", testing::paths());
  return value;
}

// Line-parallel texts: line 0 quoted faithfully, line 1 with its number
// changed in English.
void write_document(const std::filesystem::path& folder) {
  testing::write_test_file(folder / "d.ru", "«Мы глубоко сожалеем о случившемся», — сказал Песков.\n"
                        "«Погибли три турецких военных», — сообщили в Генштабе.\n");
  testing::write_test_file(folder / "d.en", "\"We deeply regret what happened,\" Peskov said.\n"
                        "\"Five Turkish soldiers were killed,\" the General Staff said.\n");
}
}  // namespace

TEST_CASE("quote evaluation counts divergent lines flagged, by type, and faithful lines flagged") {
  const auto folder = testing::scratch_folder("quote_evaluation");
  write_document(folder);
  testing::write_test_file(folder / "cases.jsonl", "{\"doc\": \"d\", \"en_line\": 0, \"label\": \"faithful\"}\n"
                        "{\"doc\": \"d\", \"en_line\": 1, \"label\": \"divergent\", \"type\": \"number\"}\n");
  const QuoteEvaluation result = evaluate_quotes(folder.string(), aligner(), testing::paths().lexicons);
  CHECK(result.divergent_by_type.at("number") == std::pair<int, int>{1, 1});
  CHECK(result.recall() == Approx(1.0));
  CHECK(result.faithful == 1);
  CHECK(result.faithful_flagged == 0);
  CHECK(result.misses.empty());
}

TEST_CASE("a quote case without its fields, or with a line that is no number, names the file and line") {
  const auto folder = testing::scratch_folder("quote_evaluation_bad");
  write_document(folder);
  testing::write_test_file(folder / "cases.jsonl", "{\"doc\": \"d\", \"en_line\": 0, \"label\": \"faithful\"}\n"
                        "{\"doc\": \"d\", \"label\": \"faithful\"}\n");
  CHECK_THROWS_WITH(evaluate_quotes(folder.string(), aligner(), testing::paths().lexicons),
                    Catch::Contains("cases.jsonl:2") && Catch::Contains("expected doc, en_line and label"));
  testing::write_test_file(folder / "cases.jsonl",
                           "{\"doc\": \"d\", \"en_line\": \"first\", \"label\": \"faithful\"}\n");
  CHECK_THROWS_WITH(evaluate_quotes(folder.string(), aligner(), testing::paths().lexicons),
                    Catch::Contains("cases.jsonl:1") && Catch::Contains("'first'"));
}
