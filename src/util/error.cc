#include "util/error.h"

namespace sverka {

Location Location::at_line(std::string file, std::uint64_t line, std::uint64_t column) {
  Location where;
  where.file = std::move(file);
  where.line = line;
  where.column = column;
  return where;
}

Location Location::at_byte(std::string file, std::uint64_t byte) {
  Location where;
  where.file = std::move(file);
  where.byte = byte;
  where.has_byte = true;
  return where;
}

std::string Location::describe() const {
  std::string text;
  text.append(file.empty() ? "<input>" : file);
  if (line > 0) {
    text.append(":").append(std::to_string(line));
    if (column > 0) text.append(":").append(std::to_string(column));
  } else if (has_byte) {
    text.append(" (byte ").append(std::to_string(byte)).append(")");
  }
  return text;
}

InputError::InputError(const Location& where, const std::string& what)
    : std::runtime_error(where.describe() + ": " + what), where_(where) {}

}  // namespace sverka
