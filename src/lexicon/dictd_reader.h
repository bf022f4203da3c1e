// Reads a dictd dictionary (Debian's mueller7-dict, dict-freedict-*): an
// index of "headword\toffset\tlength" lines, offsets in dictd's base64, and
// a dictzip body, which is gzip that zlib reads as a plain stream.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace sverka {

struct DictdEntry {
  std::string_view headword;
  std::string_view body;
};

// Calls `visit` for every index entry in order. Throws InputError naming the
// file and line for a malformed index or an entry past the body's end.
void read_dictd(const std::string& index_path, const std::string& dict_path,
                const std::function<void(const DictdEntry&)>& visit);

// The same over an index and an uncompressed body already in memory; the
// paths name them in errors.
void for_each_dictd_entry(std::string_view index, std::string_view body, const std::string& index_path,
                          const std::string& dict_path, const std::function<void(const DictdEntry&)>& visit);

// dictd's base64 number ("A" = 0, "BA" = 64).
bool decode_dictd_number(std::string_view text, std::uint64_t* value);

}  // namespace sverka
