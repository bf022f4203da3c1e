#include "formats/name_table_writer.h"
#include "formats/quote_report_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "util/error.h"

using namespace sverka;

TEST_CASE("quote reports: text for people, JSON lines for scripts") {
  QuotePair pair;
  pair.ru_line = 3;
  pair.en_line = 4;
  pair.ru_quote = "три \"человека\"";
  pair.en_quote = "five people";
  pair.flags.push_back({"number", Severity::kError, "три", "five", "'five' has no match"});
  std::ostringstream jsonl, text;
  write_quote_report(jsonl, {pair}, QuoteReportFormat::kJsonl);
  CHECK(jsonl.str() == "{\"ru_line\":3,\"en_line\":4,\"ru_quote\":\"три \\\"человека\\\"\",\"en_quote\":\"five people\","
                       "\"speaker\":\"\",\"flags\":[{\"type\":\"number\",\"severity\":\"error\",\"ru_span\":\"три\","
                       "\"en_span\":\"five\",\"explanation\":\"'five' has no match\"}]}\n");
  write_quote_report(text, {pair}, QuoteReportFormat::kText);
  CHECK(text.str().find("error [number] 'five' has no match") != std::string::npos);
  CHECK(count_findings({pair}, Severity::kWarning) == 1);
  CHECK_THROWS_AS(parse_quote_report_format("xml"), UsageError);
}

TEST_CASE("name tables in TSV and JSON lines") {
  NameTable table;
  NameEntry entry;
  entry.russian = "Песков";
  entry.forms = {"Пескова", "Песков"};
  entry.english = "Peskov";
  entry.count = 2;
  entry.total_score = 1.9;
  table.entries.push_back(entry);
  table.unmatched.push_back({"Lavrov", false, 7});
  std::ostringstream tsv, jsonl;
  write_name_table(tsv, table, NameTableFormat::kTsv);
  CHECK(tsv.str().rfind("Песков\tПесков, Пескова\tPeskov\t2\t0.950\t0\t0\n", 0) == 0);
  write_name_table(jsonl, table, NameTableFormat::kJsonl);
  CHECK(jsonl.str().find("{\"unmatched\":\"Lavrov\",\"side\":\"en\",\"sentence\":7}") != std::string::npos);
}
