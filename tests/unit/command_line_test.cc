#include "cli/command_line.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;
using namespace sverka::cli;

namespace {
// The options of a document-pair command, parsed from `args`.
po::variables_map parsed(const std::vector<std::string>& args) {
  po::options_description options;
  po::positional_options_description positional;
  add_document_pair_options(options, positional, "tsv", "tsv or jsonl");
  po::variables_map values;
  parse_command_line("align", "RU EN", "", options, positional, args, values);
  return values;
}
}  // namespace

TEST_CASE("a document pair command takes the two texts by position and defaults the rest") {
  const po::variables_map values = parsed({"a.ru", "a.en", "--presplit"});
  CHECK(values["source"].as<std::string>() == "a.ru");
  CHECK(values["target"].as<std::string>() == "a.en");
  CHECK(values["presplit"].as<bool>());
  CHECK(values["format"].as<std::string>() == "tsv");
  CHECK(values["output"].as<std::string>() == "-");
  CHECK(paths_from(values).hunspell == Paths::defaults().hunspell);
}

TEST_CASE("a bad command line is a usage error naming the option and the command's help") {
  CHECK_THROWS_WITH(parsed({"a.ru", "a.en", "--colour"}),
                    Catch::Contains("--colour") && Catch::Contains("see 'sverka align --help'"));
  CHECK_THROWS_AS(parsed({"a.ru"}), UsageError);  // no English text
}

TEST_CASE("a missing input is named by its place on the command line, not by an option nobody typed") {
  CHECK_THROWS_WITH(parsed({"a.ru"}), "missing input 2 (target): usage: sverka align RU EN");
  CHECK_THROWS_WITH(parsed({}), Catch::StartsWith("missing input 1 (source)"));
}

TEST_CASE("cost weights are overridden by name, and only by known names and numbers") {
  align::AlignerOptions options =
      aligner_options_from(parsed({"a", "b", "--cost", "length=2,five=7.5,six=11,skip=1e1"}));
  CHECK(options.weights.length_weight == 2);
  CHECK(options.weights.skip_cost == 10);
  CHECK(options.weights.shape_cost[8] == 7.5);   // 3-2
  CHECK(options.weights.shape_cost[11] == 7.5);  // 1-4
  CHECK(options.weights.shape_cost[12] == 11);   // 3-3
  CHECK(options.weights.shape_cost[5] == align::CostWeights{}.shape_cost[5]);  // 2-2 as it was
  CHECK(options.second_pass);
  CHECK_FALSE(aligner_options_from(parsed({"a", "b", "--no-learning"})).second_pass);
  CHECK_THROWS_WITH(aligner_options_from(parsed({"a", "b", "--cost", "lenght=2"})),
                    Catch::Contains("unknown weight 'lenght'"));
  CHECK_THROWS_WITH(aligner_options_from(parsed({"a", "b", "--cost", "length=two"})),
                    Catch::Contains("expected name=number, got 'length=two'"));
}

TEST_CASE("a language pair is two different lower-case codes") {
  const LanguagePair pair = parse_language_pair("de-fr", true);
  CHECK(pair.source == "de");
  CHECK(pair.target == "fr");
  CHECK(pair.given);
  CHECK_THROWS_AS(parse_language_pair("ru", true), UsageError);
  CHECK_THROWS_AS(parse_language_pair("ru-ru", true), UsageError);
  CHECK_THROWS_AS(parse_language_pair("RU-EN", true), UsageError);
  CHECK_THROWS_AS(parse_language_pair("russian-english", true), UsageError);
}

TEST_CASE("a language known by three letters is read as its two-letter code, which its data is named by") {
  const LanguagePair pair = parse_language_pair("ru-eng", true);
  CHECK(pair.source == "ru");
  CHECK(pair.target == "en");
  CHECK(parse_language_pair("ger-fra", true).source == "de");
  CHECK(parse_language_pair("ast-en", true).source == "ast");  // unknown: as given
  CHECK_THROWS_AS(parse_language_pair("ru-rus", true), UsageError);  // one language twice
  CHECK(parse_language("eng") == "en");
  CHECK(parse_language("xx") == "xx");
  CHECK_THROWS_WITH(parse_language("EN"), Catch::Matchers::Contains("--lang: expected an ISO 639-1 code"));
}

TEST_CASE("with the default pair, an English first file and a Russian second are swapped back") {
  const auto folder = testing::scratch_folder("command_line_inputs");
  const std::string ru = (folder / "a.ru.txt").string(), en = (folder / "a.en.txt").string();
  write_file_atomically(ru, "Погибли три солдата.\n");
  write_file_atomically(en, "Three soldiers were killed.\n");
  const TextPair swapped = read_input_pair(en, ru, parse_language_pair("ru-en", false));
  CHECK(swapped.swapped);
  CHECK(swapped.source_path == ru);
  CHECK(swapped.source_text == "Погибли три солдата.\n");
  // Given on the command line, the pair is taken as it is.
  CHECK_FALSE(read_input_pair(en, ru, parse_language_pair("ru-en", true)).swapped);
  CHECK_FALSE(read_input_pair(ru, en, parse_language_pair("ru-en", false)).swapped);
  CHECK_THROWS_AS(read_input_pair("-", "-", parse_language_pair("ru-en", false)), UsageError);
  CHECK_THROWS_WITH(read_input_pair(ru, (folder / "missing.txt").string(), parse_language_pair("ru-en", false)),
                    Catch::Contains("missing.txt"));
}

TEST_CASE("--fail-on sets the exit code by the findings' severity") {
  po::options_description options;
  add_fail_on_option(options);
  const auto values_for = [&](const std::vector<std::string>& args) {
    po::variables_map values;
    parse_command_line("check", "", "", options, {}, args, values);
    return values;
  };
  QuotePair warned;
  warned.flags.push_back({"omission", Severity::kWarning, "", "", "dropped"});
  CHECK(exit_for_findings({warned}, values_for({})) == 0);
  CHECK(exit_for_findings({warned}, values_for({"--fail-on", "warning"})) == 1);
  CHECK(exit_for_findings({warned}, values_for({"--fail-on", "error"})) == 0);
  CHECK_THROWS_AS(check_fail_on(values_for({"--fail-on", "never"})), UsageError);
}
