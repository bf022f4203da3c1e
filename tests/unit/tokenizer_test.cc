#include "text/tokenizer.h"

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

using namespace sverka;

namespace {
std::vector<std::string> texts(const std::string& sentence) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(sentence)) out.push_back(token.text);
  return out;
}
}  // namespace

TEST_CASE("hyphenated words and model numbers are one token") {
  CHECK(texts("Су-24 и Su-24 над Аль-Бабом") == std::vector<std::string>{"Су-24", "и", "Su-24", "над", "Аль-Бабом"});
}

TEST_CASE("numbers keep their separators") {
  const auto tokens = tokenize("1,5 млн, 10.000 и 1\xC2\xA0" "500 человек, 11 раненых, 2016 год");
  std::vector<std::string> numbers;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kNumber) numbers.push_back(token.text);
  }
  CHECK(numbers == std::vector<std::string>{"1,5", "10.000", "1\xC2\xA0" "500", "11", "2016"});
}

TEST_CASE("a trailing full stop is punctuation, not part of a number") {
  const auto tokens = tokenize("в 2016.");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1].text == "2016");
  CHECK(tokens[2].kind == TokenKind::kPunctuation);
}

TEST_CASE("tokens carry matching form, script, capitalization and offsets") {
  const auto tokens = tokenize("Ёлка «Don't»");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].norm == "елка");
  CHECK(tokens[0].script == Script::kCyrillic);
  CHECK(tokens[0].capitalized);
  CHECK(tokens[1].norm == "\"");
  CHECK(tokens[2].text == "Don't");
  CHECK(tokens[2].script == Script::kLatin);
  CHECK(std::string("Ёлка «Don't»").substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "Don't");
}

TEST_CASE("the ASCII and Russian shortcuts agree with ICU on every code point they cover") {
  // The tokenizer answers these ranges without ICU (speed); ICU decides the rest.
  const auto covered = [](char32_t cp) {
    return cp < 0x80 || (cp >= 0x410 && cp <= 0x44F) || cp == 0x401 || cp == 0x451;
  };
  for (char32_t cp = 0; cp < 0x500; ++cp) {
    if (!covered(cp)) continue;
    INFO("U+" << std::hex << static_cast<std::uint32_t>(cp));
    CHECK(is_letter(cp) == static_cast<bool>(u_isalpha(static_cast<UChar32>(cp))));
    CHECK(is_upper(cp) == static_cast<bool>(u_isUUppercase(static_cast<UChar32>(cp))));
    CHECK(is_lower(cp) == static_cast<bool>(u_isULowercase(static_cast<UChar32>(cp))));
    CHECK(is_digit(cp) == static_cast<bool>(u_isdigit(static_cast<UChar32>(cp))));
    CHECK(is_space(cp) == static_cast<bool>(u_isUWhiteSpace(static_cast<UChar32>(cp))));
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    const Script expected = script == USCRIPT_LATIN      ? Script::kLatin
                            : script == USCRIPT_CYRILLIC ? Script::kCyrillic
                                                         : Script::kOther;
    CHECK(script_of(cp) == expected);
  }
}

TEST_CASE("tabs and other ASCII spacing separate tokens") {
  CHECK(texts("один\tдва\r\nthree\x0B" "four") == std::vector<std::string>{"один", "два", "three", "four"});
}

TEST_CASE("capitals are found in Cyrillic and beyond") {
  const auto tokens = tokenize("пВо ÉTÉ ǅemal");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].has_capital);
  CHECK_FALSE(tokens[0].capitalized);
  CHECK(tokens[1].capitalized);
  CHECK(tokens[1].script == Script::kLatin);
  CHECK(tokens[1].norm == "été");
}

TEST_CASE("Russian consonants are the lower-case letters б to щ, without й, ь and ъ") {
  for (const char32_t cp : std::u32string_view(U"бвгджзклмнпрстфхцчшщ")) CHECK(is_russian_consonant(cp));
  for (const char32_t cp : std::u32string_view(U"аеёиоуыэюяйьъ")) CHECK_FALSE(is_russian_consonant(cp));
  CHECK_FALSE(is_russian_consonant(U'Б'));  // callers pass lower-cased words
  CHECK_FALSE(is_russian_consonant(U'b'));
}

TEST_CASE("Russian vowels are а е ё и о у ы э ю я, not й or the signs") {
  for (const char32_t cp : std::u32string_view(U"аеёиоуыэюя")) CHECK(is_russian_vowel(cp));
  for (const char32_t cp : std::u32string_view(U"йьъбщ")) CHECK_FALSE(is_russian_vowel(cp));
  CHECK_FALSE(is_russian_vowel(U'А'));  // callers pass lower-cased words
  CHECK_FALSE(is_russian_vowel(U'a'));
}

TEST_CASE("is_mark tells a punctuation token by the test its mark meets") {
  const std::vector<Token> tokens = tokenize("«Да» \"yes\" “no” x");
  REQUIRE(tokens.size() == 10);
  CHECK(is_mark(tokens[0], is_opening_quote));
  CHECK_FALSE(is_mark(tokens[0], is_closing_quote));
  CHECK(is_mark(tokens[2], is_closing_quote));
  CHECK(is_mark(tokens[3], is_opening_quote));
  CHECK(is_mark(tokens[3], is_closing_quote));  // a straight mark does both
  CHECK(is_mark(tokens[6], is_opening_quote));
  CHECK(is_mark(tokens[8], is_closing_quote));
  CHECK_FALSE(is_mark(tokens[1], is_opening_quote));  // a word
  CHECK_FALSE(is_mark(tokens[9], is_opening_quote));
}
