#include <iostream>
#include <thread>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "pipeline/batch_runner.h"
#include "pipeline/stream_runner.h"
#include "util/error.h"

namespace sverka::cli {

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
  warn_of_missing_resources("ru", "en", paths_from(values));
  if (values["stream"].as<bool>()) {
    run_stream(std::cin, std::cout, StreamOptions{jobs, values["presplit"].as<bool>(), values["min-score"].as<double>(),
                                                  paths_from(values), aligner_options_from(values)});
    return 0;
  }
  if (!values.count("manifest") || !values.count("out")) {
    throw UsageError("give a MANIFEST and --out DIR, or --stream");
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
    std::fprintf(
        stderr, "%llu pairs aligned (%llu resumed, %llu with warnings), %llu failed, %.1f s; see %s/summary.json%s%s\n",
        static_cast<unsigned long long>(summary.done), static_cast<unsigned long long>(summary.resumed),
        static_cast<unsigned long long>(summary.warned), static_cast<unsigned long long>(summary.failed),
        summary.seconds, batch.out_dir.c_str(), summary.failed ? ", errors.jsonl" : "",
        summary.warned ? ", warnings.jsonl" : "");
  }
  return summary.failed > 0 ? 1 : 0;
}

}  // namespace sverka::cli
