#include "cli/progress_bar.h"

#include <unistd.h>

#include <cstdio>

namespace sverka::cli {

namespace {
constexpr double kLogInterval = 5.0;  // seconds between lines when not a terminal
constexpr int kBarWidth = 30;
}  // namespace

ProgressBar::ProgressBar(std::string what, bool quiet)
    : what_(std::move(what)), quiet_(quiet), terminal_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (quiet_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (!terminal_ && std::chrono::duration<double>(now - last_).count() < kLogInterval && done < total) return;
  if (terminal_ && std::chrono::duration<double>(now - last_).count() < 0.1 && done < total) return;
  last_ = now;
  const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
  const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0;
  const int filled = static_cast<int>(kBarWidth * done / total);
  if (terminal_) {
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu %s  %.1f/s  ETA %.0fs ", filled,
                 "##############################", kBarWidth - filled, "", done, total, what_.c_str(), rate, eta);
  } else {
    std::fprintf(stderr, "%zu/%zu %s, %.1f/s, ETA %.0fs\n", done, total, what_.c_str(), rate, eta);
  }
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!quiet_ && terminal_) std::fprintf(stderr, "\n");
}

}  // namespace sverka::cli
