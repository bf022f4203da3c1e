// Measurements on evaluation sets laid out as in ../shared/data/align:
// <doc>.<src>, <doc>.<tgt> (one sentence a line), <doc>.<lang>.txt (the same
// text unsplit) and <doc>.gold (beads). Used by `sverka eval` and by the
// tests that hold quality floors.
#pragma once

#include <string>
#include <vector>

#include "formats/alignment_score.h"
#include "pipeline/document_aligner.h"
#include "pipeline/language_resources.h"

namespace sverka {

// Document names (without extension) of every <doc>.gold in `folder`, sorted.
std::vector<std::string> list_gold_documents(const std::string& folder);

struct SegmentationRecall {
  std::size_t gold_boundaries = 0;
  std::size_t found = 0;
  std::size_t files = 0;
  double recall() const {
    return gold_boundaries ? static_cast<double>(found) / static_cast<double>(gold_boundaries) : 0;
  }
};

// Share of the line boundaries of <doc>.<lang> that the splitter finds in
// <doc>.<lang>.txt, over every such file of `folder` for `language`.
// Positions are compared as counts of letters and digits, so spacing, and a
// dash or quote put on the other side of a boundary, do not matter.
SegmentationRecall segmentation_recall(const std::string& folder, const LanguageResources& language);

// Aligns every document of the set with `aligner` (pre-split input) and
// scores it against its gold. `predictions_folder`, when not empty,
// receives <doc>.pred bead files.
ScoreCounts evaluate_alignment_set(const std::string& folder, DocumentAligner& aligner,
                                   const std::string& source_language,
                                   const std::string& target_language,
                                   const std::string& predictions_folder = "");

}  // namespace sverka
