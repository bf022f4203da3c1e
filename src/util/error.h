// Errors sverka reports to its user.
//
// Every problem with input names where it is: the file, and the line, column
// or byte offset when one is known, so the message alone says what to fix
// (KenLM's FilePiece is the model). They are thrown where detected and caught
// once, in main, which maps them to exit codes: usage and input errors exit 2.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace sverka {

// Where in which input a problem was found. Zero fields are unknown.
struct Location {
  std::string file;
  std::uint64_t line = 0;    // 1-based
  std::uint64_t column = 0;  // 1-based, in characters
  std::uint64_t byte = 0;    // 0-based offset; used when lines make no sense
  bool has_byte = false;

  static Location at_line(std::string file, std::uint64_t line, std::uint64_t column = 0);
  static Location at_byte(std::string file, std::uint64_t byte);
  std::string describe() const;  // "file:12:3", "file (byte 1042)", "file"
};

// Bad input data: malformed encoding, a broken gold file, a wrong manifest row.
class InputError : public std::runtime_error {
 public:
  InputError(const Location& where, const std::string& what);
  const Location& where() const { return where_; }

 private:
  Location where_;
};

// The command line itself is wrong (unknown option, missing argument). The
// message does not name the command: main() writes "sverka <command>: "
// before it, once for all.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace sverka
