// The subcommands of the sverka program. Each is a thin layer: parse the
// options, call the library, write the output. `args` excludes the program
// and subcommand names; the return value is the exit code (0 ok, 1 findings
// when asked for, 2 usage or input error, thrown as exceptions and mapped in
// main).
#pragma once

#include <string>
#include <vector>

namespace sverka::cli {

int run_align(const std::vector<std::string>& args);
int run_split(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_lexicon(const std::vector<std::string>& args);
int run_names(const std::vector<std::string>& args);
int run_quotes(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_batch(const std::vector<std::string>& args);

}  // namespace sverka::cli
