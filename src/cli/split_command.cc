#include "cli/command_line.h"
#include "cli/commands.h"
#include "pipeline/missing_resources.h"
#include "text/script_check.h"
#include "text/text_reader.h"
#include "util/file_io.h"


namespace sverka::cli {

// Sentence segmentation on its own: one sentence a line, a blank line
// between paragraphs with --paragraphs.
int run_split(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("input", po::value<std::string>()->required(), "text file, '-' for stdin")
      ("lang,l", po::value<std::string>()->required(), "language: ru, en, de, fr, ...")
      ("paragraphs", po::bool_switch(), "print a blank line between paragraphs")
      ("output,o", po::value<std::string>()->default_value("-"), "output file");
  add_path_options(options);
  po::positional_options_description positional;
  positional.add("input", 1);
  po::variables_map values;
  if (!parse_command_line("split", "FILE --lang ru|en [options]",
                          "  sverka split samples/seed.ru.txt --lang ru\n"
                          "  cat report.txt | sverka split - --lang en --paragraphs\n",
                          options, positional, args, values)) {
    return 0;
  }
  const std::string language = parse_language(values["lang"].as<std::string>());
  const std::string path = values["input"].as<std::string>();
  const std::string text = read_text_file(path);
  if (const auto warning = script_warning(text, language, path)) warn(*warning);
  const Paths paths = paths_from(values);
  if (const auto missing = missing_hunspell(language, paths)) warn(*missing);
  const LanguageResources resources(language, paths);
  AtomicOutput out(values["output"].as<std::string>());
  std::size_t paragraph = 0;
  bool first = true;
  for (const Sentence& sentence : resources.splitter.split_text(text)) {
    if (values["paragraphs"].as<bool>() && !first && sentence.paragraph != paragraph) out.stream() << '\n';
    out.stream() << sentence.text << '\n';
    paragraph = sentence.paragraph;
    first = false;
  }
  out.commit();
  return 0;
}

}  // namespace sverka::cli
