#include "lexicon/dictd_reader.h"

#include <zlib.h>

#include <cstdint>
#include <memory>

#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"

namespace sverka {
namespace {

std::string read_gzip(const std::string& path) {
  std::unique_ptr<gzFile_s, int (*)(gzFile)> file(gzopen(path.c_str(), "rb"), gzclose);
  if (!file) throw InputError(Location{path}, "cannot open dictionary body");
  std::string content;
  char buffer[1 << 16];
  for (;;) {
    const int got = gzread(file.get(), buffer, sizeof buffer);
    if (got < 0) throw InputError(Location{path}, "corrupt gzip/dictzip data");
    if (got == 0) break;
    content.append(buffer, static_cast<std::size_t>(got));
  }
  return content;
}

}  // namespace

bool decode_dictd_number(std::string_view text, std::uint64_t* value) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (text.empty() || text.size() > 10) return false;
  std::uint64_t result = 0;
  for (const char c : text) {
    const std::size_t digit = kAlphabet.find(c);
    if (digit == std::string_view::npos) return false;
    result = result * 64 + digit;
  }
  *value = result;
  return true;
}

void read_dictd(const std::string& index_path, const std::string& dict_path,
                const std::function<void(const DictdEntry&)>& visit) {
  const std::string index = read_file_bytes(index_path);
  const std::string body = read_gzip(dict_path);
  for_each_dictd_entry(index, body, index_path, dict_path, visit);
}

void for_each_dictd_entry(std::string_view index, std::string_view body, const std::string& index_path,
                          const std::string& dict_path, const std::function<void(const DictdEntry&)>& visit) {
  std::uint64_t line_number = 0;
  std::size_t begin = 0;
  while (begin < index.size()) {
    std::size_t end = index.find('\n', begin);
    if (end == std::string::npos) end = index.size();
    const std::string_view line(index.data() + begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (line.empty()) continue;
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    std::uint64_t offset = 0, length = 0;
    if (tab2 == std::string_view::npos ||
        !decode_dictd_number(line.substr(tab1 + 1, tab2 - tab1 - 1), &offset) ||
        !decode_dictd_number(line.substr(tab2 + 1, line.find('\t', tab2 + 1) - tab2 - 1), &length)) {
      throw InputError(Location::at_line(index_path, line_number),
                       "expected 'headword<TAB>offset<TAB>length' in dictd base64");
    }
    if (offset + length > body.size()) {
      throw InputError(Location::at_line(index_path, line_number),
                       "entry points past the end of " + dict_path);
    }
    visit(DictdEntry{line.substr(0, tab1), body.substr(offset, length)});
  }
}

}  // namespace sverka
