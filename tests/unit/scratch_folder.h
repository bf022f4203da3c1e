// A test's own folder for the files it writes, under the system's temporary
// directory: emptied on each call, so a test never reads what an earlier
// run left behind.
#pragma once

#include <filesystem>
#include <string>

#include "util/file_io.h"

namespace sverka::testing {

inline std::filesystem::path scratch_folder(const std::string& name) {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / ("sverka_" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

// A file a test reads, written whole.
inline void write_test_file(const std::filesystem::path& path, const std::string& content) {
  write_file_atomically(path.string(), content);
}

}  // namespace sverka::testing
