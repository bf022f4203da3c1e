#include "util/utf8.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("find_invalid_utf8 rejects overlongs, surrogates and truncation") {
  CHECK(find_invalid_utf8("привет") == std::string::npos);
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1);          // overlong '/'
  CHECK(find_invalid_utf8("ab\xED\xA0\x80") == 2);     // surrogate
  CHECK(find_invalid_utf8("abc\xE2\x82") == 3);        // truncated
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);   // past U+10FFFF
}

TEST_CASE("code points round-trip") {
  std::string out;
  append_utf8(out, U'Ё');
  append_utf8(out, U'😀');
  std::size_t pos = 0;
  CHECK(next_code_point(out, pos) == U'Ё');
  CHECK(next_code_point(out, pos) == U'😀');
  CHECK(count_code_points(out) == 2);
}

TEST_CASE("code points iterate from the end too") {
  const std::string text = "aЁ😀";
  std::size_t pos = text.size();
  CHECK(previous_code_point(text, pos) == U'😀');
  CHECK(previous_code_point(text, pos) == U'Ё');
  CHECK(previous_code_point(text, pos) == U'a');
  CHECK(pos == 0);
}

TEST_CASE("a cut may fall before a code point's first byte, at either end, nowhere else") {
  const std::string text = "aЁ😀";  // bytes: a | Ё Ё | 😀 😀 😀 😀
  std::vector<bool> starts;
  for (std::size_t pos = 0; pos <= text.size(); ++pos) starts.push_back(starts_code_point(text, pos));
  CHECK(starts == std::vector<bool>{true, true, false, true, false, false, false, true});
}

TEST_CASE("code_points and utf8_string take a word apart letter by letter and back") {
  const std::string word = "ёжa😀";
  const std::u32string letters = code_points(word);
  CHECK(letters == U"ёжa😀");
  CHECK(letters.size() == count_code_points(word));
  CHECK(utf8_string(letters) == word);
  CHECK(code_points("").empty());
  CHECK(utf8_string(U"").empty());
}
