#include "formats/name_table_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "name_fixtures.h"
#include "util/utf8.h"

using namespace sverka;

namespace {

// The text table's header line and first row.
std::pair<std::string, std::string> header_and_first_row(const NameTable& table) {
  std::ostringstream text;
  write_name_table(text, table, NameTableFormat::kText);
  std::istringstream lines(text.str());
  std::string header, row;
  std::getline(lines, header);
  std::getline(lines, row);
  return {header, row};
}

}  // namespace

TEST_CASE("name tables in TSV and JSON lines") {
  NameTable table;
  table.entries.push_back(testing::name_entry("Песков", {"Пескова", "Песков"}, "Peskov", 2, 1.9));
  table.unmatched.push_back({"Lavrov", false, 7});
  std::ostringstream tsv, jsonl;
  write_name_table(tsv, table, NameTableFormat::kTsv);
  CHECK(tsv.str().rfind("Песков\tПесков, Пескова\tPeskov\t2\t0.950\t0\t0\n", 0) == 0);
  write_name_table(jsonl, table, NameTableFormat::kJsonl);
  CHECK(jsonl.str().find("{\"unmatched\":\"Lavrov\",\"side\":\"en\",\"sentence\":7}") != std::string::npos);
}

TEST_CASE("the name table for people lines up columns by characters, not bytes") {
  NameTable table;
  NameEntry peskov = testing::name_entry("Песков", {"Песков"}, "Peskov", 1, 0.9);
  peskov.first_source = 3;
  peskov.first_target = 4;
  table.entries.push_back(peskov);
  table.unmatched.push_back({"Эрдогана", true, 5});
  const auto [header, row] = header_and_first_row(table);
  // "English" starts in the same column in the header and in the row,
  // though the row's Cyrillic takes two bytes a letter.
  CHECK(header.find("English") == 52);
  CHECK(count_code_points(row.substr(0, row.find("Peskov"))) == 52);
  CHECK(row.find("0.900  3/4") != std::string::npos);
  std::ostringstream text;
  write_name_table(text, table, NameTableFormat::kText);
  CHECK(text.str().find("  ru sentence 5: Эрдогана\n") != std::string::npos);
}

TEST_CASE("a full name widens its columns of the name table for people") {
  NameTable table;
  table.entries.push_back(testing::name_entry(
      "Реджеп Тайип Эрдоган", {"Реджепа Тайипа Эрдогана", "Реджеп Тайип Эрдоган"}, "Recep Tayyip Erdogan", 2, 1.9));
  const auto [header, row] = header_and_first_row(table);
  // Russian 20 letters + 2, forms 45 + 2: English after 69 columns in both.
  CHECK(count_code_points(header.substr(0, header.find("English"))) == 69);
  CHECK(count_code_points(row.substr(0, row.find("Recep"))) == 69);
  CHECK(count_code_points(header.substr(0, header.find("count"))) == 91);
  CHECK(count_code_points(row.substr(0, row.find("2      0.950"))) == 91);
}

TEST_CASE("an unknown name table format is a usage error naming the choices") {
  CHECK(parse_name_table_format("tsv") == NameTableFormat::kTsv);
  CHECK_THROWS_WITH(parse_name_table_format("csv"), Catch::Contains("expected text, tsv or jsonl"));
}
