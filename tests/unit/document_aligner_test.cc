#include "pipeline/document_aligner.h"

#include <catch2/catch.hpp>

#include "test_paths.h"

using namespace sverka;

namespace {
DocumentAligner& aligner() {
  static DocumentAligner value("ru", "en", testing::paths());
  return value;
}

const std::string kRussian =
    "Российские самолеты по ошибке нанесли удар по турецким военным у Аль-Баба. Погибли три солдата.\n\n"
    "Песков выразил соболезнования. Эрдоган поговорил с Путиным по телефону.\n";
const std::string kEnglish =
    "Russian planes mistakenly struck Turkish troops near al-Bab. Three soldiers were killed.\n\n"
    "Peskov expressed condolences. Erdogan spoke with Putin by phone.\n";
}  // namespace

TEST_CASE("raw text is split into sentences and paragraphs, then aligned") {
  const AlignedDocument document = aligner().align_text(kRussian, kEnglish);
  REQUIRE(document.source.size() == 4);
  REQUIRE(document.target.size() == 4);
  CHECK(document.source[2].text == "Песков выразил соболезнования.");
  CHECK(document.source[2].starts_paragraph);
  CHECK(document.target[2].paragraph == 1);
  REQUIRE(document.alignment.size() == 4);
  for (std::uint32_t k = 0; k < 4; ++k) {
    CHECK(document.alignment[k].same_span(align::Bead{k, 1, k, 1, 0}));
    CHECK(document.alignment[k].score > 0.5);
  }
}

TEST_CASE("pre-split lines are taken as sentences as they are") {
  const AlignedDocument document =
      aligner().align_lines("Погибли три солдата. Песков выразил соболезнования.\n",
                            "Three soldiers were killed.\nPeskov expressed condolences.\n");
  REQUIRE(document.source.size() == 1);
  REQUIRE(document.target.size() == 2);
  REQUIRE(document.alignment.size() == 1);
  CHECK(document.alignment[0].same_span(align::Bead{0, 1, 0, 2, 0}));
}

TEST_CASE("an alignment mirrored has the sides of every bead swapped") {
  AlignedDocument document = aligner().align_lines("Погибли три солдата.\nВторое.\n", "Three soldiers were killed.\n");
  const AlignedDocument swapped = mirrored(document);
  CHECK(swapped.source.size() == document.target.size());
  for (std::size_t k = 0; k < document.alignment.size(); ++k) {
    CHECK(swapped.alignment[k].source_begin == document.alignment[k].target_begin);
    CHECK(swapped.alignment[k].target_count == document.alignment[k].source_count);
  }
}

TEST_CASE("words the document teaches are returned with its beads") {
  // Sentences of three words each out of six translated pairs, every
  // combination once: each Russian word meets its translation in ten
  // beads and any other English word in four, which the learning tells apart.
  const std::vector<std::pair<std::string, std::string>> words = {{"солдат", "soldier"}, {"город", "city"},
                                                                  {"удар", "strike"},    {"самолет", "plane"},
                                                                  {"граница", "border"}, {"генерал", "general"}};
  std::string ru, en;
  for (std::size_t a = 0; a < words.size(); ++a) {
    for (std::size_t b = a + 1; b < words.size(); ++b) {
      for (std::size_t c = b + 1; c < words.size(); ++c) {
        ru += words[a].first + ", " + words[b].first + ", " + words[c].first + ".\n";
        en += words[a].second + ", " + words[b].second + ", " + words[c].second + ".\n";
      }
    }
  }
  const AlignedDocument document = aligner().align_lines(ru, en);
  CHECK(document.alignment.size() == 20);
  for (const auto& pair : words) {
    INFO(pair.first);
    CHECK(std::find(document.learned.begin(), document.learned.end(), pair) != document.learned.end());
  }
}
