#include "text/normalizer.h"

#include <unicode/uchar.h>

#include "util/utf8.h"

namespace sverka {

char32_t unify_punctuation(char32_t cp) {
  switch (cp) {
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x301D: case 0x301E:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x2039: case 0x203A:
      return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return cp;
  }
}

std::string normalize_for_matching(std::string_view text, Yo yo) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_code_point(text, pos);
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
      out.push_back(static_cast<char>(cp));
      continue;
    }
    if (cp >= 0x410 && cp <= 0x44F) {  // the Russian alphabet but ё, without ICU
      append_utf8(out, cp < 0x430 ? cp + 0x20 : cp);
      continue;
    }
    cp = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
    if (cp == 0x0451 && yo == Yo::kFold) cp = 0x0435;  // ё → е
    append_utf8(out, unify_punctuation(cp));
  }
  return out;
}

}  // namespace sverka
