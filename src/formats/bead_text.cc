#include "formats/bead_text.h"

#include "text/text_reader.h"
#include "util/error.h"

namespace sverka {
namespace {

std::string format_list(std::uint32_t begin, std::uint32_t count) {
  std::string out = "[";
  for (std::uint32_t k = 0; k < count; ++k) {
    if (k > 0) out += ", ";
    out += std::to_string(begin + k);
  }
  return out + "]";
}

// Parses "[1, 2]" at `pos`, advancing it; returns false on bad syntax.
bool parse_list(const std::string& line, std::size_t& pos, std::vector<int>& out) {
  const auto skip_spaces = [&] {
    while (pos < line.size() && line[pos] == ' ') ++pos;
  };
  skip_spaces();
  if (pos >= line.size() || line[pos] != '[') return false;
  ++pos;
  skip_spaces();
  if (pos < line.size() && line[pos] == ']') {
    ++pos;
    return true;
  }
  for (;;) {
    skip_spaces();
    const std::size_t start = pos;
    while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9') ++pos;
    if (pos == start || pos - start > 9) return false;
    out.push_back(std::stoi(line.substr(start, pos - start)));
    skip_spaces();
    if (pos < line.size() && line[pos] == ',') {
      ++pos;
      continue;
    }
    if (pos < line.size() && line[pos] == ']') {
      ++pos;
      return true;
    }
    return false;
  }
}

}  // namespace

std::string format_bead(const align::Bead& bead) {
  return format_list(bead.source_begin, bead.source_count) + ":" +
         format_list(bead.target_begin, bead.target_count);
}

BeadLines bead_lines(const align::Bead& bead) {
  BeadLines lines;
  for (std::uint32_t k = 0; k < bead.source_count; ++k) lines.source.push_back(static_cast<int>(bead.source_begin + k));
  for (std::uint32_t k = 0; k < bead.target_count; ++k) lines.target.push_back(static_cast<int>(bead.target_begin + k));
  return lines;
}

std::vector<BeadLines> parse_beads(const std::string& text, const std::string& file_name) {
  std::vector<BeadLines> beads;
  std::uint64_t line_number = 0;
  for (const std::string& line : split_lines(text)) {
    ++line_number;
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    BeadLines bead;
    std::size_t pos = 0;
    const bool ok = parse_list(line, pos, bead.source) && pos < line.size() && line[pos++] == ':' &&
                    parse_list(line, pos, bead.target) &&
                    line.find_first_not_of(" \t", pos) == std::string::npos;
    if (!ok) {
      throw InputError(Location::at_line(file_name, line_number, pos + 1),
                       "expected a bead like '[0, 1]:[2]'");
    }
    beads.push_back(std::move(bead));
  }
  return beads;
}

}  // namespace sverka
