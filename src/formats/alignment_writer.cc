#include "formats/alignment_writer.h"

#include <cstdio>

#include "formats/bead_text.h"
#include "util/error.h"
#include "util/text_escape.h"

#ifndef SVERKA_VERSION
#define SVERKA_VERSION "0"
#endif

namespace sverka {
namespace {

std::string join(const std::vector<Sentence>& sentences, std::uint32_t begin, std::uint32_t count) {
  std::string text;
  for (std::uint32_t k = 0; k < count; ++k) {
    if (k > 0) text += ' ';
    text += sentences[begin + k].text;
  }
  return text;
}

std::string score_text(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

std::string index_list(std::uint32_t begin, std::uint32_t count) {
  std::string out = "[";
  for (std::uint32_t k = 0; k < count; ++k) {
    if (k > 0) out += ',';
    out += std::to_string(begin + k);
  }
  out += ']';
  return out;
}

bool paired(const align::Bead& bead) { return bead.source_count > 0 && bead.target_count > 0; }

}  // namespace

std::string source_text(const AlignedDocument& document, const align::Bead& bead) {
  return join(document.source, bead.source_begin, bead.source_count);
}

std::string target_text(const AlignedDocument& document, const align::Bead& bead) {
  return join(document.target, bead.target_begin, bead.target_count);
}

AlignmentFormat parse_alignment_format(const std::string& name) {
  if (name == "beads") return AlignmentFormat::kBeads;
  if (name == "ladder") return AlignmentFormat::kLadder;
  if (name == "tsv") return AlignmentFormat::kTsv;
  if (name == "jsonl") return AlignmentFormat::kJsonl;
  if (name == "tmx") return AlignmentFormat::kTmx;
  if (name == "moses") return AlignmentFormat::kMoses;
  throw UsageError("unknown format '" + name + "' (expected beads, ladder, tsv, jsonl, tmx or moses)");
}

void write_tmx_header(std::ostream& out, const WriterOptions& options) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<tmx version=\"1.4\">\n"
      << "  <header creationtool=\"sverka\" creationtoolversion=\"" << SVERKA_VERSION
      << "\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\""
      << xml_escape(options.source_language) << "\" o-tmf=\"sverka\"/>\n"
      << "  <body>\n";
}

void write_tmx_units(std::ostream& out, const AlignedDocument& document, const WriterOptions& options) {
  for (const align::Bead& bead : document.alignment) {
    if (!paired(bead) || bead.score < options.min_score) continue;
    out << "    <tu>\n";
    if (!options.document_id.empty()) {
      out << "      <prop type=\"x-document\">" << xml_escape(options.document_id) << "</prop>\n";
    }
    out << "      <prop type=\"x-score\">" << score_text(bead.score) << "</prop>\n"
        << "      <tuv xml:lang=\"" << xml_escape(options.source_language) << "\"><seg>"
        << xml_escape(source_text(document, bead)) << "</seg></tuv>\n"
        << "      <tuv xml:lang=\"" << xml_escape(options.target_language) << "\"><seg>"
        << xml_escape(target_text(document, bead)) << "</seg></tuv>\n"
        << "    </tu>\n";
  }
}

void write_tmx_footer(std::ostream& out) { out << "  </body>\n</tmx>\n"; }

void write_moses(std::ostream& source_out, std::ostream& target_out,
                 const AlignedDocument& document, const WriterOptions& options) {
  for (const align::Bead& bead : document.alignment) {
    if (!paired(bead) || bead.score < options.min_score) continue;
    source_out << tsv_field(source_text(document, bead)) << '\n';
    target_out << tsv_field(target_text(document, bead)) << '\n';
  }
}

void write_alignment(std::ostream& out, const AlignedDocument& document, AlignmentFormat format,
                     const WriterOptions& options) {
  switch (format) {
    case AlignmentFormat::kTmx:
      write_tmx_header(out, options);
      write_tmx_units(out, document, options);
      write_tmx_footer(out);
      return;
    case AlignmentFormat::kMoses:
      throw UsageError("the moses format writes two files: use write_moses");
    default:
      break;
  }
  for (const align::Bead& bead : document.alignment) {
    switch (format) {
      case AlignmentFormat::kBeads:
        out << format_bead(bead) << '\n';
        break;
      case AlignmentFormat::kLadder:
        out << bead.source_begin << '\t' << bead.target_begin << '\t' << score_text(bead.score) << '\n';
        break;
      case AlignmentFormat::kTsv:
        if (bead.score < options.min_score) break;
        out << tsv_field(source_text(document, bead)) << '\t' << tsv_field(target_text(document, bead))
            << '\t' << score_text(bead.score) << '\n';
        break;
      case AlignmentFormat::kJsonl:
        if (bead.score < options.min_score) break;
        out << '{';
        if (!options.document_id.empty()) out << "\"doc\":" << json_quote(options.document_id) << ',';
        out << "\"" << options.source_language << "_lines\":" << index_list(bead.source_begin, bead.source_count)
            << ",\"" << options.target_language << "_lines\":" << index_list(bead.target_begin, bead.target_count)
            << ",\"" << options.source_language << "\":" << json_quote(source_text(document, bead))
            << ",\"" << options.target_language << "\":" << json_quote(target_text(document, bead))
            << ",\"score\":" << score_text(bead.score) << "}\n";
        break;
      default:
        break;
    }
  }
  if (format == AlignmentFormat::kLadder) {
    out << document.source.size() << '\t' << document.target.size() << '\t' << score_text(0) << '\n';
  }
}

}  // namespace sverka
