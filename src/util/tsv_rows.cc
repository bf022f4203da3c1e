#include "util/tsv_rows.h"

#include "util/error.h"

namespace sverka {

void for_each_tsv_row(const std::string& text, const std::string& file_name, std::size_t min_columns,
                      const std::string& layout, const TsvVisit& visit) {
  std::uint64_t line_number = 0;
  std::size_t begin = 0;
  std::vector<std::string> fields;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    fields.clear();
    for (std::size_t start = 0;;) {
      const std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (fields.size() < min_columns) {
      throw InputError(Location::at_line(file_name, line_number), "expected '" + layout + "'");
    }
    visit(fields, line_number);
  }
}

}  // namespace sverka
