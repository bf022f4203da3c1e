#include "util/tsv_rows.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace sverka;

TEST_CASE("TSV rows skip comments and empty lines and keep line numbers") {
  std::vector<std::pair<std::uint64_t, std::vector<std::string>>> rows;
  for_each_tsv_row("# header\na\tb\n\nc\td\te\n", "t.tsv", 2, "x<TAB>y",
                   [&](const std::vector<std::string>& fields, std::uint64_t line) { rows.push_back({line, fields}); });
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].first == 2);
  CHECK(rows[1].second == std::vector<std::string>{"c", "d", "e"});
}

TEST_CASE("a short TSV row names file, line and the expected layout") {
  CHECK_THROWS_WITH(for_each_tsv_row("a\tb\nc\n", "t.tsv", 2, "x<TAB>y", [](const auto&, std::uint64_t) {}),
                    Catch::Contains("t.tsv:2") && Catch::Contains("x<TAB>y"));
}
