#include "formats/quote_report_writer.h"

#include "util/error.h"
#include "util/text_escape.h"

namespace sverka {

QuoteReportFormat parse_quote_report_format(const std::string& name) {
  if (name == "text") return QuoteReportFormat::kText;
  if (name == "jsonl") return QuoteReportFormat::kJsonl;
  throw UsageError("unknown quotes format '" + name + "' (expected text or jsonl)");
}

int count_findings(const std::vector<QuotePair>& pairs, Severity severity) {
  int count = 0;
  for (const QuotePair& pair : pairs) {
    for (const QuoteFlag& flag : pair.flags) count += flag.severity >= severity;
  }
  return count;
}

void write_quote_report(std::ostream& out, const std::vector<QuotePair>& pairs, QuoteReportFormat format) {
  if (format == QuoteReportFormat::kJsonl) {
    for (const QuotePair& pair : pairs) {
      out << "{\"ru_line\":" << pair.ru_line << ",\"en_line\":" << pair.en_line
          << ",\"ru_quote\":" << json_quote(pair.ru_quote) << ",\"en_quote\":" << json_quote(pair.en_quote)
          << ",\"speaker\":" << json_quote(pair.speaker) << ",\"flags\":[";
      for (std::size_t k = 0; k < pair.flags.size(); ++k) {
        const QuoteFlag& flag = pair.flags[k];
        out << (k ? "," : "") << "{\"type\":" << json_quote(flag.type)
            << ",\"severity\":\"" << severity_name(flag.severity) << "\",\"ru_span\":" << json_quote(flag.ru_span)
            << ",\"en_span\":" << json_quote(flag.en_span) << ",\"explanation\":" << json_quote(flag.explanation)
            << '}';
      }
      out << "]}\n";
    }
    return;
  }
  int flagged = 0;
  for (const QuotePair& pair : pairs) flagged += !pair.flags.empty();
  out << pairs.size() << " quoted statements, " << flagged << " with findings ("
      << count_findings(pairs, Severity::kError) << " errors, "
      << count_findings(pairs, Severity::kWarning) - count_findings(pairs, Severity::kError) << " warnings)\n";
  for (const QuotePair& pair : pairs) {
    // A side that quotes nothing here (a title in «» the English leaves
    // unquoted) says so rather than showing empty quotation marks.
    const auto quoted = [](const std::string& quote, const char* open, const char* close) {
      return quote.empty() ? std::string("(not quoted)") : open + quote + close;
    };
    out << "\nru " << pair.ru_line << ": " << quoted(pair.ru_quote, "«", "»") << '\n'
        << "en " << pair.en_line << ": " << quoted(pair.en_quote, "\"", "\"") << '\n';
    if (!pair.speaker.empty()) out << "   speaker: " << pair.speaker << '\n';
    if (pair.flags.empty()) out << "   ok\n";
    for (const QuoteFlag& flag : pair.flags) {
      out << "   " << severity_name(flag.severity) << " [" << flag.type << "] " << flag.explanation << '\n';
    }
  }
}

}  // namespace sverka
