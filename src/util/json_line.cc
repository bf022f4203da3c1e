#include "util/json_line.h"

#include "util/error.h"
#include "util/utf8.h"

namespace sverka {

namespace {

// Reads one JSON line left to right; every error names the file, line
// and column where it was found.
class FlatJsonReader {
 public:
  FlatJsonReader(const std::string& line, const std::string& file_name, std::uint64_t line_number)
      : line_(line), file_name_(file_name), line_number_(line_number) {}

  std::map<std::string, std::string> object() {
    std::map<std::string, std::string> fields;
    skip();
    if (!at('{')) fail("expected '{'");
    ++pos_;
    for (;;) {
      skip();
      if (at('}')) break;
      const std::string key = string_value();
      skip();
      if (!at(':')) fail("expected ':'");
      ++pos_;
      skip();
      fields[key] = at('"') ? string_value() : bare_value();
      skip();
      if (at(',')) {
        ++pos_;
        continue;
      }
      if (at('}')) break;
      fail("expected ',' or '}'");
    }
    return fields;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw InputError(Location::at_line(file_name_, line_number_, pos_ + 1), what);
  }
  bool at(char c) const { return pos_ < line_.size() && line_[pos_] == c; }
  void skip() {
    while (pos_ < line_.size() && (line_[pos_] == ' ' || line_[pos_] == '\t')) ++pos_;
  }

  // A number, true, false or null, as written.
  std::string bare_value() {
    const std::size_t end = line_.find_first_of(",}", pos_);
    if (end == std::string::npos) fail("expected ',' or '}'");
    std::string value = line_.substr(pos_, end - pos_);
    pos_ = end;
    return value;
  }

  std::string string_value() {
    if (!at('"')) fail("expected a string");
    std::string out;
    for (++pos_; pos_ < line_.size() && line_[pos_] != '"'; ++pos_) {
      if (line_[pos_] != '\\') {
        out += line_[pos_];
        continue;
      }
      if (++pos_ >= line_.size()) break;
      const char c = line_[pos_];
      if (c == 'n') out += '\n';
      else if (c == 't') out += '\t';
      else if (c == 'u' && pos_ + 4 < line_.size()) append_utf8(out, unicode_escape());
      else out += c;
    }
    if (pos_ >= line_.size()) fail("unterminated string");
    ++pos_;
    return out;
  }

  // The code point of a \u escape at pos_ (on its 'u'), which is left on
  // the escape's last digit. A surrogate pair (\ud83d\ude00) is one code
  // point; a lone surrogate is not text.
  char32_t unicode_escape() {
    char32_t cp = hex_at(pos_ + 1);
    pos_ += 4;
    if (cp >= 0xD800 && cp <= 0xDBFF && line_.compare(pos_ + 1, 2, "\\u") == 0) {
      const char32_t low = hex_at(pos_ + 3);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        pos_ += 6;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) fail("unpaired surrogate in a \\u escape");
    return cp;
  }

  char32_t hex_at(std::size_t at) const {
    const std::string hex = line_.substr(at, 4);
    if (hex.size() != 4 || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
      fail("bad \\u escape");
    }
    return static_cast<char32_t>(std::stoul(hex, nullptr, 16));
  }

  const std::string& line_;
  const std::string& file_name_;
  const std::uint64_t line_number_;
  std::size_t pos_ = 0;
};

}  // namespace

std::map<std::string, std::string> parse_flat_json(const std::string& line, const std::string& file_name,
                                                   std::uint64_t line_number) {
  return FlatJsonReader(line, file_name, line_number).object();
}

}  // namespace sverka
