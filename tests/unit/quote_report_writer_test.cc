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
  CHECK(jsonl.str() ==
        "{\"ru_line\":3,\"en_line\":4,\"ru_quote\":\"три \\\"человека\\\"\",\"en_quote\":\"five people\","
        "\"speaker\":\"\",\"flags\":[{\"type\":\"number\",\"severity\":\"error\",\"ru_span\":\"три\","
        "\"en_span\":\"five\",\"explanation\":\"'five' has no match\"}]}\n");
  write_quote_report(text, {pair}, QuoteReportFormat::kText);
  CHECK(text.str().find("error [number] 'five' has no match") != std::string::npos);
  CHECK(count_findings({pair}, Severity::kWarning) == 1);
  CHECK_THROWS_AS(parse_quote_report_format("xml"), UsageError);
}

TEST_CASE("a side that quotes nothing says so in the text report") {
  QuotePair pair;
  pair.ru_quote = "Исламского государства";
  std::ostringstream text;
  write_quote_report(text, {pair}, QuoteReportFormat::kText);
  CHECK(text.str().find("ru 0: «Исламского государства»\nen 0: (not quoted)\n") != std::string::npos);
}
