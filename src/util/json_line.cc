#include "util/json_line.h"

#include "util/error.h"
#include "util/utf8.h"

namespace sverka {

std::map<std::string, std::string> parse_flat_json(const std::string& line, const std::string& file_name,
                                                   std::uint64_t line_number) {
  std::map<std::string, std::string> fields;
  std::size_t pos = 0;
  const auto fail = [&](const std::string& what) {
    throw InputError(Location::at_line(file_name, line_number, pos + 1), what);
  };
  const auto skip = [&] {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  };
  const auto string_value = [&]() {
    if (pos >= line.size() || line[pos] != '"') fail("expected a string");
    std::string out;
    for (++pos; pos < line.size() && line[pos] != '"'; ++pos) {
      if (line[pos] != '\\') {
        out += line[pos];
        continue;
      }
      if (++pos >= line.size()) break;
      const char c = line[pos];
      if (c == 'n') out += '\n';
      else if (c == 't') out += '\t';
      else if (c == 'u' && pos + 4 < line.size()) {
        const auto hex_at = [&](std::size_t at) {
          const std::string hex = line.substr(at, 4);
          if (hex.size() != 4 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
            fail("bad \\u escape");
          }
          return static_cast<char32_t>(std::stoul(hex, nullptr, 16));
        };
        char32_t cp = hex_at(pos + 1);
        pos += 4;
        // A surrogate pair (\ud83d\ude00) is one code point; a lone
        // surrogate is not text.
        if (cp >= 0xD800 && cp <= 0xDBFF && line.compare(pos + 1, 2, "\\u") == 0) {
          const char32_t low = hex_at(pos + 3);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            pos += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) fail("unpaired surrogate in a \\u escape");
        append_utf8(out, cp);
      } else out += c;
    }
    if (pos >= line.size()) fail("unterminated string");
    ++pos;
    return out;
  };
  skip();
  if (pos >= line.size() || line[pos] != '{') fail("expected '{'");
  ++pos;
  for (;;) {
    skip();
    if (pos < line.size() && line[pos] == '}') break;
    const std::string key = string_value();
    skip();
    if (pos >= line.size() || line[pos++] != ':') fail("expected ':'");
    skip();
    if (pos < line.size() && line[pos] == '"') {
      fields[key] = string_value();
    } else {
      const std::size_t end = line.find_first_of(",}", pos);
      if (end == std::string::npos) fail("expected ',' or '}'");
      fields[key] = line.substr(pos, end - pos);
      pos = end;
    }
    skip();
    if (pos < line.size() && line[pos] == ',') {
      ++pos;
      continue;
    }
    if (pos < line.size() && line[pos] == '}') break;
    fail("expected ',' or '}'");
  }
  return fields;
}

}  // namespace sverka
