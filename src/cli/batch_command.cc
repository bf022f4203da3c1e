#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "formats/alignment_writer.h"
#include "pipeline/batch_runner.h"
#include "pipeline/document_aligner.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/json_line.h"
#include "util/text_escape.h"

namespace sverka::cli {
namespace {

// One result line of the stream: the input's id and its aligned pairs, or
// its error. Never throws: a bad line gets an error line, the stream goes on.
std::string stream_result(DocumentAligner& aligner, const std::string& line, std::uint64_t number, bool presplit,
                          double min_score) {
  std::string id;
  try {
    const auto fields = parse_flat_json(line, "<stdin>", number);
    id = fields.count("id") ? fields.at("id") : std::to_string(number);
    if (!fields.count("ru") || !fields.count("en")) {
      throw InputError(Location::at_line("<stdin>", number), "expected the fields \"id\", \"ru\" and \"en\"");
    }
    const std::string source = decode_text(fields.at("ru"), "<stdin>:" + std::to_string(number) + " ru");
    const std::string target = decode_text(fields.at("en"), "<stdin>:" + std::to_string(number) + " en");
    const AlignedDocument document = presplit ? aligner.align_lines(source, target) : aligner.align_text(source, target);
    std::ostringstream out;
    out << "{\"id\":" << json_quote(id) << ",\"pairs\":[";
    bool first = true;
    for (const align::Bead& bead : document.alignment) {
      if (bead.source_count == 0 || bead.target_count == 0 || bead.score < min_score) continue;
      char score[16];
      std::snprintf(score, sizeof score, "%.3f", bead.score);
      out << (first ? "" : ",") << "{\"ru\":" << json_quote(source_text(document, bead))
          << ",\"en\":" << json_quote(target_text(document, bead)) << ",\"score\":" << score << '}';
      first = false;
    }
    out << "]}";
    return out.str();
  } catch (const std::exception& error) {
    return "{\"id\":" + json_quote(id) + ",\"error\":" + json_quote(error.what()) + "}";
  }
}

// JSON lines in, JSON lines out, in order: a Hadoop Streaming mapper or a
// Spark RDD.pipe() command. Lines are processed in chunks by all jobs.
int run_stream(const po::variables_map& values, int jobs) {
  const Paths paths = paths_from(values);
  const auto lexicon = std::make_shared<const BilingualLexicon>(load_or_build_lexicon("ru", "en", paths));
  std::vector<std::unique_ptr<DocumentAligner>> aligners;
  for (int j = 0; j < jobs; ++j) {
    aligners.push_back(std::make_unique<DocumentAligner>("ru", "en", paths, lexicon, aligner_options_from(values)));
  }
  const bool presplit = values["presplit"].as<bool>();
  const double min_score = values["min-score"].as<double>();
  const std::size_t chunk = 16 * static_cast<std::size_t>(jobs);
  std::vector<std::string> lines, results;
  std::uint64_t number = 0, first_number = 1;
  const auto flush = [&] {
    results.assign(lines.size(), {});
    std::vector<std::thread> threads;
    for (int j = 0; j < jobs; ++j) {
      threads.emplace_back([&, j] {
        for (std::size_t k = static_cast<std::size_t>(j); k < lines.size(); k += static_cast<std::size_t>(jobs)) {
          results[k] = stream_result(*aligners[static_cast<std::size_t>(j)], lines[k], first_number + k, presplit, min_score);
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (const std::string& result : results) std::cout << result << '\n';
    std::cout.flush();
    first_number += lines.size();
    lines.clear();
  };
  std::string line;
  while (std::getline(std::cin, line)) {
    ++number;
    lines.push_back(line);
    if (lines.size() == chunk) flush();
  }
  flush();
  return 0;
}

}  // namespace

// Aligns the document pairs of a manifest into a parallel corpus, or a
// stream of JSON lines.
int run_batch(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("manifest", po::value<std::string>(), "TSV: id<TAB>ru_path<TAB>en_path, paths relative to it")
      ("out", po::value<std::string>(), "output folder")
      ("jobs,j", po::value<int>()->default_value(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))),
       "worker threads")
      ("format,f", po::value<std::string>()->default_value("tmx,moses,jsonl"), "corpus formats: tmx, moses, jsonl")
      ("min-score", po::value<double>()->default_value(0.0), "drop pairs below this confidence")
      ("presplit", po::bool_switch(), "inputs hold one sentence per line")
      ("resume", po::bool_switch(), "skip pairs whose outputs are complete")
      ("quotes", po::bool_switch(), "check the quotes of every pair; findings by type in summary.json")
      ("quiet,q", po::bool_switch(), "no progress on stderr")
      ("stream", po::bool_switch(), "read {\"id\",\"ru\",\"en\"} JSON lines on stdin, write results to stdout");
  add_aligner_options(options);
  add_path_options(options);
  po::positional_options_description positional;
  positional.add("manifest", 1);
  po::variables_map values;
  if (!parse_command_line("batch", "MANIFEST.tsv --out DIR [options] | --stream",
                          "  sverka batch corpus.tsv --out aligned/ --jobs 2\n"
                          "  sverka batch corpus.tsv --out aligned/ --format tmx --min-score 0.5 --resume\n"
                          "  sverka batch --stream < docs.jsonl > aligned.jsonl\n",
                          options, positional, args, values)) {
    return 0;
  }
  const int jobs = values["jobs"].as<int>();
  if (jobs < 1 || jobs > 256) throw UsageError("--jobs: expected 1 to 256, got " + std::to_string(jobs));
  if (values["stream"].as<bool>()) return run_stream(values, jobs);
  if (!values.count("manifest") || !values.count("out")) {
    throw UsageError("sverka batch: give a MANIFEST and --out DIR, or --stream");
  }
  BatchOptions batch;
  batch.out_dir = values["out"].as<std::string>();
  batch.jobs = jobs;
  batch.formats = parse_batch_formats(values["format"].as<std::string>());
  batch.min_score = values["min-score"].as<double>();
  batch.resume = values["resume"].as<bool>();
  batch.presplit = values["presplit"].as<bool>();
  batch.quotes = values["quotes"].as<bool>();
  batch.paths = paths_from(values);
  batch.aligner = aligner_options_from(values);
  const std::vector<ManifestRow> rows = read_manifest(values["manifest"].as<std::string>());
  ProgressBar bar("pairs", values["quiet"].as<bool>());
  const BatchSummary summary =
      run_batch(rows, batch, [&bar](std::size_t done, std::size_t total) { bar.update(done, total); });
  bar.finish();
  if (!values["quiet"].as<bool>()) {
    std::fprintf(stderr, "%llu pairs aligned (%llu resumed), %llu failed, %.1f s; see %s/summary.json%s\n",
                 static_cast<unsigned long long>(summary.done), static_cast<unsigned long long>(summary.resumed),
                 static_cast<unsigned long long>(summary.failed), summary.seconds, batch.out_dir.c_str(),
                 summary.failed ? " and errors.jsonl" : "");
  }
  return summary.failed > 0 ? 1 : 0;
}

}  // namespace sverka::cli
