#include "text/glued_headline.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("a glued headline ends before a capitalized common word") {
  const std::unordered_set<std::string> stopwords = {"в", "the", "of"};
  const CommonWordTest common = [](const std::string& w) {
    return w == "министерство" || w == "the" || w == "president";
  };
  const std::string russian = "Премьер сообщил о вакцинации в школах Министерство начинает программу.";
  CHECK(russian.substr(glued_headline_end(russian, common, stopwords)).rfind("Министерство", 0) == 0);
  // A name after a lower-case word is not a sentence start.
  CHECK(glued_headline_end("Премьер Израиля Беннет сообщил о начале вакцинации.", common, stopwords) ==
        std::string_view::npos);
  // "of the President": a headline does not end in a function word.
  CHECK(glued_headline_end("The secretary of the President spoke today about it.", common, stopwords) ==
        std::string_view::npos);
}
