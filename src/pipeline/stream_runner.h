// `sverka batch --stream`: document pairs as JSON lines in ({"id", "ru",
// "en"}), their aligned sentence pairs as JSON lines out, one line out per
// line in and in the same order, so the program can serve as a Hadoop
// Streaming mapper or a Spark RDD.pipe() command. A bad line gets an error
// line in its place ({"id", "error"}); the stream goes on.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>

#include "align/aligner.h"
#include "pipeline/document_aligner.h"
#include "pipeline/language_resources.h"

namespace sverka {

struct StreamOptions {
  int jobs = 1;
  bool presplit = false;
  double min_score = 0;  // pairs below this confidence are left out
  Paths paths;
  align::AlignerOptions aligner;
};

// The result line for input line `number` (1-based, for messages). Never
// throws.
std::string align_json_line(DocumentAligner& aligner, const std::string& line, std::uint64_t number,
                            bool presplit, double min_score);

// Reads `in` to its end, `options.jobs` lines at a time in parallel (in
// chunks, so output follows input closely), writing and flushing results
// to `out` in input order.
void run_stream(std::istream& in, std::ostream& out, const StreamOptions& options);

}  // namespace sverka
