#include "cli/progress_bar.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <unistd.h>

#include "scratch_folder.h"
#include "text/text_reader.h"

using namespace sverka;

namespace {
// What `run` writes to standard error, which goes to a file meanwhile (so
// the bar sees no terminal, as in a log).
template <typename Run>
std::string stderr_of(const Run& run) {
  const std::string path = (testing::scratch_folder("progress_bar") / "stderr.txt").string();
  std::fflush(stderr);
  const int saved = dup(STDERR_FILENO);
  std::FILE* file = std::fopen(path.c_str(), "w");
  dup2(fileno(file), STDERR_FILENO);
  run();
  std::fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
  std::fclose(file);
  return read_text_file(path);
}
}  // namespace

TEST_CASE("in a log the progress is a plain line, and always the last one") {
  const std::string log = stderr_of([] {
    cli::ProgressBar bar("pairs", false);
    bar.update(1, 3);  // within the first seconds: not worth a line
    bar.update(2, 3);
    bar.update(3, 3);  // done: always
    bar.finish();
  });
  CHECK(log.rfind("3/3 pairs, ", 0) == 0);
  CHECK(log.find("ETA 0s\n") != std::string::npos);
  CHECK(log.find("1/3") == std::string::npos);
}

TEST_CASE("a quiet progress bar writes nothing, nor does an empty batch") {
  CHECK(stderr_of([] {
          cli::ProgressBar bar("pairs", true);
          bar.update(3, 3);
          bar.finish();
        }).empty());
  CHECK(stderr_of([] {
          cli::ProgressBar bar("pairs", false);
          bar.update(0, 0);
        }).empty());
}
