// The manifest of a batch: one document pair a line, "id<TAB>ru<TAB>en",
// paths relative to the manifest's folder. A bad row does not stop the
// batch: it comes back with its error, naming the file and line, and the
// batch reports it as a failed pair.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sverka {

struct ManifestRow {
  std::string id;
  std::string source_path, target_path;  // resolved against the manifest's folder
  std::uint64_t line = 0;
  std::string error;  // why the row is unusable, or empty
};

std::vector<ManifestRow> read_manifest(const std::string& path);

// An id made safe as a file name: letters, digits, '-', '_', '.' kept.
std::string file_safe_id(const std::string& id);

}  // namespace sverka
