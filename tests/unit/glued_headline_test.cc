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

TEST_CASE("in sentence-case headlines a common word after a one-word name starts the body") {
  const std::unordered_set<std::string> stopwords = {"в", "на", "для"};
  const CommonWordTest common = [](const std::string& w) {
    return w == "экс-депутат" || w == "четыре" || w == "сценария" || w == "песков" || w == "организацией" ||
           w == "объединенных" || w == "землетрясение" || w == "курильских" || w == "произошло";
  };
  const std::string headline = "Назвали четыре сценария для Зеленского Экс-депутат перечислил варианты.";
  CHECK(headline.substr(glued_headline_end(headline, common, stopwords, HeadlineCase::kSentence))
            .rfind("Экс-депутат", 0) == 0);
  // Title case: "Zelensky Ex-deputy" may be one headline.
  CHECK(glued_headline_end(headline, common, stopwords, HeadlineCase::kTitle) == std::string_view::npos);
  // "РФ Дмитрий Песков": the last word of a longer name may be a surname
  // that is also a common word (песков: of sands).
  CHECK(glued_headline_end("Прокомментировал санкции президента РФ Дмитрий Песков сказал это.", common, stopwords,
                           HeadlineCase::kSentence) == std::string_view::npos);
  // Not after a capitalized common word: "Организацией Объединенных Наций".
  CHECK(glued_headline_end("Генсек выступил перед Организацией Объединенных Наций вчера.", common,
                           {"перед"}, HeadlineCase::kSentence) == std::string_view::npos);
}

TEST_CASE("the body that repeats the headline's first word wins over an earlier candidate") {
  const std::unordered_set<std::string> stopwords = {"в"};
  const CommonWordTest common = [](const std::string& w) {
    return w == "землетрясение" || w == "курильских" || w == "произошло" || w == "районе";
  };
  const std::string text = "Землетрясение произошло в районе Курильских островов Землетрясение произошло рядом.";
  CHECK(text.substr(glued_headline_end(text, common, stopwords, HeadlineCase::kSentence))
            .rfind("Землетрясение произошло рядом", 0) == 0);
}

TEST_CASE("the headline's first word alone, without its second, is not a repeat") {
  const std::unordered_set<std::string> stopwords = {"в"};
  const CommonWordTest common = [](const std::string& w) { return w == "министры" || w == "иностранных"; };
  // "G7 предупредила … Министры иностранных дел стран G7 предупредили": the
  // body starts at "Министры", not at the second G7.
  const std::string text = "G7 предупредила Россию об ответственности Министры иностранных дел стран G7 предупредили Россию.";
  CHECK(text.substr(glued_headline_end(text, common, stopwords, HeadlineCase::kSentence))
            .rfind("Министры", 0) == 0);
}

TEST_CASE("every glued boundary of the first sentence is found: headline, subheadline") {
  const std::unordered_set<std::string> stopwords = {"the"};
  const CommonWordTest common = [](const std::string& w) { return w == "several" || w == "the"; };
  const std::string text =
      "Doctor told about migraine among workaholics Several factors may cause discomfort The reason is stress.";
  const std::vector<std::size_t> cuts = glued_headline_cuts(text, common, stopwords, HeadlineCase::kTitle);
  REQUIRE(cuts.size() == 2);
  CHECK(text.substr(cuts[0]).rfind("Several", 0) == 0);
  CHECK(text.substr(cuts[1]).rfind("The reason", 0) == 0);
}
