#include "text/paragraphs.h"

#include <unicode/uchar.h>

#include "text/text_reader.h"
#include "util/utf8.h"

namespace sverka {
namespace {

bool is_space_code_point(char32_t cp) {
  return cp == ' ' || cp == '\t' || u_isUWhiteSpace(static_cast<UChar32>(cp)) ||
         cp == 0x200B || cp == 0xFEFF;
}

// A hard-wrapped line ends mid-sentence and the next one starts in lower case.
bool continues_on_next_line(const std::string& line, const std::string& next) {
  const char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
  std::size_t pos = 0;
  const char32_t first = next_code_point(next, pos);
  return u_isULowercase(static_cast<UChar32>(first));
}

}  // namespace

std::string trim_spaces(const std::string& text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t pos = begin;
    if (!is_space_code_point(next_code_point(text, pos))) break;
    begin = pos;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t start = end;
    if (!is_space_code_point(previous_code_point(text, start))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

std::vector<Paragraph> split_paragraphs(const std::string& text) {
  std::vector<Paragraph> paragraphs;
  Paragraph current;
  for (const std::string& raw : split_lines(text)) {
    const std::string line = trim_spaces(raw);
    if (line.empty()) {
      if (!current.lines.empty()) paragraphs.push_back(std::move(current));
      current = Paragraph{};
      continue;
    }
    if (!current.lines.empty() && continues_on_next_line(current.lines.back(), line)) {
      current.lines.back() += ' ' + line;
    } else {
      current.lines.push_back(line);
    }
  }
  if (!current.lines.empty()) paragraphs.push_back(std::move(current));
  // Without a single blank line the writer used one line per paragraph.
  if (paragraphs.size() == 1 && paragraphs[0].lines.size() > 1) {
    std::vector<Paragraph> per_line;
    for (std::string& line : paragraphs[0].lines) per_line.push_back(Paragraph{{std::move(line)}});
    return per_line;
  }
  return paragraphs;
}

}  // namespace sverka
