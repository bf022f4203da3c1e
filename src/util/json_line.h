// Reading one line of JSON lines input: a flat object of string and number
// fields, as in cases.jsonl and the batch stream ({"id": "x", "ru": "..."}).
// Malformed input is an InputError naming the file, line and column.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace sverka {

std::map<std::string, std::string> parse_flat_json(const std::string& line, const std::string& file_name,
                                                   std::uint64_t line_number);

}  // namespace sverka
