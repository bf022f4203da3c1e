#include "pipeline/manifest.h"

#include <filesystem>
#include <set>

#include "text/text_reader.h"
#include "util/error.h"

namespace sverka {

std::string file_safe_id(const std::string& id) {
  std::string safe;
  for (const char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.';
    safe += keep ? c : '_';
  }
  if (safe.empty() || safe[0] == '.') safe = "_" + safe;
  return safe;
}

std::vector<ManifestRow> read_manifest(const std::string& path) {
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::vector<ManifestRow> rows;
  std::set<std::string> seen;
  std::uint64_t line_number = 0;
  for (const std::string& line : split_lines(read_text_file(path))) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    ManifestRow row;
    row.line = line_number;
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) {
      row.id = tab1 == std::string::npos ? line : line.substr(0, tab1);
      row.error = Location::at_line(path, line_number).describe() +
                  ": expected 'id<TAB>ru_path<TAB>en_path', found " +
                  std::to_string(tab1 == std::string::npos ? 1 : 2) + " column(s)";
      rows.push_back(std::move(row));
      continue;
    }
    row.id = line.substr(0, tab1);
    const std::string ru = line.substr(tab1 + 1, tab2 - tab1 - 1);
    const std::string en = line.substr(tab2 + 1, line.find('\t', tab2 + 1) - tab2 - 1);
    row.source_path = (folder / ru).lexically_normal().string();
    row.target_path = (folder / en).lexically_normal().string();
    if (row.id.empty()) {
      row.error = Location::at_line(path, line_number).describe() + ": empty id";
    } else if (!seen.insert(file_safe_id(row.id)).second) {
      row.error = Location::at_line(path, line_number).describe() + ": id '" + row.id + "' is used twice";
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace sverka
