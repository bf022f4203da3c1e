// Reading the TSV files of lexicons/ and of evaluation sets: every row split
// on tabs, empty lines and '#' comments skipped, a row with too few columns
// an InputError naming the file and line and the expected layout.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sverka {

using TsvVisit = std::function<void(const std::vector<std::string>& fields, std::uint64_t line_number)>;

void for_each_tsv_row(const std::string& text, const std::string& file_name, std::size_t min_columns,
                      const std::string& layout, const TsvVisit& visit);

}  // namespace sverka
