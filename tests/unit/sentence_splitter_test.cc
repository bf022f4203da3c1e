#include "text/sentence_splitter.h"

#include <catch2/catch.hpp>

#include "pipeline/language_resources.h"
#include "test_paths.h"

using Sentences = std::vector<std::string>;

namespace {
const sverka::LanguageResources& russian() {
  static const sverka::LanguageResources value("ru", sverka::testing::paths());
  return value;
}
const sverka::LanguageResources& english() {
  static const sverka::LanguageResources value("en", sverka::testing::paths());
  return value;
}
Sentences ru(const std::string& text) { return russian().splitter.split_line(text); }
Sentences en(const std::string& text) { return english().splitter.split_line(text); }
}  // namespace

TEST_CASE("Russian abbreviations do not end sentences") {
  CHECK(ru("Это сделали т. е. наши партнеры. Потом все ушли.") ==
        Sentences{"Это сделали т. е. наши партнеры.", "Потом все ушли."});
  CHECK(ru("Он живет на ул. Ленина в г. Москве. Там тихо.") ==
        Sentences{"Он живет на ул. Ленина в г. Москве.", "Там тихо."});
  CHECK(ru("Премия им. Арсеньева вручена.") == Sentences{"Премия им. Арсеньева вручена."});
  CHECK(ru("Бюджет составил 1,5 млрд. рублей.") == Sentences{"Бюджет составил 1,5 млрд. рублей."});
}

TEST_CASE("a number-kind abbreviation after a number ends a sentence before a capital") {
  CHECK(ru("Это было в 2016 г. Потом все изменилось.") ==
        Sentences{"Это было в 2016 г.", "Потом все изменилось."});
  CHECK(ru("Затраты выросли до $135 млрд. Такие данные опубликованы.") ==
        Sentences{"Затраты выросли до $135 млрд.", "Такие данные опубликованы."});
}

TEST_CASE("initials stay with the name") {
  CHECK(ru("Об этом заявил В. В. Путин. Встреча закончилась.") ==
        Sentences{"Об этом заявил В. В. Путин.", "Встреча закончилась."});
  CHECK(en("It was signed by Vladimir V. Putin. Nobody objected.") ==
        Sentences{"It was signed by Vladimir V. Putin.", "Nobody objected."});
}

TEST_CASE("an initial-like letter before a common word ends the sentence") {
  CHECK(ru("В картофеле есть витамин С. Кроме того, он полезен.") ==
        Sentences{"В картофеле есть витамин С.", "Кроме того, он полезен."});
}

TEST_CASE("English titles and U.S. do not end sentences") {
  CHECK(en("Mr. Smith met Gen. Brown in the U.S. capital. They talked.") ==
        Sentences{"Mr. Smith met Gen. Brown in the U.S. capital.", "They talked."});
}

TEST_CASE("direct speech stays with its attribution") {
  CHECK(ru("«Мы уходим!» — сказал он. Все молчали.") == Sentences{"«Мы уходим!» — сказал он.", "Все молчали."});
  CHECK(ru("— Да, — ответила она. — Я приду.") == Sentences{"— Да, — ответила она.", "— Я приду."});
  CHECK(en("\"We are leaving!\" he said. Nobody moved.") ==
        Sentences{"\"We are leaving!\" he said.", "Nobody moved."});
}

TEST_CASE("quoted sentences end after the closing quote") {
  CHECK(ru("Он сказал: «Все хорошо». Потом ушел.") == Sentences{"Он сказал: «Все хорошо».", "Потом ушел."});
}

TEST_CASE("decimal numbers and dashes do not split") {
  CHECK(ru("Очаг залегал на глубине 92,5 км. Ранее было тихо.") ==
        Sentences{"Очаг залегал на глубине 92,5 км.", "Ранее было тихо."});
  CHECK(en("The rate rose to 3.5 percent - a record. Markets fell.") ==
        Sentences{"The rate rose to 3.5 percent - a record.", "Markets fell."});
}

TEST_CASE("a headline glued to the first sentence is split off") {
  const auto sentences = russian().splitter.split_text(
      "Премьер Израиля Беннет сообщил о начале вакцинации в школах Министерство здравоохранения "
      "Израиля начинает программу. Второе предложение.");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].text == "Премьер Израиля Беннет сообщил о начале вакцинации в школах");
  // "omicron" is in the dictionary, but the text writes it as a name.
  const auto english_sentences = english().splitter.split_text(
      "WHO has found Omicron in six dozen states already The World Health Organization said so. "
      "Cases of Omicron were found in 63 countries.");
  REQUIRE(english_sentences.size() == 3);
  CHECK(english_sentences[0].text == "WHO has found Omicron in six dozen states already");
  CHECK(english_sentences[1].text == "The World Health Organization said so.");
}

TEST_CASE("a subheadline glued between headline and body is split off too") {
  const auto sentences = english().splitter.split_text(
      "Doctor Pavlova told about weekend migraine among workaholics Several factors may cause "
      "discomfort during weekends The reason is often stress, the doctor said.");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].text == "Doctor Pavlova told about weekend migraine among workaholics");
  CHECK(sentences[1].text == "Several factors may cause discomfort during weekends");
  CHECK(sentences[0].starts_paragraph);
  CHECK_FALSE(sentences[1].starts_paragraph);
}

TEST_CASE("German capitalizes nouns: no glued-headline split there") {
  // With or without a German dictionary installed, a capitalized noun in
  // the first sentence is not a sentence start.
  const sverka::SentenceSplitter german("de", sverka::Abbreviations{},
                                        [](const std::string&) { return true; });
  const auto sentences = german.split_text("Die Gruppe erreichte am Morgen den Gipfel und stieg dann ab.");
  CHECK(sentences.size() == 1);
}

TEST_CASE("line breaks inside a paragraph are boundaries and paragraphs are numbered") {
  const auto sentences = english().splitter.split_text("Headline\n\nFirst one. Second one.\n\nThird.\n");
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0].paragraph == 0);
  CHECK(sentences[1].starts_paragraph);
  CHECK_FALSE(sentences[2].starts_paragraph);
  CHECK(sentences[3].paragraph == 2);
}

TEST_CASE("presplit input keeps every line, empty ones too") {
  const auto sentences = sverka::sentences_from_lines("One.\n\nThree.\n");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[1].text.empty());
}

TEST_CASE("a subheading run into the next paragraph is split off in Russian, not in German") {
  const auto sentences = russian().splitter.split_text(
      "Москва искала страну в Африке. Где еще могут быть наемники По данным агентства, они действуют там.");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[1].text == "Где еще могут быть наемники");
  const sverka::SentenceSplitter german("de", sverka::Abbreviations{}, [](const std::string&) { return true; },
                                        {"die"});
  CHECK(german.split_text("Wir stiegen auf und sahen Die Berge im Osten.").size() == 1);
}

TEST_CASE("a word the text writes in lower case is a common word there, known to Hunspell or not") {
  const auto sentences = english().splitter.split_text(
      "Demand for superyachts has increased by a quarter Superyachts were ordered in record numbers. "
      "Orders for superyachts grew again.");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].text == "Demand for superyachts has increased by a quarter");
}

TEST_CASE("a sentence may start with a number followed by a lower-case word") {
  CHECK(ru("Он выступил в Донбассе. 6 декабря президент сообщил об этом.") ==
        Sentences{"Он выступил в Донбассе.", "6 декабря президент сообщил об этом."});
  CHECK(en("They received 89 applications. 63 passed the selection.") ==
        Sentences{"They received 89 applications.", "63 passed the selection."});
  // Not after an abbreviation, nor inside a quoted title.
  CHECK(ru("В 2015 г. 5 человек пришли.").size() == 1);
  CHECK(ru("Доступен сериал \"Универ. 10 лет спустя\" телеканала ТНТ.").size() == 1);
}

TEST_CASE("acronyms end sentences; titles hold inside quotes; one-letter words start them") {
  // ICU's own abbreviation filter kept these together.
  CHECK(en("It is good for NATO. Regular use helps.").size() == 2);
  CHECK(en("Fibers are good for GIT. Regular consumption helps.").size() == 2);
  // "Mr." after an opening quote is still a title; Levin is also a word.
  CHECK(en("'Mr. Levin despises the town,' said Countess Nordston.").size() == 1);
  CHECK(en("'No. I am no foe of marriage.'") == Sentences{"'No.", "I am no foe of marriage.'"});
  CHECK(en("See No. 5 on the list.").size() == 1);
}

TEST_CASE("a quotation without a stop ends its sentence before a quotation that opens the next") {
  CHECK(
      ru("Он назвал этот срок \"очень большим периодом\" \"При прежних штаммах срок был нормальным\", - сказал он.") ==
      Sentences{"Он назвал этот срок \"очень большим периодом\"",
                "\"При прежних штаммах срок был нормальным\", - сказал он."});
  CHECK(ru("Он назвал фильм \"Брат\" лучшим.").size() == 1);
}

TEST_CASE("languages without an abbreviation list keep ICU's; ordinals and list numbers hold") {
  const sverka::SentenceSplitter german("de", sverka::Abbreviations{});
  CHECK(german.split_line("Siehe Alpine Journal, Nr. 293, S. 110-117, zum Thema.").size() == 1);
  // German ordinals, and list numbers anywhere.
  CHECK(german.split_line("Die Erstersteigung gelang am 18. Mai 1956.").size() == 1);
  CHECK(german.split_line("1. Vom Kangchendzönga ist nicht viel Neues zu melden.").size() == 1);
  CHECK(en("2. The second ascent came in May.").size() == 1);
  CHECK(en("He was 15. Then he left.").size() == 2);
  // French names papers bare: no line is taken to start at "Les".
  const sverka::SentenceSplitter french("fr", sverka::Abbreviations{}, [](const std::string&) { return true; },
                                        {"les", "la", "le"});
  CHECK(french.split_text("Premier texte. Une chronique a paru dans Les Alpes en avril 1956.").size() == 2);
}

TEST_CASE("German and French abbreviations from lexicons/ do not end sentences") {
  static const sverka::LanguageResources german("de", sverka::testing::paths());
  static const sverka::LanguageResources french("fr", sverka::testing::paths());
  const auto de = [](const std::string& text) { return german.splitter.split_line(text); };
  const auto fr = [](const std::string& text) { return french.splitter.split_line(text); };
  CHECK(de("Darüber berichtet Braham, vgl. Die Alpen, S. 83 und Nr. 57 im Heft. Das ist alles.") ==
        Sentences{"Darüber berichtet Braham, vgl. Die Alpen, S. 83 und Nr. 57 im Heft.", "Das ist alles."});
  CHECK(de("Sie fanden Zelte, Seile usw. Es war sehr warm.") ==
        Sentences{"Sie fanden Zelte, Seile usw.", "Es war sehr warm."});
  CHECK(de("Die Leitung hatte Prof. Desio, z. B. im Jahr 1929.") ==
        Sentences{"Die Leitung hatte Prof. Desio, z. B. im Jahr 1929."});
  CHECK(fr("Voir Les Alpes, 1956, p. 82 et vol. 3. Le chef était Magnone.") ==
        Sentences{"Voir Les Alpes, 1956, p. 82 et vol. 3.", "Le chef était Magnone."});
  // "m." is no abbreviation to the list: metres end a sentence.
  CHECK(fr("Il fallut deux jours pour gravir 250 m. Six heures plus tard ils étaient au sommet.") ==
        Sentences{"Il fallut deux jours pour gravir 250 m.", "Six heures plus tard ils étaient au sommet."});
}

TEST_CASE("a chapter number run in between two chapters of a flattened novel is a line of its own") {
  const auto split_text = [](const std::string& text) {
    Sentences out;
    for (const auto& sentence : russian().splitter.split_text(text)) out.push_back(sentence.text);
    return out;
  };
  CHECK(split_text("Он ушел, вздрагивая от ужаса. XVII Гостиница была грязна. Он умер. XVIII Левин уехал.") ==
        Sentences{"Он ушел, вздрагивая от ужаса.", "XVII", "Гостиница была грязна.", "Он умер.", "XVIII",
                  "Левин уехал."});
  // One numeral alone is no chapter: an event's ordinal.
  CHECK(split_text("Прошла неделя. XXV Петербургский форум открылся.") ==
        Sentences{"Прошла неделя.", "XXV Петербургский форум открылся."});
  CHECK(en("He shuddered with horror. CHAPTER XVII THE HOTEL was dirty.") ==
        Sentences{"He shuddered with horror.", "CHAPTER XVII", "THE HOTEL was dirty."});
  // Not a ruler's or a century's number.
  CHECK(ru("Так решил Николай II. Он уехал.") == Sentences{"Так решил Николай II.", "Он уехал."});
  CHECK(ru("Начался XXI век. Все изменилось.") == Sentences{"Начался XXI век.", "Все изменилось."});
}
