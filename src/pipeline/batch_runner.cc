#include "pipeline/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "formats/alignment_writer.h"
#include "pipeline/document_aligner.h"
#include "quotes/quote_checker.h"
#include "text/script_check.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"
#include "util/text_escape.h"

namespace sverka {
namespace {

namespace fs = std::filesystem;

bool wants(const BatchOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

std::string pair_base(const BatchOptions& options, const std::string& id) {
  return options.out_dir + "/pairs/" + file_safe_id(id);
}

// "<key> <value>" lines: the figures of one finished pair.
void write_done(const std::string& path, const PairFigures& figures) {
  std::ostringstream out;
  char score[32];
  std::snprintf(score, sizeof score, "%.17g", figures.score_sum);
  out << "source_sentences " << figures.source_sentences << "\ntarget_sentences " << figures.target_sentences
      << "\nscore_sum " << score << "\nscored " << figures.scored << '\n';
  for (const auto& [type, count] : figures.beads) out << "bead " << type << ' ' << count << '\n';
  for (const auto& [type, count] : figures.findings) out << "finding " << type << ' ' << count << '\n';
  for (const std::string& warning : figures.warnings) out << "warning " << warning << '\n';
  write_file_atomically(path, out.str());
}

PairFigures read_done(const std::string& path) {
  PairFigures figures;
  std::istringstream in(read_file_bytes(path));
  std::string key;
  while (in >> key) {
    if (key == "source_sentences") in >> figures.source_sentences;
    else if (key == "target_sentences") in >> figures.target_sentences;
    else if (key == "score_sum") in >> figures.score_sum;
    else if (key == "scored") in >> figures.scored;
    else if (key == "bead") {
      std::string type;
      std::uint64_t count = 0;
      in >> type >> count;
      figures.beads[type] = count;
    } else if (key == "finding") {
      std::string type;
      std::uint64_t count = 0;
      in >> type >> count;
      figures.findings[type] = count;
    } else if (key == "warning") {
      std::string warning;
      std::getline(in >> std::ws, warning);
      figures.warnings.push_back(warning);
    }
  }
  return figures;
}

void add(PairFigures& total, const PairFigures& pair) {
  total.source_sentences += pair.source_sentences;
  total.target_sentences += pair.target_sentences;
  for (const auto& [type, count] : pair.beads) total.beads[type] += count;
  for (const auto& [type, count] : pair.findings) total.findings[type] += count;
  total.score_sum += pair.score_sum;
  total.scored += pair.scored;
}

PairFigures align_pair(DocumentAligner& aligner, QuoteChecker* checker, const ManifestRow& row,
                       const BatchOptions& options) {
  // Files given the wrong way round are aligned the right way round, as
  // `align` does: the pair's Russian output is then the Cyrillic file's.
  TextPair texts{row.source_path, row.target_path, read_text_file(row.source_path), read_text_file(row.target_path)};
  std::vector<std::string> warnings = orient(texts, "ru", "en", true);
  const AlignedDocument document =
      aligner.align(std::move(texts.source_text), std::move(texts.target_text), options.presplit);
  const WriterOptions writer{"ru", "en", options.min_score, row.id};
  const std::string base = pair_base(options, row.id);
  if (wants(options, "tmx")) {
    AtomicOutput out(base + ".units.tmx");
    write_tmx_units(out.stream(), document, writer);
    out.commit();
  }
  if (wants(options, "moses")) {
    AtomicOutput ru(base + ".ru"), en(base + ".en");
    write_moses(ru.stream(), en.stream(), document, writer);
    ru.commit();
    en.commit();
  }
  if (wants(options, "jsonl")) {
    AtomicOutput out(base + ".jsonl");
    write_alignment(out.stream(), document, AlignmentFormat::kJsonl, writer);
    out.commit();
  }
  PairFigures figures;
  figures.warnings = std::move(warnings);
  if (checker != nullptr) {
    for (const QuotePair& pair : checker->check(document)) {
      for (const QuoteFlag& flag : pair.flags) ++figures.findings[flag.type];
    }
  }
  figures.source_sentences = document.source.size();
  figures.target_sentences = document.target.size();
  for (const align::Bead& bead : document.alignment) {
    ++figures.beads[std::to_string(bead.source_count) + "-" + std::to_string(bead.target_count)];
    if (bead.source_count > 0 && bead.target_count > 0) {
      figures.score_sum += bead.score;
      ++figures.scored;
    }
  }
  return figures;
}

// Appends a pair's file to a merged output, if it exists. An empty one (a
// pair with no bead at --min-score, or an empty document) is skipped:
// streaming it inserts nothing, which marks `out` failed.
void append_file(std::ostream& out, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (in && in.peek() != std::ifstream::traits_type::eof()) out << in.rdbuf();
}

void write_merged(const std::vector<ManifestRow>& rows, const std::vector<bool>& ok, const BatchOptions& options) {
  if (wants(options, "tmx")) {
    AtomicOutput out(options.out_dir + "/corpus.tmx");
    write_tmx_header(out.stream(), WriterOptions{});
    for (std::size_t k = 0; k < rows.size(); ++k) {
      if (ok[k]) append_file(out.stream(), pair_base(options, rows[k].id) + ".units.tmx");
    }
    write_tmx_footer(out.stream());
    out.commit();
  }
  if (wants(options, "moses")) {
    for (const char* language : {"ru", "en"}) {
      AtomicOutput out(options.out_dir + "/corpus." + language);
      for (std::size_t k = 0; k < rows.size(); ++k) {
        if (ok[k]) append_file(out.stream(), pair_base(options, rows[k].id) + "." + language);
      }
      out.commit();
    }
  }
  if (wants(options, "jsonl")) {
    AtomicOutput out(options.out_dir + "/corpus.jsonl");
    for (std::size_t k = 0; k < rows.size(); ++k) {
      if (ok[k]) append_file(out.stream(), pair_base(options, rows[k].id) + ".jsonl");
    }
    out.commit();
  }
}

void write_summary(const BatchSummary& summary, const BatchOptions& options) {
  std::ostringstream out;
  char mean[32], seconds[32];
  std::snprintf(mean, sizeof mean, "%.4f",
                summary.totals.scored ? summary.totals.score_sum / static_cast<double>(summary.totals.scored) : 0.0);
  std::snprintf(seconds, sizeof seconds, "%.3f", summary.seconds);
  out << "{\"pairs_done\":" << summary.done << ",\"pairs_failed\":" << summary.failed
      << ",\"pairs_resumed\":" << summary.resumed << ",\"pairs_warned\":" << summary.warned
      << ",\"source_sentences\":" << summary.totals.source_sentences
      << ",\"target_sentences\":" << summary.totals.target_sentences << ",\"beads\":{";
  bool first = true;
  for (const auto& [type, count] : summary.totals.beads) {
    out << (first ? "" : ",") << json_quote(type) << ':' << count;
    first = false;
  }
  out << "},\"mean_score\":" << mean;
  if (options.quotes) {
    out << ",\"quote_findings\":{";
    first = true;
    for (const auto& [type, count] : summary.totals.findings) {
      out << (first ? "" : ",") << json_quote(type) << ':' << count;
      first = false;
    }
    out << '}';
  }
  out << ",\"seconds\":" << seconds << "}\n";
  write_file_atomically(options.out_dir + "/summary.json", out.str());
}

}  // namespace

std::vector<std::string> parse_batch_formats(const std::string& list) {
  std::vector<std::string> formats;
  std::stringstream stream(list);
  std::string format;
  while (std::getline(stream, format, ',')) {
    if (format != "tmx" && format != "moses" && format != "jsonl") {
      throw UsageError("--format: unknown corpus format '" + format + "' (expected tmx, moses, jsonl)");
    }
    formats.push_back(format);
  }
  if (formats.empty()) throw UsageError("--format: give at least one of tmx, moses, jsonl");
  return formats;
}

namespace {

// What became of one manifest row.
struct PairOutcome {
  bool ok = false, resumed = false;
  PairFigures figures;
  std::string error, error_file;
};

// One worker's documents: the aligner and checker are made on its first
// pair to align (not for a run that only resumes), and kept for the rest.
class PairWorker {
 public:
  PairWorker(const BatchOptions& options, std::shared_ptr<const BilingualLexicon> lexicon)
      : options_(options), lexicon_(std::move(lexicon)) {}

  PairOutcome run(const ManifestRow& row) {
    PairOutcome outcome;
    const std::string done = pair_base(options_, row.id) + ".done";
    try {
      if (!row.error.empty()) {
        outcome.error = row.error;  // names the manifest and line already
        return outcome;
      }
      if (options_.resume && fs::exists(done)) {
        outcome.figures = read_done(done);
        outcome.resumed = true;
      } else {
        if (!aligner_) {
          aligner_ = std::make_unique<DocumentAligner>("ru", "en", options_.paths, lexicon_, options_.aligner);
          if (options_.quotes) checker_ = std::make_unique<QuoteChecker>(*aligner_, options_.paths.lexicons);
        }
        outcome.figures = align_pair(*aligner_, checker_.get(), row, options_);
        write_done(done, outcome.figures);
      }
      outcome.ok = true;
    } catch (const InputError& error) {
      outcome.error = error.what();
      outcome.error_file = error.where().file;
    } catch (const std::exception& error) {
      outcome.error = error.what();
    }
    return outcome;
  }

 private:
  const BatchOptions& options_;
  std::shared_ptr<const BilingualLexicon> lexicon_;
  std::unique_ptr<DocumentAligner> aligner_;
  std::unique_ptr<QuoteChecker> checker_;
};

// Every row on `jobs` threads, each taking the next row not yet taken.
std::vector<PairOutcome> run_pairs(const std::vector<ManifestRow>& rows, const BatchOptions& options,
                                   const ProgressCallback& progress) {
  const auto lexicon =
      std::make_shared<const BilingualLexicon>(load_or_build_lexicon("ru", "en", options.paths));
  std::vector<PairOutcome> outcomes(rows.size());
  std::atomic<std::size_t> next{0};
  std::size_t finished = 0;
  std::mutex progress_mutex;
  const auto work = [&] {
    PairWorker worker(options, lexicon);
    for (std::size_t k = next++; k < rows.size(); k = next++) {
      outcomes[k] = worker.run(rows[k]);
      std::lock_guard<std::mutex> lock(progress_mutex);
      ++finished;
      if (progress) progress(finished, rows.size());
    }
  };
  std::vector<std::thread> threads;
  for (int j = 1; j < std::max(1, options.jobs); ++j) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  return outcomes;
}

}  // namespace

BatchSummary run_batch(const std::vector<ManifestRow>& rows, const BatchOptions& options,
                       const ProgressCallback& progress) {
  const auto start = std::chrono::steady_clock::now();
  fs::create_directories(options.out_dir + "/pairs");
  const std::vector<PairOutcome> outcomes = run_pairs(rows, options, progress);
  BatchSummary summary;
  std::vector<bool> ok(rows.size());
  std::ostringstream error_lines, warning_lines;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const PairOutcome& outcome = outcomes[k];
    ok[k] = outcome.ok;
    if (outcome.ok) {
      ++summary.done;
      summary.resumed += outcome.resumed;
      summary.warned += !outcome.figures.warnings.empty();
      add(summary.totals, outcome.figures);
      for (const std::string& warning : outcome.figures.warnings) {
        warning_lines << "{\"id\":" << json_quote(rows[k].id) << ",\"line\":" << rows[k].line
                      << ",\"warning\":" << json_quote(warning) << "}\n";
      }
    } else {
      ++summary.failed;
      error_lines << "{\"id\":" << json_quote(rows[k].id) << ",\"line\":" << rows[k].line
                  << ",\"file\":" << json_quote(outcome.error_file) << ",\"reason\":" << json_quote(outcome.error)
                  << "}\n";
    }
  }
  write_merged(rows, ok, options);
  write_file_atomically(options.out_dir + "/errors.jsonl", error_lines.str());
  write_file_atomically(options.out_dir + "/warnings.jsonl", warning_lines.str());
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_summary(summary, options);
  return summary;
}

}  // namespace sverka
