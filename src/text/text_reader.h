// Turns the bytes of an input file into clean text every later stage can
// trust: valid UTF-8, no byte-order mark, "\n" line ends, NFC.
//
// Decoding is strict on purpose. A silently replaced byte would shift
// sentence lengths and hide a corrupt corpus file, so invalid UTF-8, UTF-16
// and binary data are errors naming the file and the byte offset.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// Decodes `bytes` read from `file_name` (used in error messages).
std::string decode_text(std::string_view bytes, const std::string& file_name);

// Reads and decodes a file ("-" for stdin).
std::string read_text_file(const std::string& path);

// Splits decoded text into lines, without the "\n"; a final newline does not
// add an empty line.
std::vector<std::string> split_lines(const std::string& text);

}  // namespace sverka
