// Aligns the document pairs of a manifest with several threads and writes
// a parallel corpus.
//
// Every pair is written to its own files under <out>/pairs/ (atomically; a
// "<id>.done" file with the pair's figures is written last, so a pair is
// complete exactly when it has one), then the merged corpus files are built
// from them in manifest order. That makes --resume trivial and its merged
// output byte-identical to a fresh run's. A failed pair is recorded in
// errors.jsonl and never stops the batch. A pair that aligns but looks
// wrong (a side without letters, the two files given the wrong way round,
// which is then aligned the right way round) is recorded in warnings.jsonl.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "pipeline/language_resources.h"
#include "pipeline/manifest.h"

namespace sverka {

struct BatchOptions {
  std::string out_dir;
  int jobs = 1;
  std::vector<std::string> formats = {"tmx", "moses", "jsonl"};
  double min_score = 0;
  bool resume = false;
  bool presplit = false;
  bool quotes = false;  // run the quote check on every pair
  Paths paths;
  align::AlignerOptions aligner;
};

struct PairFigures {
  std::uint64_t source_sentences = 0, target_sentences = 0;
  std::map<std::string, std::uint64_t> beads;  // "1-1" → count
  double score_sum = 0;
  std::uint64_t scored = 0;  // beads with both sides
  std::map<std::string, std::uint64_t> findings;  // quote findings by type (--quotes)
  std::vector<std::string> warnings;  // one line each, naming the file
};

struct BatchSummary {
  std::uint64_t done = 0, failed = 0, resumed = 0;
  std::uint64_t warned = 0;  // pairs done with a warning
  PairFigures totals;
  double seconds = 0;
};

// Called after each pair (from worker threads, serialized): pairs finished so far.
using ProgressCallback = std::function<void(std::size_t finished, std::size_t total)>;

BatchSummary run_batch(const std::vector<ManifestRow>& rows, const BatchOptions& options,
                       const ProgressCallback& progress);

// Checks a format list ("tmx,moses,jsonl"); throws UsageError for others.
std::vector<std::string> parse_batch_formats(const std::string& list);

}  // namespace sverka
