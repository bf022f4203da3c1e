#include "util/file_io.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(Location{path}, std::string("cannot open for reading: ") + std::strerror(errno));
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(Location{path}, "read failed");
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
  if (!ok || std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_path_.c_str());
    throw InputError(Location{path_}, std::string("cannot write: ") + std::strerror(errno));
  }
  committed_ = true;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  AtomicOutput out(path);
  out.stream() << content;
  out.commit();
}

}  // namespace sverka
