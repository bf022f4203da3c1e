#include <cstdio>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "formats/name_table_writer.h"
#include "names/name_similarity.h"
#include "pipeline/document_aligner.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"

namespace sverka::cli {
namespace {

// `sverka names match`: "cyrillic<TAB>latin" lines in, one score a line out.
int run_match(const std::string& input_path, const std::string& output_path) {
  NameMatcher matcher;
  AtomicOutput out(output_path);
  std::uint64_t line_number = 0;
  for (const std::string& line : split_lines(read_text_file(input_path))) {
    ++line_number;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      throw InputError(Location::at_line(input_path == "-" ? "<stdin>" : input_path, line_number),
                       "expected 'cyrillic<TAB>latin'");
    }
    char score[16];
    std::snprintf(score, sizeof score, "%.3f", matcher.similarity(line.substr(0, tab), line.substr(tab + 1)));
    out.stream() << score << '\n';
  }
  out.commit();
  return 0;
}

}  // namespace

// The name table of a document pair, or the matching primitive.
int run_names(const std::vector<std::string>& args) {
  po::options_description options("Options");
  po::positional_options_description positional;
  add_document_pair_options(options, positional, "text", "text, tsv or jsonl", false);
  po::variables_map values;
  if (!parse_command_line("names", "RU EN [options] | match < pairs.tsv",
                          "  sverka names samples/seed.ru.txt samples/seed.en.txt\n"
                          "  sverka names report.ru.txt report.en.txt -f jsonl -o names.jsonl\n"
                          "  printf 'Эрдоганом\\tErdogan\\nПесковым\\tPutin\\n' | sverka names match\n",
                          options, positional, args, values)) {
    return 0;
  }
  const std::string output = values["output"].as<std::string>();
  if (values["source"].as<std::string>() == "match") {
    return run_match(values.count("target") ? values["target"].as<std::string>() : "-", output);
  }
  if (!values.count("target")) throw UsageError("give the Russian and the English text");
  const NameTableFormat format = parse_name_table_format(values["format"].as<std::string>());
  const Paths paths = paths_from(values);
  warn_of_missing_resources("ru", "en", paths);
  DocumentAligner aligner("ru", "en", paths, aligner_options_from(values));
  const AlignedDocument document = align_input(aligner, values);
  NameTableBuilder builder(NameConventions::load(paths.lexicons + "/names.ru-en.tsv"),
                           name_side(aligner.source_language()), name_side(aligner.target_language()),
                           lexicon_test(aligner));
  const NameTable table = builder.build(document.source, document.target, document.alignment);
  AtomicOutput out(output);
  write_name_table(out.stream(), table, format);
  out.commit();
  exit_without_freeing(0);
}

}  // namespace sverka::cli
