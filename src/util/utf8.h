// UTF-8 helpers shared by every reader: validation with the offset of the
// first bad byte, and code-point iteration without allocating.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sverka {

// Offset of the first byte that is not part of well-formed UTF-8 (overlongs,
// surrogates and values past U+10FFFF count as ill-formed), or npos.
std::size_t find_invalid_utf8(std::string_view bytes);

// Decodes the code point starting at `pos` of valid UTF-8 and advances `pos`.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Whether byte `pos` of UTF-8 text begins a code point (or is the start or
// the end of the text): where a valid cut may fall.
inline bool starts_code_point(std::string_view text, std::size_t pos) {
  return pos == 0 || pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Decodes the code point ending just before `pos` (> 0) of valid UTF-8 and
// moves `pos` back to its first byte: iteration from the end.
char32_t previous_code_point(std::string_view text, std::size_t& pos);

// Appends `cp` encoded as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text);

// The code points of valid UTF-8, and back: for work letter by letter.
std::u32string code_points(std::string_view text);
std::string utf8_string(std::u32string_view code_points);

}  // namespace sverka
