// The sverka program: dispatches to a subcommand and is the one place where
// errors are caught and turned into messages and exit codes.
#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include "cli/commands.h"
#include "util/error.h"
#include "util/huge_page_heap.h"

#ifndef SVERKA_VERSION
#define SVERKA_VERSION "0"
#endif

namespace {

using Command = int (*)(const std::vector<std::string>&);

struct CommandInfo {
  Command run;
  const char* summary;
};

const std::map<std::string, CommandInfo>& commands() {
  static const std::map<std::string, CommandInfo> table = {
      {"align", {sverka::cli::run_align, "pair the sentences of a Russian text and its English version"}},
      {"names", {sverka::cli::run_names, "map inflected Cyrillic names to their Latin spellings"}},
      {"quotes", {sverka::cli::run_quotes, "pair quoted statements and flag divergences"}},
      {"check", {sverka::cli::run_check, "align, map names and check quotes in one pass"}},
      {"batch",
       {sverka::cli::run_batch, "align the document pairs of a manifest into a corpus (threads, resume, stream)"}},
      {"eval", {sverka::cli::run_eval, "score alignments; measure a set or the segmentation"}},
      {"split", {sverka::cli::run_split, "print one sentence per line"}},
      {"lexicon", {sverka::cli::run_lexicon, "build or query the bilingual lexicon"}},
  };
  return table;
}

void print_help() {
  std::cout << "sverka " SVERKA_VERSION " - collate a translation against its original\n\n"
            << "Usage: sverka <command> [options]   (sverka <command> --help for each)\n\nCommands:\n";
  for (const auto& [name, info] : commands())
    std::cout << "  " << name << std::string(10 - name.size(), ' ') << info.summary << '\n';
  std::cout << "\nExamples:\n"
            << "  sverka align samples/seed.ru.txt samples/seed.en.txt\n"
            << "  sverka check samples/seed.ru.txt samples/seed.en-divergent.txt\n"
            << "  sverka split samples/seed.ru.txt --lang ru\n"
            << "\nExit codes: 0 ok, 1 findings (with --fail-on), 2 usage or input error, 3 internal error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    print_help();
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::cout << "sverka " SVERKA_VERSION "\n";
    return 0;
  }
  const auto found = commands().find(argv[1]);
  if (found == commands().end()) {
    std::cerr << "sverka: unknown command '" << argv[1] << "' (see 'sverka --help')\n";
    return 2;
  }
  // A 10,000-line document fills about 90 MB of heap, 50,000 lines 150 MB,
  // 200,000 lines 490 MB (this thread's and the workers' together); what a
  // run never touches of the stretch costs only address space.
  constexpr std::size_t kHugePageHeap = std::size_t{512} << 20;
  sverka::back_heap_with_huge_pages(kHugePageHeap);
  try {
    return found->second.run(std::vector<std::string>(argv + 2, argv + argc));
  } catch (const sverka::InputError& error) {
    std::cerr << "sverka: " << error.what() << '\n';  // what() starts with the location
    return 2;
  } catch (const sverka::UsageError& error) {
    // Usage errors are thrown below the command line ("--lang: …",
    // "unknown format …") and do not know the command they stop.
    std::cerr << "sverka " << argv[1] << ": " << error.what() << '\n';
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "sverka: internal error: " << error.what() << '\n';
    return 3;
  }
}
