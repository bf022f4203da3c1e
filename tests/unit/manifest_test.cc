#include "pipeline/manifest.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "scratch_folder.h"
#include "util/file_io.h"

using namespace sverka;

TEST_CASE("manifest rows resolve paths and keep their errors") {
  const auto dir = testing::scratch_folder("manifest");
  testing::write_test_file(dir / "m.tsv",
                           "# comment\na\tdocs/a.ru\tdocs/a.en\nb\tonly\nb/c\tx.ru\tx.en\na\ty.ru\ty.en\n");
  const auto rows = read_manifest((dir / "m.tsv").string());
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].source_path == (dir / "docs/a.ru").string());
  CHECK(rows[0].error.empty());
  CHECK(rows[1].error.find("m.tsv:3") != std::string::npos);
  CHECK(rows[2].error.empty());
  CHECK(rows[3].error.find("used twice") != std::string::npos);
  CHECK(file_safe_id("b/c") == "b_c");
  CHECK(file_safe_id("..") == "_..");
  std::filesystem::remove_all(dir);
}
