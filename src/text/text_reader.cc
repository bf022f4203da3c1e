#include "text/text_reader.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>

#include <utility>

#include "util/error.h"
#include "util/file_io.h"
#include "util/utf8.h"

namespace sverka {
namespace {

std::uint64_t line_of_offset(std::string_view bytes, std::size_t offset) {
  std::uint64_t line = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') ++line;
  }
  return line;
}

std::string nfc(std::string text, const std::string& file_name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw InputError(Location{file_name}, "ICU NFC normalizer unavailable");
  // Most input is already NFC: checked on the UTF-8 itself, it costs no
  // copy through UTF-16 (a tenth of a second on a 10 MB book).
  if (normalizer->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  normalizer->normalizeUTF8(0, text, sink, nullptr, status);
  if (U_FAILURE(status)) throw InputError(Location{file_name}, "NFC normalization failed");
  return out;
}

}  // namespace

std::string decode_text(std::string_view bytes, const std::string& file_name) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    throw InputError(Location::at_byte(file_name, 0),
                     "UTF-16 text (byte-order mark found); sverka reads UTF-8: "
                     "convert it first, e.g. iconv -f UTF-16 -t UTF-8");
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    throw InputError(Location::at_byte(file_name, nul),
                     "NUL byte on line " + std::to_string(line_of_offset(bytes, nul)) +
                         ": this looks like a binary file, not text");
  }
  const std::size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string_view::npos) {
    throw InputError(Location::at_byte(file_name, bad),
                     "invalid UTF-8 on line " + std::to_string(line_of_offset(bytes, bad)) +
                         ": sverka reads UTF-8 text only");
  }
  // Line ends become '\n' ("\r\n" and a lone "\r" alike), copied a run at a time.
  std::string text;
  text.reserve(bytes.size());
  std::size_t start = 0;
  for (std::size_t cr = bytes.find('\r'); cr != std::string_view::npos; cr = bytes.find('\r', start)) {
    text.append(bytes.substr(start, cr - start));
    text += '\n';
    start = cr + (cr + 1 < bytes.size() && bytes[cr + 1] == '\n' ? 2 : 1);
  }
  text.append(bytes.substr(start));
  return nfc(std::move(text), file_name);
}

std::string read_text_file(const std::string& path) {
  return decode_text(read_file_bytes(path), is_stdio(path) ? "<stdin>" : path);
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.emplace_back(text, start, end - start);
    start = end + 1;
  }
  return lines;
}

}  // namespace sverka
