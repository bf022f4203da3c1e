#include "pipeline/batch_runner.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "test_paths.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;
namespace fs = std::filesystem;

namespace {

// Two good pairs and one whose English file is missing.
std::vector<ManifestRow> write_corpus(const fs::path& folder) {
  testing::write_test_file(folder / "a.ru", "Погибли три солдата.\nПесков выразил соболезнования.\n");
  testing::write_test_file(folder / "a.en", "Three soldiers were killed.\nPeskov expressed condolences.\n");
  testing::write_test_file(folder / "b.ru", "Удар был нанесен по ошибке.\n");
  testing::write_test_file(folder / "b.en", "The strike was a mistake.\n");
  testing::write_test_file(folder / "c.ru", "Текст без перевода.\n");
  testing::write_test_file(folder / "manifest.tsv", "a\ta.ru\ta.en\nb\tb.ru\tb.en\nc\tc.ru\tc.en\n");
  return read_manifest((folder / "manifest.tsv").string());
}

BatchOptions options_for(const fs::path& folder) {
  BatchOptions options;
  options.out_dir = (folder / "out").string();
  options.presplit = true;
  options.formats = {"moses", "jsonl"};
  options.paths = testing::paths();
  return options;
}

}  // namespace

TEST_CASE("a batch writes the corpus in manifest order and records a failed pair without stopping") {
  const auto folder = testing::scratch_folder("batch");
  const std::vector<ManifestRow> rows = write_corpus(folder);
  std::size_t calls = 0;
  const BatchSummary summary =
      run_batch(rows, options_for(folder), [&](std::size_t finished, std::size_t total) {
        ++calls;
        CHECK(finished == calls);
        CHECK(total == 3);
      });
  CHECK(calls == 3);
  CHECK(summary.done == 2);
  CHECK(summary.failed == 1);
  CHECK(summary.totals.beads.at("1-1") == 3);
  const std::string out = (folder / "out").string();
  CHECK(read_text_file(out + "/corpus.ru") ==
        "Погибли три солдата.\nПесков выразил соболезнования.\nУдар был нанесен по ошибке.\n");
  CHECK(read_text_file(out + "/corpus.en") ==
        "Three soldiers were killed.\nPeskov expressed condolences.\nThe strike was a mistake.\n");
  const std::string errors = read_text_file(out + "/errors.jsonl");
  CHECK(errors.find("\"id\":\"c\",\"line\":3") != std::string::npos);
  CHECK(errors.find("c.en") != std::string::npos);  // the file that failed, named
  CHECK(fs::exists(out + "/pairs/a.done"));
  CHECK_FALSE(fs::exists(out + "/pairs/c.done"));
}

TEST_CASE("a resumed batch takes finished pairs as they are and merges the same corpus") {
  const auto folder = testing::scratch_folder("batch_resume");
  const std::vector<ManifestRow> rows = write_corpus(folder);
  BatchOptions options = options_for(folder);
  run_batch(rows, options, nullptr);
  const std::string out = (folder / "out").string();
  const std::string corpus = read_text_file(out + "/corpus.jsonl");
  fs::remove(out + "/corpus.jsonl");
  options.resume = true;
  const BatchSummary summary = run_batch(rows, options, nullptr);
  CHECK(summary.resumed == 2);
  CHECK(summary.done == 2);
  CHECK(read_text_file(out + "/corpus.jsonl") == corpus);
}

TEST_CASE("batch formats are checked before any work") {
  CHECK(parse_batch_formats("tmx,moses") == std::vector<std::string>{"tmx", "moses"});
  CHECK_THROWS_AS(parse_batch_formats("tmx,csv"), UsageError);
  CHECK_THROWS_AS(parse_batch_formats(""), UsageError);
}
