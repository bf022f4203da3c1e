// What the subcommands share: Boost.Program_options parsing with usage
// errors that name the subcommand, --help text with examples, the data
// paths, the language pair, and reading the two input texts.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "names/name_table.h"
#include "quotes/quote_finding.h"
#include "pipeline/document_aligner.h"
#include "pipeline/language_resources.h"
#include "text/script_check.h"

namespace sverka::cli {

namespace po = boost::program_options;

// Parses `args` for `command`. Returns false (after printing help to stdout)
// when --help was given. Throws UsageError for bad options.
bool parse_command_line(const std::string& command, const std::string& usage,
                        const std::string& examples, po::options_description& options,
                        const po::positional_options_description& positional,
                        const std::vector<std::string>& args, po::variables_map& values);

// What every command on a document pair takes: RU and EN (positional),
// --presplit, --format (with its default and the list of formats),
// --output, and the aligner and path options. `target_required` is false
// for `names`, whose first argument may be the word "match".
void add_document_pair_options(po::options_description& options, po::positional_options_description& positional,
                               const std::string& default_format, const std::string& formats,
                               bool target_required = true);

// --lexicons, --dictd, --hunspell, --cache (defaults from Paths::defaults()).
void add_path_options(po::options_description& options);
Paths paths_from(const po::variables_map& values);

// --cost name=value,...: overrides of the cost weights, for tuning on a
// user's own kind of text (README, "Cost model"). --no-learning too.
void add_aligner_options(po::options_description& options);
align::AlignerOptions aligner_options_from(const po::variables_map& values);

struct LanguagePair {
  std::string source = "ru";
  std::string target = "en";
  bool given = false;  // --lang-pair was on the command line
};
// Codes sverka knows by three letters too ("ru-eng") are read as their
// two-letter ones, which its data is named by (lexicon/language_code.h).
LanguagePair parse_language_pair(const std::string& text, bool given);
// One code, the same way (`split --lang`).
std::string parse_language(const std::string& text);

// "sverka: warning: <note>" on stderr: what looks wrong but stops nothing.
void warn(const std::string& note);

// Says on stderr, once before the work, which dictionaries the pair goes
// without (pipeline/missing_resources.h).
void warn_of_missing_resources(const std::string& source_language, const std::string& target_language,
                               const Paths& paths);

// The two texts of a document pair, decoded and set the right way round
// (text/script_check.h: orient(), the swap only with the default pair),
// with what looks wrong said on stderr.
TextPair read_input_pair(const std::string& source_path, const std::string& target_path,
                         const LanguagePair& pair);

// The two inputs of `names`, `quotes` and `check`, read and aligned (--presplit).
AlignedDocument align_input(DocumentAligner& aligner, const po::variables_map& values);
// --fail-on error|warning, for CI use of `quotes` and `check`, and the exit
// code 1 when it is given and findings reach its severity.
void add_fail_on_option(po::options_description& options);
// A usage error for a --fail-on that is neither error nor warning: called
// before any work, so a typo costs no output.
void check_fail_on(const po::variables_map& values);
int exit_for_findings(const std::vector<QuotePair>& pairs, const po::variables_map& values);

// Ends the process once a command's output is committed, without freeing
// what it loaded: Hunspell frees its dictionaries entry by entry, a tenth
// of a second of a one-document run that the system reclaims at once
// (compilers skip the same work: clang's -disable-free). exit() still
// flushes the standard streams.
[[noreturn]] void exit_without_freeing(int code);

}  // namespace sverka::cli
