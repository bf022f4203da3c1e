#include <future>
#include <iostream>
#include <memory>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "formats/alignment_writer.h"
#include "pipeline/document_aligner.h"
#include "util/error.h"
#include "util/file_io.h"

namespace sverka::cli {
namespace {

constexpr const char* kUsage = "RU EN [options]";
constexpr const char* kExamples =
    "  sverka align samples/seed.ru.txt samples/seed.en.txt\n"
    "  sverka align --presplit --format beads doc.ru doc.en -o doc.pred\n"
    "  sverka align report.ru.txt report.en.txt --format tmx --min-score 0.5 -o report.tmx\n"
    "  sverka align report.ru.txt report.en.txt --format moses -o corpus   # corpus.ru, corpus.en\n"
    "  sverka align --lang-pair de-fr text.de text.fr --format jsonl\n";

}  // namespace

// Aligns a document pair. Languages other than the first-class pair run on
// whatever Debian dictionary is installed for them, or none; an English-
// Russian pair is aligned Russian-first, where the lexicon is, and mirrored.
int run_align(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("lang-pair", po::value<std::string>()->default_value("ru-en"), "source-target ISO 639-1 codes")
      ("min-score", po::value<double>()->default_value(0.0),
       "drop beads below this confidence (tsv, jsonl, tmx, moses)");
  po::positional_options_description positional;
  add_document_pair_options(options, positional, "tsv",
                            "beads, ladder, tsv, jsonl, tmx or moses (-o is then a prefix)");
  po::variables_map values;
  if (!parse_command_line("align", kUsage, kExamples, options, positional, args, values)) return 0;

  LanguagePair pair = parse_language_pair(values["lang-pair"].as<std::string>(), !values["lang-pair"].defaulted());
  const AlignmentFormat format = parse_alignment_format(values["format"].as<std::string>());
  const std::string output = values["output"].as<std::string>();
  if (format == AlignmentFormat::kMoses && is_stdio(output)) {
    throw UsageError("--format moses writes two files; give a prefix with -o");
  }
  // The dictionaries load while the texts are read: the languages are known
  // from the pair alone (an auto-swap only exchanges the files). They load
  // on this thread, whose heap is on huge pages (util/huge_page_heap.h),
  // and they are most of what a run keeps.
  const bool mirror = pair.source == "en" && pair.target == "ru";
  warn_of_missing_resources(mirror ? pair.target : pair.source, mirror ? pair.source : pair.target, paths_from(values));
  std::future<TextPair> reading = std::async(std::launch::async, [&] {
    return read_input_pair(values["source"].as<std::string>(), values["target"].as<std::string>(), pair);
  });
  const auto aligner = std::make_unique<DocumentAligner>(mirror ? pair.target : pair.source,
                                                         mirror ? pair.source : pair.target, paths_from(values),
                                                         aligner_options_from(values));
  TextPair input = reading.get();
  if (mirror) std::swap(input.source_text, input.target_text);
  AlignedDocument document =
      aligner->align(std::move(input.source_text), std::move(input.target_text), values["presplit"].as<bool>());
  if (mirror) document = mirrored(std::move(document));

  WriterOptions writer{pair.source, pair.target, values["min-score"].as<double>(), ""};
  if (format == AlignmentFormat::kMoses) {
    AtomicOutput source_out(output + "." + pair.source);
    AtomicOutput target_out(output + "." + pair.target);
    write_moses(source_out.stream(), target_out.stream(), document, writer);
    source_out.commit();
    target_out.commit();
    exit_without_freeing(0);
  }
  AtomicOutput out(output);
  write_alignment(out.stream(), document, format, writer);
  out.commit();
  exit_without_freeing(0);
}

}  // namespace sverka::cli
