#include "pipeline/evaluation.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <unicode/uchar.h>

#include "formats/bead_text.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"
#include "util/utf8.h"

namespace sverka {
namespace {

namespace fs = std::filesystem;

// Letters and digits only: a boundary is between the same two words even
// when a dash or quote sits on the other side of it.
std::size_t word_character_count(const std::string& text) {
  std::size_t count = 0, pos = 0;
  while (pos < text.size()) count += u_isalnum(static_cast<UChar32>(next_code_point(text, pos))) ? 1 : 0;
  return count;
}

}  // namespace

std::vector<std::string> list_gold_documents(const std::string& folder) {
  if (!fs::is_directory(folder)) throw InputError(Location{folder}, "not a folder");
  std::vector<std::string> documents;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".gold") documents.push_back(entry.path().stem().string());
  }
  std::sort(documents.begin(), documents.end());
  if (documents.empty()) throw InputError(Location{folder}, "no *.gold files in this folder");
  return documents;
}

SegmentationRecall segmentation_recall(const std::string& folder, const LanguageResources& language) {
  SegmentationRecall result;
  for (const std::string& document : list_gold_documents(folder)) {
    const std::string base = folder + "/" + document + "." + language.language;
    if (!fs::exists(base + ".txt")) continue;
    std::set<std::size_t> found;
    std::size_t position = 0;
    for (const Sentence& sentence : language.splitter.split_text(read_text_file(base + ".txt"))) {
      position += word_character_count(sentence.text);
      found.insert(position);
    }
    const std::vector<std::string> lines = split_lines(read_text_file(base));
    position = 0;
    for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
      position += word_character_count(lines[k]);
      ++result.gold_boundaries;
      result.found += found.count(position);
    }
    ++result.files;
  }
  return result;
}

ScoreCounts evaluate_alignment_set(const std::string& folder, DocumentAligner& aligner,
                                   const std::string& source_language,
                                   const std::string& target_language,
                                   const std::string& predictions_folder) {
  ScoreCounts total;
  if (!predictions_folder.empty()) fs::create_directories(predictions_folder);
  for (const std::string& document : list_gold_documents(folder)) {
    const std::string base = folder + "/" + document;
    const AlignedDocument aligned = aligner.align_lines(read_text_file(base + "." + source_language),
                                                        read_text_file(base + "." + target_language));
    std::vector<BeadLines> predicted;
    std::string beads_text;
    for (const align::Bead& bead : aligned.alignment) {
      predicted.push_back(bead_lines(bead));
      beads_text += format_bead(bead) + '\n';
    }
    if (!predictions_folder.empty()) write_file_atomically(predictions_folder + "/" + document + ".pred", beads_text);
    total.add(score_alignment(parse_beads(read_text_file(base + ".gold"), base + ".gold"), predicted));
  }
  return total;
}

}  // namespace sverka
