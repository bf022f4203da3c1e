#include "cli/command_line.h"
#include "cli/commands.h"
#include "formats/quote_report_writer.h"
#include "quotes/quote_checker.h"
#include "util/error.h"
#include "util/file_io.h"

namespace sverka::cli {

// Quoted statements of a Russian text and its English version, paired and
// checked; exit 1 with --fail-on when findings reach the given severity.
int run_quotes(const std::vector<std::string>& args) {
  po::options_description options("Options");
  add_fail_on_option(options);
  po::positional_options_description positional;
  add_document_pair_options(options, positional, "text", "text or jsonl");
  po::variables_map values;
  if (!parse_command_line("quotes", "RU EN [options]",
                          "  sverka quotes samples/seed.ru.txt samples/seed.en-divergent.txt\n"
                          "  sverka quotes report.ru.txt report.en.txt -f jsonl -o quotes.jsonl\n"
                          "  sverka quotes report.ru.txt report.en.txt --fail-on error   # for CI\n",
                          options, positional, args, values)) {
    return 0;
  }
  check_fail_on(values);
  const QuoteReportFormat format = parse_quote_report_format(values["format"].as<std::string>());
  const Paths paths = paths_from(values);
  warn_of_missing_resources("ru", "en", paths);
  DocumentAligner aligner("ru", "en", paths, aligner_options_from(values));
  const AlignedDocument document = align_input(aligner, values);
  QuoteChecker checker(aligner, paths.lexicons);
  const std::vector<QuotePair> pairs = checker.check(document);
  AtomicOutput out(values["output"].as<std::string>());
  write_quote_report(out.stream(), pairs, format);
  out.commit();
  exit_without_freeing(exit_for_findings(pairs, values));
}

}  // namespace sverka::cli
