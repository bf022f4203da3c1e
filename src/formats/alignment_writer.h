// Writes an aligned document in the formats people feed to other tools.
//
//   beads   "[0, 1]:[2]" per line, every bead (the gold format of ../shared/data)
//   ladder  hunalign's ladder: "source<TAB>target<TAB>score" at each bead start
//   tsv     source text, target text, score
//   jsonl   one object per bead: indices, texts, score
//   tmx     TMX 1.4b translation units
//   moses   two line-aligned files (see write_moses)
//
// tsv, jsonl, tmx and moses are for building corpora: they drop beads below
// `min_score` (1-0 and 0-1 beads score 0), and tmx and moses always drop
// 1-0 and 0-1 beads, which have no pair.
// beads and ladder keep everything, so they always describe the whole text.
#pragma once

#include <ostream>
#include <string>

#include "pipeline/document_aligner.h"

namespace sverka {

enum class AlignmentFormat { kBeads, kLadder, kTsv, kJsonl, kTmx, kMoses };

// Parses a format name; throws UsageError listing the valid ones.
AlignmentFormat parse_alignment_format(const std::string& name);

struct WriterOptions {
  std::string source_language = "ru";
  std::string target_language = "en";
  double min_score = 0;
  std::string document_id;  // JSONL "doc" field and TMX prop when not empty
};

// Every format but moses, to one stream.
void write_alignment(std::ostream& out, const AlignedDocument& document, AlignmentFormat format,
                     const WriterOptions& options);

// Moses: the source side to `source_out`, the target side to `target_out`,
// line i of one the translation of line i of the other.
void write_moses(std::ostream& source_out, std::ostream& target_out,
                 const AlignedDocument& document, const WriterOptions& options);

// TMX needs a header and a footer around any number of documents' units.
void write_tmx_header(std::ostream& out, const WriterOptions& options);
void write_tmx_units(std::ostream& out, const AlignedDocument& document, const WriterOptions& options);
void write_tmx_footer(std::ostream& out);

// The sentences of a bead's side joined with spaces.
std::string source_text(const AlignedDocument& document, const align::Bead& bead);
std::string target_text(const AlignedDocument& document, const align::Bead& bead);

}  // namespace sverka
