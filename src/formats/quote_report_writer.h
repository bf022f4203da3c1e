// Writes quote pairs and their findings: a report a person reads, or JSON
// lines (one object per quote pair) for scripts.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "quotes/quote_finding.h"

namespace sverka {

enum class QuoteReportFormat { kText, kJsonl };
QuoteReportFormat parse_quote_report_format(const std::string& name);

void write_quote_report(std::ostream& out, const std::vector<QuotePair>& pairs, QuoteReportFormat format);

// Counts of flags at or above `severity`.
int count_findings(const std::vector<QuotePair>& pairs, Severity severity);

}  // namespace sverka
