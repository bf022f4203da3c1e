#include "cli/command_line.h"
#include "cli/commands.h"
#include "formats/alignment_writer.h"
#include "formats/html_report.h"
#include "formats/name_table_writer.h"
#include "formats/quote_report_writer.h"
#include "quotes/quote_checker.h"
#include "util/error.h"
#include "util/file_io.h"

namespace sverka::cli {

// Alignment, name table and quote check in one pass over one alignment:
// the report an editor reads before publishing a translated statement.
int run_check(const std::vector<std::string>& args) {
  po::options_description options("Options");
  add_fail_on_option(options);
  po::positional_options_description positional;
  add_document_pair_options(options, positional, "text", "text or html (a self-contained review page)");
  po::variables_map values;
  if (!parse_command_line("check", "RU EN [options]",
                          "  sverka check samples/seed.ru.txt samples/seed.en-divergent.txt\n"
                          "  sverka check report.ru.txt report.en.txt --fail-on error -o report.txt\n"
                          "  sverka check report.ru.txt report.en.txt -f html -o report.html\n",
                          options, positional, args, values)) {
    return 0;
  }
  check_fail_on(values);
  const std::string format = values["format"].as<std::string>();
  if (format != "text" && format != "html") {
    throw UsageError("unknown format '" + format + "' (expected text or html)");
  }
  const Paths paths = paths_from(values);
  warn_of_missing_resources("ru", "en", paths);
  DocumentAligner aligner("ru", "en", paths, aligner_options_from(values));
  const AlignedDocument document = align_input(aligner, values);
  NameTableBuilder names(NameConventions::load(paths.lexicons + "/names.ru-en.tsv"),
                         name_side(aligner.source_language()), name_side(aligner.target_language()),
                         lexicon_test(aligner));
  const NameTable table = names.build(document.source, document.target, document.alignment);
  QuoteChecker checker(aligner, paths.lexicons);
  const std::vector<QuotePair> pairs = checker.check(document);

  AtomicOutput out(values["output"].as<std::string>());
  std::ostream& stream = out.stream();
  if (format == "html") {
    HtmlReportInput page{values["source"].as<std::string>(), values["target"].as<std::string>(), &document, &table,
                         &pairs};
    write_html_report(stream, page);
    out.commit();
    exit_without_freeing(exit_for_findings(pairs, values));
  }
  stream << "== Alignment: " << document.source.size() << " Russian and " << document.target.size()
         << " English sentences, " << document.alignment.size() << " beads\n";
  write_alignment(stream, document, AlignmentFormat::kTsv, WriterOptions{});
  stream << "\n== Names\n";
  write_name_table(stream, table, NameTableFormat::kText);
  stream << "\n== Quotes\n";
  write_quote_report(stream, pairs, QuoteReportFormat::kText);
  out.commit();
  exit_without_freeing(exit_for_findings(pairs, values));
}

}  // namespace sverka::cli
