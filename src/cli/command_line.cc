#include "cli/command_line.h"

#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>

#include "formats/quote_report_writer.h"
#include "lexicon/language_code.h"
#include "pipeline/missing_resources.h"
#include "text/script_check.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"

namespace sverka::cli {

bool parse_command_line(const std::string& command, const std::string& usage,
                        const std::string& examples, po::options_description& options,
                        const po::positional_options_description& positional,
                        const std::vector<std::string>& args, po::variables_map& values) {
  options.add_options()("help,h", "show this help");
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
    if (values.count("help")) {
      std::cout << "Usage: sverka " << command << ' ' << usage << "\n\n" << options << "\nExamples:\n"
                << examples;
      return false;
    }
    po::notify(values);
  } catch (const po::error& error) {
    // "the option '--source' is required" names an option nobody typed when
    // the inputs are given by position, as they mostly are.
    if (const auto* required = dynamic_cast<const po::required_option*>(&error)) {
      std::string name = required->get_option_name();
      name.erase(0, name.find_first_not_of('-'));
      // max_total_count() is unbounded when the last input repeats (lexicon lookup WORD...).
      constexpr unsigned kMaxNamedInputs = 8;
      for (unsigned position = 0; position < positional.max_total_count() && position < kMaxNamedInputs; ++position) {
        if (positional.name_for_position(position) != name) continue;
        throw UsageError("missing input " + std::to_string(position + 1) + " (" + name +
                         "): usage: sverka " + command + ' ' + usage);
      }
    }
    throw UsageError(std::string(error.what()) + " (see 'sverka " + command + " --help')");
  }
  return true;
}

void add_document_pair_options(po::options_description& options, po::positional_options_description& positional,
                               const std::string& default_format, const std::string& formats,
                               bool target_required) {
  auto target = po::value<std::string>();
  if (target_required) target->required();
  options.add_options()
      ("source", po::value<std::string>()->required(), "the Russian text, '-' for stdin")
      ("target", target, "the English text, '-' for stdin")
      ("presplit", po::bool_switch(), "inputs hold one sentence per line (line numbers are then 0-based lines)")
      ("format,f", po::value<std::string>()->default_value(default_format), formats.c_str())
      ("output,o", po::value<std::string>()->default_value("-"), "output file ('-' stdout), written when complete");
  add_aligner_options(options);
  add_path_options(options);
  positional.add("source", 1).add("target", 1);
}

void add_path_options(po::options_description& options) {
  const Paths defaults = Paths::defaults();
  options.add_options()
      ("lexicons", po::value<std::string>()->default_value(defaults.lexicons), "curated data folder (SVERKA_LEXICONS)")
      ("dictd", po::value<std::string>()->default_value(defaults.dictd), "dictd dictionaries (SVERKA_DICTD)")
      ("hunspell", po::value<std::string>()->default_value(defaults.hunspell),
       "Hunspell dictionaries (SVERKA_HUNSPELL)")
      ("cache", po::value<std::string>()->default_value(defaults.cache), "converted lexicons (SVERKA_CACHE)");
}

Paths paths_from(const po::variables_map& values) {
  return Paths{values["lexicons"].as<std::string>(), values["dictd"].as<std::string>(),
               values["hunspell"].as<std::string>(), values["cache"].as<std::string>()};
}

void add_aligner_options(po::options_description& options) {
  options.add_options()
      ("cost", po::value<std::string>(),
       "cost weights: length=,lexical=,skip=,short-skip=,turn=,turns=,paragraph=,merge=,many=,five=,six=")
      ("no-learning", po::bool_switch(), "skip the second pass with learned word translations");
}

align::AlignerOptions aligner_options_from(const po::variables_map& values) {
  align::AlignerOptions options;
  options.second_pass = !values["no-learning"].as<bool>();
  if (!values.count("cost")) return options;
  align::CostWeights& w = options.weights;
  std::stringstream list(values["cost"].as<std::string>());
  std::string item;
  while (std::getline(list, item, ',')) {
    std::size_t equals = item.find('=');
    double value = 0;
    try {
      value = std::stod(item.substr(equals + 1));
    } catch (const std::exception&) {
      equals = std::string::npos;
    }
    const std::string name = item.substr(0, equals);
    if (equals == std::string::npos) {
      throw UsageError("--cost: expected name=number, got '" + item + "'");
    } else if (name == "length") {
      w.length_weight = value;
    } else if (name == "lexical") {
      w.lexical_weight = value;
    } else if (name == "skip") {
      w.skip_cost = value;
    } else if (name == "short-skip") {
      w.short_skip_cost = value;
    } else if (name == "turn") {
      w.turn_penalty = value;
    } else if (name == "turns") {
      w.turn_count_penalty = value;
    } else if (name == "paragraph") {
      w.paragraph_penalty = value;
    } else if (name == "merge") {  // 2-1 and 1-2
      w.shape_cost[3] = w.shape_cost[4] = value;
    } else if (name == "many") {  // 2-2, 3-1, 1-3
      w.shape_cost[5] = w.shape_cost[6] = w.shape_cost[7] = value;
    } else if (name == "five") {  // 3-2, 2-3, 4-1, 1-4
      w.shape_cost[8] = w.shape_cost[9] = w.shape_cost[10] = w.shape_cost[11] = value;
    } else if (name == "six") {  // 3-3
      w.shape_cost[12] = value;
    } else {
      throw UsageError("--cost: unknown weight '" + name + "'");
    }
  }
  return options;
}

namespace {
// Two or three lower-case letters; one sverka knows by three is given its
// two-letter code.
std::optional<std::string> language_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 3) return std::nullopt;
  for (const char c : code) {
    if (c < 'a' || c > 'z') return std::nullopt;
  }
  return two_letter_code(code);
}
}  // namespace

std::string parse_language(const std::string& text) {
  const std::optional<std::string> code = language_code(text);
  if (!code) throw UsageError("--lang: expected an ISO 639-1 code like 'ru', got '" + text + "'");
  return *code;
}

LanguagePair parse_language_pair(const std::string& text, bool given) {
  const std::size_t dash = text.find('-');
  const bool two = dash != std::string::npos;
  const std::optional<std::string> source = two ? language_code(text.substr(0, dash)) : std::nullopt;
  const std::optional<std::string> target = two ? language_code(text.substr(dash + 1)) : std::nullopt;
  if (!source || !target || *source == *target) {
    throw UsageError("--lang-pair: expected two different ISO 639-1 codes like 'ru-en', got '" + text + "'");
  }
  return LanguagePair{*source, *target, given};
}

void warn(const std::string& note) { std::cerr << "sverka: warning: " << note << '\n'; }

void warn_of_missing_resources(const std::string& source_language, const std::string& target_language,
                               const Paths& paths) {
  for (const std::string& note : missing_resources(source_language, target_language, paths)) warn(note);
}

TextPair read_input_pair(const std::string& source_path, const std::string& target_path,
                         const LanguagePair& pair) {
  if (is_stdio(source_path) && is_stdio(target_path)) {
    throw UsageError("only one of the two inputs can be '-' (standard input)");
  }
  TextPair input{source_path, target_path, read_text_file(source_path), read_text_file(target_path)};
  for (const std::string& note : orient(input, pair.source, pair.target, !pair.given)) warn(note);
  return input;
}

void add_fail_on_option(po::options_description& options) {
  options.add_options()
      ("fail-on", po::value<std::string>(),
       "exit 1 when a quote finding of this severity or worse exists: error or warning");
}

void check_fail_on(const po::variables_map& values) {
  if (!values.count("fail-on")) return;
  const std::string level = values["fail-on"].as<std::string>();
  if (level != "error" && level != "warning") {
    throw UsageError("--fail-on: expected 'error' or 'warning', got '" + level + "'");
  }
}

int exit_for_findings(const std::vector<QuotePair>& pairs, const po::variables_map& values) {
  if (!values.count("fail-on")) return 0;
  const std::string level = values["fail-on"].as<std::string>();
  return count_findings(pairs, level == "error" ? Severity::kError : Severity::kWarning) > 0 ? 1 : 0;
}

AlignedDocument align_input(DocumentAligner& aligner, const po::variables_map& values) {
  TextPair input =
      read_input_pair(values["source"].as<std::string>(), values["target"].as<std::string>(), LanguagePair{});
  return aligner.align(std::move(input.source_text), std::move(input.target_text), values["presplit"].as<bool>());
}

void exit_without_freeing(int code) {
  std::cout.flush();
  std::exit(code);
}

}  // namespace sverka::cli
