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
  const std::string text =
      "G7 предупредила Россию об ответственности Министры иностранных дел стран G7 предупредили Россию.";
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

TEST_CASE("a title-case language's headline written in sentence case is read as such") {
  const std::unordered_set<std::string> stopwords = {"in", "the"};
  const CommonWordTest common = [](const std::string& w) { return w == "talks" || w == "leaders" || w == "meet"; };
  // Title case: "Paris Talks" may be one headline.
  CHECK(glued_headline_end("Leaders Meet in Paris Talks Begin Soon at the Palace.", common, stopwords,
                           HeadlineCase::kTitle) == std::string_view::npos);
  // A content word in lower case: this headline is in sentence case.
  const std::string text = "Leaders meet in Paris Talks began on Monday at the palace.";
  CHECK(text.substr(glued_headline_end(text, common, stopwords, HeadlineCase::kTitle)).rfind("Talks", 0) == 0);
  // But a name and a capitalized word deep in a long first sentence are one
  // phrase ("…for Ukrainian President Volodymyr Zelenskyy"), not a headline's end.
  const std::string long_one =
      "Four scenarios were named in Kyiv today by a former deputy of the parliament who listed them at length "
      "for Ukrainian President Volodymyr Zelenskyy and his office.";
  const CommonWordTest president = [](const std::string& w) { return w == "president"; };
  CHECK(glued_headline_end(long_one, president, {"for", "of", "the", "by", "in", "who", "at", "them", "a"},
                           HeadlineCase::kSentence) == std::string_view::npos);
}

TEST_CASE("a headline may end in a quotation") {
  const std::unordered_set<std::string> stopwords = {"в", "против"};
  const CommonWordTest common = [](const std::string& w) { return w == "в" || w == "ученые"; };
  const std::string text = "Ученые заявили о слабости вакцины против \"омикрона\" В ЮАР провели исследование.";
  CHECK(text.substr(glued_headline_end(text, common, stopwords, HeadlineCase::kSentence)).rfind("В ЮАР", 0) == 0);
}

TEST_CASE("the headline's first two words again start the body after a one-word name") {
  const std::unordered_set<std::string> stopwords = {"в"};
  const std::unordered_set<std::string> names = {"индии", "моди", "шольц", "олаф", "германии", "варшаву"};
  const CommonWordTest every_word = [&](const std::string& w) { return names.count(w) == 0; };
  const std::string hacked = "Хакеры взломали аккаунт премьер-министра Индии Хакеры взломали аккаунт Моди.";
  CHECK(hacked.substr(glued_headline_end(hacked, every_word, stopwords, HeadlineCase::kSentence))
            .rfind("Хакеры взломали аккаунт Моди", 0) == 0);
  // Inside a longer name the repeat continues that name.
  CHECK(glued_headline_end("Шольц прибыл в Варшаву канцлер Германии Олаф Шольц прибыл вчера.", every_word,
                           stopwords, HeadlineCase::kSentence) == std::string_view::npos);
}

TEST_CASE("lines run together restart at a capitalized function word after a word or comma") {
  const std::unordered_set<std::string> stopwords = {"по", "я", "то", "в", "с", "его", "и"};
  const std::string heading = "Где еще могут быть наемники По данным агентства, группа действует в Африке.";
  const std::vector<std::size_t> starts = glued_line_starts(heading, stopwords);
  REQUIRE(starts.size() == 1);
  CHECK(heading.substr(starts[0]).rfind("По данным", 0) == 0);
  const std::string verse = "Друг мой, друг мой, Я очень и очень болен.";
  REQUIRE(glued_line_starts(verse, stopwords).size() == 1);
  CHECK(verse.substr(glued_line_starts(verse, stopwords)[0]).rfind("Я очень", 0) == 0);
  // Letters, not line starts: vitamins B and C, an initial.
  CHECK(glued_line_starts("В корнеплоде есть витамины группы В, витамин С, фосфор и калий.", stopwords).empty());
  // The pronouns for God are capitalized anywhere.
  CHECK(glued_line_starts("Надо благодарить Его и просить Его о помощи.", stopwords).empty());
  // A quoted title follows a quote mark.
  CHECK(glued_line_starts("Они смотрели фильм \"В бой идут одни старики\" вчера.", stopwords).empty());
}

TEST_CASE("past the headline, a body that repeats the headline's opening is split off") {
  const std::unordered_set<std::string> stopwords = {"the", "in", "with", "of", "a"};
  const CommonWordTest common = [](const std::string& w) { return w == "the" || w == "pulmonary"; };
  const std::string text =
      "Pulmonary specialist Puryasev suggested a mild course The doctor suggested a milder form of the disease "
      "in the body Pulmonary specialist Sergey Puryasev explained why.";
  const std::vector<std::size_t> cuts = glued_headline_cuts(text, common, stopwords, HeadlineCase::kTitle);
  REQUIRE(cuts.size() == 2);
  CHECK(text.substr(cuts[0]).rfind("The doctor", 0) == 0);
  CHECK(text.substr(cuts[1]).rfind("Pulmonary specialist Sergey", 0) == 0);
}

TEST_CASE("a headline is found by its words echoed in the body when the body starts with a name") {
  const std::unordered_set<std::string> stopwords = {"in", "against", "and", "for"};
  const CommonWordTest none = [](const std::string&) { return false; };
  const std::string text =
      "Protests against COVID passes in Spain Spanish cities Barcelona and Valencia saw protests against "
      "mandatory COVID passes.";
  const std::vector<std::size_t> cuts = glued_headline_cuts(text, none, stopwords, HeadlineCase::kTitle);
  REQUIRE(cuts.size() == 1);
  CHECK(text.substr(cuts[0]).rfind("Spanish cities", 0) == 0);
  // The most words echoed, not a cut inside the headline.
  const std::string britain =
      "People could die in Great Britain by April because of the omicron strain British scientists predict "
      "that people could die in Britain by April because of the omicron strain.";
  const std::vector<std::size_t> britain_cuts = glued_headline_cuts(britain, none, {"in", "by", "of", "the", "that"});
  REQUIRE(britain_cuts.size() == 1);
  CHECK(britain.substr(britain_cuts[0]).rfind("British scientists", 0) == 0);
  // An ordinary first sentence echoes nothing.
  CHECK(glued_headline_cuts("The minister met Reznikov in Kyiv Oleksii said nothing more about it today.", none,
                            {"the", "in", "about", "it"})
            .empty());
}

TEST_CASE("a straight quote closes its pair though a space came before it") {
  const std::unordered_set<std::string> stopwords = {"от"};
  const CommonWordTest common = [](const std::string& w) { return w == "ревакцинация"; };
  const std::string text = "Ревакцинация поможет защититься от штамма \"омикрон \" Ревакцинация может защитить вас.";
  CHECK(text.substr(glued_headline_end(text, common, stopwords, HeadlineCase::kSentence))
            .rfind("Ревакцинация может", 0) == 0);
}

TEST_CASE("past the headline, a quotation closing before a capitalized common word ends a lead") {
  const std::unordered_set<std::string> stopwords = {"как", "против"};
  const CommonWordTest common = [](const std::string& w) { return w == "заместитель" || w == "против"; };
  const std::string text =
      "Польша считает мигрантов оружием против ЕС Польша считает, что мигранты служат как \"оружие\" "
      "Заместитель министра Павел Яблоньский сказал это газете.";
  const std::vector<std::size_t> cuts = glued_headline_cuts(text, common, stopwords, HeadlineCase::kSentence);
  REQUIRE(cuts.size() == 2);
  CHECK(text.substr(cuts[1]).rfind("Заместитель", 0) == 0);
  // Title case keeps it: quoted titles are followed by capitals there.
  CHECK(glued_headline_cuts(text, common, stopwords, HeadlineCase::kTitle).size() < 2);
}

TEST_CASE("a lead between headline and body is found by the body's echo of it") {
  const std::unordered_set<std::string> stopwords = {"of", "the", "against", "from", "a", "and"};
  const CommonWordTest none = [](const std::string&) { return false; };
  const std::string text =
      "South African scientists declared low effectiveness of the Pfizer vaccine against Omicron "
      "RSA declared low effectiveness of the Pfizer vaccine against Omicron "
      "Scientists from the Republic of South Africa made a study and reported low effectiveness of the "
      "Pfizer vaccine against the Omicron strain.";
  const std::vector<std::size_t> cuts = glued_headline_cuts(text, none, stopwords, HeadlineCase::kTitle);
  REQUIRE(cuts.size() == 2);
  CHECK(text.substr(cuts[0]).rfind("RSA declared", 0) == 0);
  CHECK(text.substr(cuts[1]).rfind("Scientists from", 0) == 0);
}
