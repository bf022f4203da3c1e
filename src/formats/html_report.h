// The review page: one self-contained HTML file (inline CSS and one small
// script, no network) showing the two texts side by side, bead by bead,
// with names highlighted per entity, quotes boxed and each finding at its
// place, linked from a list at the top; keys n and p jump between findings.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "names/name_table.h"
#include "pipeline/document_aligner.h"
#include "quotes/quote_finding.h"

namespace sverka {

struct HtmlReportInput {
  std::string source_file, target_file;
  const AlignedDocument* document = nullptr;
  const NameTable* names = nullptr;
  const std::vector<QuotePair>* quotes = nullptr;
};

void write_html_report(std::ostream& out, const HtmlReportInput& input);

}  // namespace sverka
