// Reading whole files and writing outputs safely.
//
// Outputs go through AtomicOutput: bytes are written to a temporary file next
// to the target and renamed over it only on commit(), so an interrupted run
// or an error half-way never leaves a truncated file where a good one was
// expected. "-" means standard input or output throughout.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

namespace sverka {

// The bytes of a file, or of stdin for "-". Throws InputError naming the path
// when it cannot be opened or read.
std::string read_file_bytes(const std::string& path);

// True for "-", the conventional name of stdin/stdout.
inline bool is_stdio(const std::string& path) { return path == "-"; }

class AtomicOutput {
 public:
  // Opens "<path>.tmp.<pid>" (or binds stdout for "-").
  explicit AtomicOutput(std::string path);
  ~AtomicOutput();  // removes the temporary file unless committed
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  std::ostream& stream();
  // Flushes and renames the temporary file into place. Throws on I/O failure.
  void commit();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_path_;
  std::unique_ptr<std::ofstream> file_;
  bool committed_ = false;
};

// Writes `content` to `path` through an AtomicOutput.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace sverka
