#include "text/tokenizer.h"

#include <catch2/catch.hpp>

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
