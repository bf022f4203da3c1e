#include "quotes/polarity_check.h"

#include <catch2/catch.hpp>

#include "lexicon/lemmatizer.h"
#include "test_paths.h"

using namespace sverka;

TEST_CASE("the polarity list catches reversed and weakened words") {
  const PolarityList list = PolarityList::load(testing::paths().lexicons + "/polarity.ru-en.tsv");
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const auto flag =
      list.check("в результате непреднамеренного удара", "as a result of a deliberate strike", lemmas, nullptr);
  REQUIRE(flag.has_value());
  CHECK(flag->en_span == "deliberate");
  CHECK(list.check("сокращается более чем в 25 раз", "is reduced by less than 25 times", nullptr, nullptr).has_value());
  CHECK(list.check("мир будет таким", "the world may be such", nullptr, nullptr).has_value());
  CHECK_FALSE(list.check("более или менее", "more or less", nullptr, nullptr).has_value());
  CHECK_FALSE(list.check("в результате непреднамеренного удара", "as a result of an unintended strike", lemmas, nullptr)
                  .has_value());
  // A participle and a verb form Hunspell's en_US does not know: its
  // stem meets the list's entry with the silent e dropped.
  CHECK(list.check("бренды, увеличившие емкость", "brands that decreased capacity", lemmas, nullptr).has_value());
  CHECK(list.check("безработица снизилась", "unemployment has risen", lemmas, nullptr).has_value());
  // A negated word said by its antonym is faithful; the antonym negated too
  // says the opposite.
  CHECK_FALSE(list.check("Мы не поддерживаем это решение", "We oppose this decision", lemmas, nullptr).has_value());
  CHECK(list.check("если ситуация не улучшится", "if the situation does not worsen", lemmas, nullptr).has_value());
  CHECK(list.negations_said_by_antonym("Мы не поддерживаем это решение", "We oppose this decision", lemmas, nullptr) ==
        1);
  CHECK(list.negations_said_by_antonym("если ситуация не улучшится", "if it does not worsen", lemmas, nullptr) == 0);
  CHECK(list.negations_said_by_antonym("Мы поддерживаем это решение", "We oppose this decision", lemmas, nullptr) == 0);
  // «Возможно» said "perhaps", with a "will" after it, is kept.
  CHECK_FALSE(
      list.check("Возможно, переговоры продолжатся", "Perhaps the talks will continue", lemmas, nullptr).has_value());
  CHECK(
      list.check("Возможно, переговоры продолжатся", "The talks will certainly continue", lemmas, nullptr).has_value());
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

TEST_CASE("a negation counts up to three words before the English word it negates") {
  const LemmaFunction itself = [](const std::string& word) { return std::vector<std::string>{word}; };
  const std::vector<QuoteWord> words = quote_words("it is not getting any better, and no longer worse", itself);
  REQUIRE(words.size() == 10);  // the comma is no word
  CHECK(negated_at(words, 5));  // "better": not getting any
  CHECK_FALSE(negated_at(words, 2));  // "not" itself
  CHECK_FALSE(negated_at(words, 6));  // "and": four words on
  CHECK(negated_at(words, 9));  // "worse": no longer
  CHECK_FALSE(negated_at(words, 0));
}

TEST_CASE("a statement the English hedges with may or might, where the Russian has no modal word, is flagged") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  const auto flag =
      check_hedging("механизмы координации усовершенствуют", "the coordination mechanisms may be improved", lemmas);
  REQUIRE(flag.has_value());
  CHECK(flag->en_span == "may");
  CHECK(flag->severity == Severity::kWarning);
  CHECK_FALSE(check_hedging("механизмы могут усовершенствовать", "the mechanisms may be improved", lemmas).has_value());
  CHECK_FALSE(check_hedging("это, возможно, ошибка", "this might be a mistake", lemmas).has_value());
  CHECK_FALSE(check_hedging("переговоры пройдут в мае", "the talks will be held in May", lemmas).has_value());
}

TEST_CASE("may for a wish, a purpose or a leave asked in the Russian is no hedge") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const LemmaFunction lemmas = [&](const std::string& word) { return russian.lemmas(word); };
  CHECK_FALSE(check_hedging("если вы позволите сказать свою мысль", "if I may say what I think", lemmas).has_value());
  CHECK_FALSE(check_hedging("молитесь богу, чтобы он помог вам", "pray that God may help you", lemmas).has_value());
  CHECK_FALSE(check_hedging("пусть будет так", "so may it be", lemmas).has_value());
  CHECK(check_hedging("вы будете счастливы", "you may be happy", lemmas).has_value());
}
