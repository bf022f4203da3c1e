#include "text/paragraphs.h"

#include <catch2/catch.hpp>

using sverka::split_paragraphs;

TEST_CASE("blank lines separate paragraphs") {
  const auto paragraphs = split_paragraphs("Title\n\nFirst line.\nSecond line.\n\n\nLast.\n");
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[1].lines == std::vector<std::string>{"First line.", "Second line."});
}

TEST_CASE("hard-wrapped lines are joined when the next starts in lower case") {
  const auto paragraphs = split_paragraphs("A sentence that was\nwrapped here.\n\nNext.\n");
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0].lines == std::vector<std::string>{"A sentence that was wrapped here."});
}

TEST_CASE("a text without blank lines has one paragraph per line") {
  CHECK(split_paragraphs("One.\nTwo.\nThree.\n").size() == 3);
}

TEST_CASE("trim_spaces removes Unicode spaces") {
  CHECK(sverka::trim_spaces("\xC2\xA0 text \xE2\x80\x89") == "text");
}
