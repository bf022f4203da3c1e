#include "formats/alignment_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "formats/alignment_score.h"
#include "formats/bead_text.h"
#include "util/error.h"

using namespace sverka;

namespace {
AlignedDocument sample() {
  AlignedDocument document;
  document.source = {{"Он сказал: «Да & нет».", 0, true}, {"Второе.", 0, false}, {"Лишнее.", 0, false}};
  document.target = {{"He said \"yes <and> no\".", 0, true}, {"Second.\tTabbed", 0, false}};
  document.alignment = {{0, 1, 0, 1, 0.9}, {1, 1, 1, 1, 0.4}, {2, 1, 2, 0, 0}};
  return document;
}
std::string written(AlignmentFormat format, double min_score = 0) {
  std::ostringstream out;
  write_alignment(out, sample(), format, WriterOptions{"ru", "en", min_score, "doc1"});
  return out.str();
}
}  // namespace

TEST_CASE("beads round-trip through the scorer") {
  const std::string text = written(AlignmentFormat::kBeads);
  CHECK(text == "[0]:[0]\n[1]:[1]\n[2]:[]\n");
  const auto beads = parse_beads(text, "pred");
  CHECK(strict_figures(score_alignment(beads, beads)).f1 == Approx(1.0));
}

TEST_CASE("tsv keeps columns and filters by score") {
  const std::string text = written(AlignmentFormat::kTsv, 0.5);
  CHECK(text == "Он сказал: «Да & нет».\tHe said \"yes <and> no\".\t0.900\n");
}

TEST_CASE("jsonl escapes and lists line indices") {
  const std::string text = written(AlignmentFormat::kJsonl);
  CHECK(text.find("{\"doc\":\"doc1\",\"ru_lines\":[0],\"en_lines\":[0],") == 0);
  CHECK(text.find("\\\"yes <and> no\\\"") != std::string::npos);
  CHECK(text.find("\"ru_lines\":[2],\"en_lines\":[]") != std::string::npos);
}

TEST_CASE("tmx escapes markup, declares languages and skips one-sided beads") {
  const std::string text = written(AlignmentFormat::kTmx);
  CHECK(text.find("<tmx version=\"1.4\">") != std::string::npos);
  CHECK(text.find("srclang=\"ru\"") != std::string::npos);
  CHECK(text.find("<tuv xml:lang=\"en\"><seg>He said &quot;yes &lt;and&gt; no&quot;.</seg></tuv>") !=
        std::string::npos);
  CHECK(text.find("Да &amp; нет") != std::string::npos);
  CHECK(text.find("Лишнее") == std::string::npos);
}

TEST_CASE("ladder lists bead starts and the final rung") {
  CHECK(written(AlignmentFormat::kLadder) == "0\t0\t0.900\n1\t1\t0.400\n2\t2\t0.000\n3\t2\t0.000\n");
}

TEST_CASE("moses writes two line-aligned streams without tabs or newlines") {
  std::ostringstream ru, en;
  write_moses(ru, en, sample(), WriterOptions{});
  CHECK(ru.str() == "Он сказал: «Да & нет».\nВторое.\n");
  CHECK(en.str() == "He said \"yes <and> no\".\nSecond. Tabbed\n");
}

TEST_CASE("unknown format names are usage errors listing the valid ones") {
  CHECK_THROWS_WITH(parse_alignment_format("xml"), Catch::Contains("tmx"));
}
