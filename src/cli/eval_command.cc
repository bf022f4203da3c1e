#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "formats/alignment_score.h"
#include "formats/bead_text.h"
#include "pipeline/evaluation.h"
#include "pipeline/name_evaluation.h"
#include "pipeline/planted_quote_evaluation.h"
#include "pipeline/quote_evaluation.h"
#include "text/text_reader.h"
#include "util/error.h"

namespace sverka::cli {
namespace {

namespace fs = std::filesystem;

void print_scores(const std::string& label, const ScoreCounts& counts) {
  const PrecisionRecall strict = strict_figures(counts);
  const PrecisionRecall lax = lax_figures(counts);
  std::printf("%-28s strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f | %d predicted, %d gold beads\n",
              label.c_str(), strict.precision, strict.recall, strict.f1, lax.precision, lax.recall,
              lax.f1, static_cast<int>(counts.predicted), static_cast<int>(counts.gold));
}

// The prediction for gold file <doc>.gold in `folder`: <doc>.pred, .beads or .gold.
std::string prediction_for(const std::string& folder, const std::string& document) {
  for (const char* suffix : {".pred", ".beads", ".gold", ""}) {
    const std::string path = folder + "/" + document + suffix;
    if (fs::is_regular_file(path)) return path;
  }
  throw InputError(Location{folder}, "no prediction for " + document + " (" + document + ".pred, .beads or .gold)");
}

ScoreCounts score_files(const std::string& gold_path, const std::string& predicted_path) {
  return score_alignment(parse_beads(read_text_file(gold_path), gold_path),
                         parse_beads(read_text_file(predicted_path), predicted_path));
}

// --segmentation: the splitter's recall of the set's line boundaries, per language.
int print_segmentation(const po::variables_map& values, const LanguagePair& pair) {
  const std::string folder = values["segmentation"].as<std::string>();
  warn_of_missing_resources(pair.source, pair.target, paths_from(values));
  for (const std::string& language : {pair.source, pair.target}) {
    const LanguageResources resources(language, paths_from(values));
    const SegmentationRecall recall = segmentation_recall(folder, resources);
    std::printf("segmentation %-3s %zu files: %zu of %zu gold line boundaries found, recall %.4f\n",
                language.c_str(), recall.files, recall.found, recall.gold_boundaries, recall.recall());
  }
  return 0;
}

// --quotes: divergent lines flagged by type, and the faithful lines flagged.
int print_quotes(const po::variables_map& values) {
  warn_of_missing_resources("ru", "en", paths_from(values));
  DocumentAligner aligner("ru", "en", paths_from(values), aligner_options_from(values));
  const QuoteEvaluation result =
      evaluate_quotes(values["quotes"].as<std::string>(), aligner, paths_from(values).lexicons);
  std::printf("quotes: divergent lines flagged %.3f, faithful lines flagged %.3f (%d of %d)\n", result.recall(),
              result.false_flag_rate(), result.faithful_flagged, result.faithful);
  for (const auto& [type, counts] : result.divergent_by_type) {
    std::printf("  %-10s %d of %d flagged\n", type.c_str(), counts.first, counts.second);
  }
  for (const auto& [check, count] : result.false_flags_by_check) {
    std::printf("  false flags from %s: %d\n", check.c_str(), count);
  }
  if (values["verbose"].as<bool>()) {
    for (const std::string& miss : result.misses) std::printf("  %s\n", miss.c_str());
  }
  return 0;
}

// --planted-quotes: divergences planted in the quotes of faithful
// translations found, by type, and the unaltered quoted lines flagged.
int print_planted_quotes(const po::variables_map& values) {
  warn_of_missing_resources("ru", "en", paths_from(values));
  DocumentAligner aligner("ru", "en", paths_from(values), aligner_options_from(values));
  const PlantedQuoteEvaluation result =
      evaluate_planted_quotes(values["planted-quotes"].as<std::string>(), aligner, paths_from(values).lexicons);
  std::printf("planted quotes: divergences found %.3f, unaltered quoted lines flagged %.3f (%d of %d)\n",
              result.recall(), result.unaltered_flag_rate(), result.quoted_lines_flagged, result.quoted_lines);
  for (const auto& [type, counts] : result.found_by_type) {
    std::printf("  %-10s %d of %d found\n", type.c_str(), counts.first, counts.second);
  }
  if (values["verbose"].as<bool>()) {
    for (const std::string& miss : result.misses) std::printf("  %s\n", miss.c_str());
    for (const std::string& flag : result.false_flags) std::printf("  %s\n", flag.c_str());
  }
  return 0;
}

// --names: top-1 accuracy among the candidates, overall and by grammatical form.
int print_names(const std::string& folder, bool verbose) {
  const NameAccuracy accuracy = evaluate_names(folder);
  std::printf("names %zu: top-1 accuracy %.4f overall, %.4f oblique", accuracy.total, accuracy.overall(),
              accuracy.oblique());
  for (const auto& [form, counts] : accuracy.by_form) {
    std::printf(" | %s %.3f (%zu)", form.c_str(),
                static_cast<double>(counts.first) / static_cast<double>(counts.second), counts.second);
  }
  std::printf("\n");
  if (verbose) {
    for (const std::string& miss : accuracy.misses) std::printf("  %s\n", miss.c_str());
  }
  return 0;
}

// --align: every document of the set aligned and scored against its gold.
int print_alignment_set(const po::variables_map& values, const LanguagePair& pair) {
  const std::string folder = values["align"].as<std::string>();
  warn_of_missing_resources(pair.source, pair.target, paths_from(values));
  DocumentAligner aligner(pair.source, pair.target, paths_from(values), aligner_options_from(values));
  const ScoreCounts counts = evaluate_alignment_set(folder, aligner, pair.source, pair.target,
                                                    values.count("save") ? values["save"].as<std::string>() : "");
  print_scores(fs::path(folder).filename().string(), counts);
  return 0;
}

}  // namespace

// Scores alignments (files or folders), or measures one thing on an
// evaluation set: alignment (--align), sentence segmentation, quote
// checks, name matching.
int run_eval(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("gold", po::value<std::string>(), "gold beads file or folder of *.gold")
      ("predicted", po::value<std::string>(), "predicted beads file or folder")
      ("align", po::value<std::string>(), "align every document of this set folder and score it")
      ("segmentation", po::value<std::string>(), "gold line-boundary recall of the splitter on this set folder")
      ("quotes", po::value<std::string>(), "quote check recall and false flags on this folder (cases.jsonl)")
      ("verbose,v", po::bool_switch(),
       "with --quotes, --planted-quotes or --names: list the misses (and the falsely flagged lines)")
      ("planted-quotes", po::value<std::string>(),
       "quote check on divergences planted in the quotes of this alignment set's reference translations")
      ("names", po::value<std::string>(),
       "top-1 accuracy of name matching on this folder (names.tsv, candidates.tsv, answers.tsv)")
      ("lang-pair", po::value<std::string>()->default_value("ru-en"), "languages of the set (--align, --segmentation)")
      ("save", po::value<std::string>(), "with --align: write <doc>.pred files to this folder");

  add_aligner_options(options);
  add_path_options(options);
  po::positional_options_description positional;
  positional.add("gold", 1).add("predicted", 1);
  po::variables_map values;
  if (!parse_command_line("eval", "GOLD PRED | --align SET | --segmentation SET [options]",
                          "  sverka eval doc.gold doc.pred\n"
                          "  sverka eval gold-folder/ predictions-folder/\n"
                          "  sverka eval --align ../shared/data/align/wmt22-news-ruen\n"
                          "  sverka eval --align ../shared/data/align/textberg-dev-defr --lang-pair de-fr\n"
                          "  sverka eval --segmentation ../shared/data/align/wmt22-news-ruen\n"
                          "  sverka eval --names ../shared/data/names/wikidata-ruen\n"
                          "  sverka eval --quotes ../shared/data/quotes/wmt22-news-ruen\n"
                          "  sverka eval --planted-quotes ../shared/data/align/wmt22-news-ruen\n",
                          options, positional, args, values)) {
    return 0;
  }
  const LanguagePair pair = parse_language_pair(values["lang-pair"].as<std::string>(), true);
  if (values.count("segmentation")) return print_segmentation(values, pair);
  if (values.count("quotes")) return print_quotes(values);
  if (values.count("planted-quotes")) return print_planted_quotes(values);
  if (values.count("names")) return print_names(values["names"].as<std::string>(), values["verbose"].as<bool>());
  if (values.count("align")) return print_alignment_set(values, pair);
  if (!values.count("gold") || !values.count("predicted")) {
    throw UsageError("give GOLD and PRED, or --align SET, or --segmentation SET");
  }
  const std::string gold = values["gold"].as<std::string>();
  const std::string predicted = values["predicted"].as<std::string>();
  ScoreCounts counts;
  if (fs::is_directory(gold)) {
    for (const std::string& document : list_gold_documents(gold)) {
      counts.add(score_files(gold + "/" + document + ".gold", prediction_for(predicted, document)));
    }
  } else {
    counts = score_files(gold, predicted);
  }
  print_scores(fs::path(gold).filename().string(), counts);
  return 0;
}

}  // namespace sverka::cli
