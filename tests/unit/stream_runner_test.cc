#include "pipeline/stream_runner.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "test_paths.h"

using namespace sverka;

namespace {
DocumentAligner& aligner() {
  static DocumentAligner value("ru", "en", testing::paths());
  return value;
}
}  // namespace

TEST_CASE("a JSON line of a document pair becomes a line of its aligned sentence pairs") {
  const std::string result = align_json_line(
      aligner(),
      R"({"id": "d1", "ru": "Погибли три солдата. Песков выразил соболезнования.", "en": "Three soldiers were killed. Peskov expressed condolences."})",
      1, false, 0);
  CHECK(result.rfind(R"({"id":"d1","pairs":[{"ru":"Погибли три солдата.","en":"Three soldiers were killed.","score":)",
                     0) == 0);
  CHECK(result.find(R"({"ru":"Песков выразил соболезнования.","en":"Peskov expressed condolences.","score":)") !=
        std::string::npos);
  CHECK(result.back() == '}');
}

TEST_CASE("a bad JSON line becomes an error line naming the line, with the id when there is one") {
  CHECK(align_json_line(aligner(), "not json", 7, false, 0).rfind(R"({"id":"","error":"<stdin>:7:1: expected)", 0) ==
        0);
  CHECK(align_json_line(aligner(), R"({"id": "c", "ru": "нет английского"})", 3, false, 0) ==
        R"({"id":"c","error":"<stdin>:3: expected the fields \"id\", \"ru\" and \"en\""})");
}

TEST_CASE("pairs under the minimum confidence are left out of a stream line") {
  const std::string line = R"({"id": "x", "ru": "Погибли три солдата.", "en": "Three soldiers were killed."})";
  CHECK(align_json_line(aligner(), line, 1, false, 0).find("\"ru\":") != std::string::npos);
  CHECK(align_json_line(aligner(), line, 1, false, 1.01) == R"({"id":"x","pairs":[]})");
}

TEST_CASE("a stream writes one line per input line, in input order, on two jobs") {
  std::string input;
  for (int k = 0; k < 40; ++k) {
    input += k == 5 ? "broken\n"
                    : R"({"id": ")" + std::to_string(k) +
                          R"(", "ru": "Погибли три солдата.", "en": "Three soldiers were killed."})" + "\n";
  }
  std::istringstream in(input);
  std::ostringstream out;
  StreamOptions options;
  options.jobs = 2;
  options.paths = testing::paths();
  run_stream(in, out, options);
  std::istringstream lines(out.str());
  std::string line;
  int k = 0;
  for (; std::getline(lines, line); ++k) {
    INFO("line " << k);
    if (k == 5) {
      CHECK(line.find("<stdin>:6:1") != std::string::npos);
    } else {
      CHECK(line.rfind("{\"id\":\"" + std::to_string(k) + "\",\"pairs\":[{", 0) == 0);
    }
  }
  CHECK(k == 40);
}
