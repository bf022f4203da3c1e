#include "pipeline/stream_runner.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

#include "formats/alignment_writer.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/json_line.h"
#include "util/text_escape.h"

namespace sverka {

std::string align_json_line(DocumentAligner& aligner, const std::string& line, std::uint64_t number,
                            bool presplit, double min_score) {
  std::string id;
  try {
    const auto fields = parse_flat_json(line, "<stdin>", number);
    id = fields.count("id") ? fields.at("id") : std::to_string(number);
    if (!fields.count("ru") || !fields.count("en")) {
      throw InputError(Location::at_line("<stdin>", number), "expected the fields \"id\", \"ru\" and \"en\"");
    }
    const AlignedDocument document =
        aligner.align(decode_text(fields.at("ru"), "<stdin>:" + std::to_string(number) + " ru"),
                      decode_text(fields.at("en"), "<stdin>:" + std::to_string(number) + " en"), presplit);
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

void run_stream(std::istream& in, std::ostream& out, const StreamOptions& options) {
  const int jobs = std::max(1, options.jobs);
  const auto lexicon = std::make_shared<const BilingualLexicon>(load_or_build_lexicon("ru", "en", options.paths));
  std::vector<std::unique_ptr<DocumentAligner>> aligners;
  for (int j = 0; j < jobs; ++j) {
    aligners.push_back(std::make_unique<DocumentAligner>("ru", "en", options.paths, lexicon, options.aligner));
  }
  const std::size_t chunk = 16 * static_cast<std::size_t>(jobs);
  std::vector<std::string> lines, results;
  std::uint64_t first_number = 1;
  const auto flush = [&] {
    results.assign(lines.size(), {});
    std::vector<std::thread> threads;
    for (int j = 0; j < jobs; ++j) {
      threads.emplace_back([&, j] {
        for (std::size_t k = static_cast<std::size_t>(j); k < lines.size(); k += static_cast<std::size_t>(jobs)) {
          results[k] = align_json_line(*aligners[static_cast<std::size_t>(j)], lines[k], first_number + k,
                                       options.presplit, options.min_score);
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (const std::string& result : results) out << result << '\n';
    out.flush();
    first_number += lines.size();
    lines.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    lines.push_back(line);
    if (lines.size() == chunk) flush();
  }
  flush();
}

}  // namespace sverka
