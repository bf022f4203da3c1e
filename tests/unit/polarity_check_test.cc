#include "quotes/polarity_check.h"

#include <catch2/catch.hpp>

#include "lexicon/lemmatizer.h"
#include "test_paths.h"

using namespace sverka;

TEST_CASE("negation counts agree in faithful translations") {
  CHECK_FALSE(check_negation("это не повторится", "this will not happen again").has_value());
  CHECK_FALSE(check_negation("никто ничего не знал", "nobody knew").has_value());  // one negation each
  CHECK_FALSE(check_negation("без сомнений", "without doubt").has_value());
  CHECK_FALSE(check_negation("решение No 5", "resolution No. 5").has_value());
  CHECK_FALSE(check_negation("Затормозит ли это рост? Нисколько", "Would this stall growth? Not at all").has_value());
}

TEST_CASE("\"not as\" for «менее» is a comparative, not a negation") {
  CHECK_FALSE(check_negation("Франция была бы менее красивой без Новой Каледонии",
                             "France would not be as beautiful without New Caledonia").has_value());
  CHECK_FALSE(check_negation("это меньше заметно", "it is not so noticeable").has_value());
  // «не менее важно» is "no less important": "not as important" reverses it.
  CHECK(check_negation("это не менее важно", "this is not as important").has_value());
  // Without «менее» on the Russian side "not as" stays a negation.
  CHECK(check_negation("это так же важно", "this is not as important").has_value());
}

TEST_CASE("a dropped or added negation is flagged") {
  const auto dropped = check_negation("чтобы подобное не повторилось", "so that this can happen again");
  REQUIRE(dropped.has_value());
  CHECK(dropped->ru_span == "не");
  CHECK(check_negation("мы завершили переход", "we have not completed the transition").has_value());
}

TEST_CASE("\"neither … nor\" is one negation, as «ни … ни» is") {
  CHECK_FALSE(check_negation("Ни Москва, ни Минск никогда не пойдут на уступки",
                             "Neither Moscow nor Minsk will ever make concessions").has_value());
  CHECK_FALSE(check_negation("ни Москва, ни Минск", "not Moscow nor Minsk").has_value());
  CHECK(check_negation("Москва и Минск пойдут на уступки", "Neither Moscow nor Minsk will make concessions").has_value());
}

TEST_CASE("«не допустить» is \"prevent\": a hindering verb one side says in one word") {
  CHECK_FALSE(check_negation("чтобы не допустить роста цен", "to prevent a rise in prices").has_value());
  CHECK_FALSE(check_negation("чтобы не позволить им уйти", "to avoid letting them go").has_value());
  // Without the verb on the English side the negation is lost.
  CHECK(check_negation("чтобы не допустить роста цен", "to allow a rise in prices").has_value());
}

TEST_CASE("a negation just before the quote counts when the other side quotes it") {
  // Министр сказал, что проект «не отвечает требованиям» / does not yet "meet the requirements".
  CHECK_FALSE(check_negation("не отвечает требованиям", "meet the requirements", "Министр сказал, что проект «",
                             "The minister said the project does not yet \"").has_value());
  // Further back than two words it is another clause's.
  CHECK(check_negation("не отвечает требованиям", "meet the requirements", "Министр сказал, что проект «",
                       "No one said that the project will \"").has_value());
  // Both sides negating before the quote leave the quotes' difference.
  CHECK(check_negation("не отвечает требованиям", "meets the requirements", "проект не «",
                       "the project does not \"").has_value());
}

TEST_CASE("an answer «Нет,» / \"No,\" and «чуть не» (nearly) are no negations of the statement") {
  CHECK_FALSE(check_negation("Нет, это другой вопрос", "That is another question").has_value());
  CHECK_FALSE(check_negation("Да... нет", "Yes... well").has_value());
  CHECK_FALSE(check_negation("он чуть не упал", "he nearly fell").has_value());
  CHECK_FALSE(check_negation("он чуть было не упал", "he almost fell").has_value());
  // A negation after the answer still counts.
  CHECK(check_negation("Нет, мы не пойдем", "No, we will go").has_value());
}

TEST_CASE("\"hardly\" and «едва» are negations; \"not without\" is one, as «не лишен» is") {
  CHECK_FALSE(check_negation("так, что ты и не заметишь", "so that you will scarcely feel it").has_value());
  CHECK_FALSE(check_negation("едва ли он придет", "he will hardly come").has_value());
  CHECK_FALSE(check_negation("он не лишен дарования", "he is not without talent").has_value());
  CHECK(check_negation("так, что ты заметишь", "so that you will scarcely feel it").has_value());
  // «едва не» is "nearly", still.
  CHECK_FALSE(check_negation("он едва не упал", "he nearly fell").has_value());
}

TEST_CASE("the polarity list catches reversed and weakened words") {
  const PolarityList list = PolarityList::load(testing::paths().lexicons + "/polarity.ru-en.tsv");
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const auto flag = list.check("в результате непреднамеренного удара", "as a result of a deliberate strike", lemmas, nullptr);
  REQUIRE(flag.has_value());
  CHECK(flag->en_span == "deliberate");
  CHECK(list.check("сокращается более чем в 25 раз", "is reduced by less than 25 times", nullptr, nullptr).has_value());
  CHECK(list.check("мир будет таким", "the world may be such", nullptr, nullptr).has_value());
  CHECK_FALSE(list.check("более или менее", "more or less", nullptr, nullptr).has_value());
  CHECK_FALSE(list.check("в результате непреднамеренного удара", "as a result of an unintended strike", lemmas, nullptr).has_value());
}

TEST_CASE("the polarity list covers outcome, order, degree, stance and scope") {
  const PolarityList list = PolarityList::load(testing::paths().lexicons + "/polarity.ru-en.tsv");
  Lemmatizer russian("ru", testing::paths().hunspell);
  Lemmatizer english("en", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const LemmaFunction english_lemmas = [&](const std::string& word) { return english.lemmas(word); };
  const std::vector<std::pair<std::string, std::string>> reversed = {
      {"это была наша победа", "it was our defeat"},
      {"первый этап переговоров", "the last stage of talks"},
      {"риск остается высоким", "the risk remains low"},
      {"союзники поддержали решение", "the enemies supported the decision"},
      {"внутренний рынок растет", "the foreign market is growing"},
      {"парламент отклонил законопроект", "parliament approved the bill"}};
  for (const auto& [ru, en] : reversed) {
    INFO(ru << " / " << en);
    CHECK(list.check(ru, en, lemmas, english_lemmas).has_value());
  }
  const std::vector<std::pair<std::string, std::string>> faithful = {
      {"это была наша победа", "it was our victory"},
      {"первый этап переговоров", "the first stage of talks"},
      {"парламент отклонил законопроект", "parliament rejected the bill"}};
  for (const auto& [ru, en] : faithful) {
    INFO(ru << " / " << en);
    CHECK_FALSE(list.check(ru, en, lemmas, english_lemmas).has_value());
  }
}

TEST_CASE("a malformed polarity row names file and line") {
  CHECK_THROWS_WITH(PolarityList::parse("a\tb\tc\tx\nbroken\n", "p.tsv"), Catch::Contains("p.tsv:2"));
}

TEST_CASE("a quote's words carry their matching form and dictionary forms, each once") {
  const LemmaFunction lemmas = [](const std::string& word) {
    return word == "выросли" ? std::vector<std::string>{"вырасти", "вырасти"} : std::vector<std::string>{word};
  };
  const std::vector<QuoteWord> words = quote_words("Цены выросли.", lemmas);
  REQUIRE(words.size() == 2);
  CHECK(words[0].text == "Цены");
  CHECK(words[0].forms == std::vector<std::string>{"цены"});
  CHECK(words[1].norm == "выросли");
  CHECK(words[1].forms == std::vector<std::string>{"выросли", "вырасти"});
}

TEST_CASE("a statement the English hedges with may or might, where the Russian has no modal word, is flagged") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const auto flag = check_hedging("механизмы координации усовершенствуют", "the coordination mechanisms may be improved",
                                  lemmas);
  REQUIRE(flag.has_value());
  CHECK(flag->en_span == "may");
  CHECK(flag->severity == Severity::kWarning);
  CHECK_FALSE(check_hedging("механизмы могут усовершенствовать", "the mechanisms may be improved", lemmas).has_value());
  CHECK_FALSE(check_hedging("это, возможно, ошибка", "this might be a mistake", lemmas).has_value());
  CHECK_FALSE(check_hedging("переговоры пройдут в мае", "the talks will be held in May", lemmas).has_value());
}
