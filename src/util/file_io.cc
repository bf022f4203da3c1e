#include "util/file_io.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include "util/error.h"

namespace sverka {

std::string read_file_bytes(const std::string& path) {
  if (is_stdio(path)) {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw InputError(Location{path}, "is a folder, not a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(Location{path}, std::string("cannot open for reading: ") + std::strerror(errno));
  }
  // A regular file's size is known: one read into the string itself, not
  // blocks appended to a string that doubles as it grows, which copied a
  // book and its dictionaries twice over.
  std::string bytes;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > 0) {
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  // The rest, if any (a file still growing, a device), in blocks: the
  // stream iterator throws on some read errors instead of setting badbit,
  // and a device or a vanished file must be an input error.
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    bytes.append(block, static_cast<std::size_t>(in.gcount()));
    if (in.eof()) break;
  }
  if (in.bad()) throw InputError(Location{path}, std::string("read failed: ") + std::strerror(errno));
  return bytes;
}

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  if (is_stdio(path_)) return;
  temp_path_ = path_ + ".tmp." + std::to_string(::getpid());
  file_ = std::make_unique<std::ofstream>(temp_path_, std::ios::binary | std::ios::trunc);
  if (!*file_) {
    throw InputError(Location{path_}, std::string("cannot open for writing: ") + std::strerror(errno));
  }
}

AtomicOutput::~AtomicOutput() {
  if (file_ && !committed_) {
    file_->close();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& AtomicOutput::stream() { return file_ ? *file_ : std::cout; }

void AtomicOutput::commit() {
  if (!file_) {
    std::cout.flush();
    committed_ = true;
    return;
  }
  file_->flush();
  const bool ok = file_->good();
  file_->close();
  if (!ok) {
    // errno may be stale here: a stream fails for reasons of its own.
    std::remove(temp_path_.c_str());
    throw InputError(Location{path_}, "cannot write: the output stream failed (disk full, or a write error)");
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    std::remove(temp_path_.c_str());
    throw InputError(Location{path_}, std::string("cannot write: ") + std::strerror(error));
  }
  committed_ = true;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  AtomicOutput out(path);
  out.stream() << content;
  out.commit();
}

}  // namespace sverka
