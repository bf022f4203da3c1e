// Progress of a long run on stderr: a bar redrawn in place on a terminal,
// a plain line every few seconds otherwise (logs), nothing when quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace sverka::cli {

class ProgressBar {
 public:
  ProgressBar(std::string what, bool quiet);
  void update(std::size_t done, std::size_t total);
  void finish();

 private:
  std::string what_;
  bool quiet_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace sverka::cli
