#include "text/abbreviations.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "text/text_reader.h"
#include "util/error.h"
#include "util/tsv_rows.h"

namespace sverka {

std::string abbreviation_key(std::string_view word) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  unicode.toLower(icu::Locale::getRoot());
  std::string key;
  unicode.toUTF8String(key);
  std::string compact;
  for (const char c : key) {
    if (c != ' ') compact += c;
  }
  return compact;
}

Abbreviations Abbreviations::load(const std::string& path) {
  return parse(read_text_file(path), path);
}

Abbreviations Abbreviations::parse(const std::string& text, const std::string& file_name) {
  Abbreviations result;
  for_each_tsv_row(text, file_name, 2, "<abbreviation>\\t<title|number|common>",
                   [&](const std::vector<std::string>& fields, std::uint64_t line_number) {
    const std::string& kind_name = fields[1];
    AbbreviationKind kind;
    if (kind_name == "title") {
      kind = AbbreviationKind::kTitle;
    } else if (kind_name == "number") {
      kind = AbbreviationKind::kAfterNumber;
    } else if (kind_name == "common") {
      kind = AbbreviationKind::kCommon;
    } else {
      throw InputError(Location::at_line(file_name, line_number, fields[0].size() + 2),
                       "unknown kind '" + kind_name + "' (expected title, number or common)");
    }
    result.entries_[abbreviation_key(fields[0])] = kind;
  });
  return result;
}

const AbbreviationKind* Abbreviations::find(std::string_view word) const {
  const auto it = entries_.find(abbreviation_key(word));
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace sverka
