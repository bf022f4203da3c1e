#include "quotes/quote_checker.h"

#include <catch2/catch.hpp>

#include "test_paths.h"
#include "text/text_reader.h"

using namespace sverka;

namespace {
DocumentAligner& shared_aligner() {
  static DocumentAligner aligner("ru", "en", testing::paths());
  return aligner;
}
std::vector<QuotePair> check_texts(const std::string& russian, const std::string& english) {
  const AlignedDocument document = shared_aligner().align_text(russian, english);
  QuoteChecker checker(shared_aligner(), testing::paths().lexicons);
  return checker.check(document);
}
std::vector<QuotePair> check_sample(const std::string& english_file) {
  const std::string samples = testing::paths().lexicons + "/../samples/";
  return check_texts(read_text_file(samples + "seed.ru.txt"), read_text_file(samples + english_file));
}
std::vector<std::string> flag_types(const std::vector<QuotePair>& pairs) {
  std::vector<std::string> types;
  for (const QuotePair& pair : pairs) {
    for (const QuoteFlag& flag : pair.flags) types.push_back(flag.type);
  }
  return types;
}
}  // namespace

TEST_CASE("the faithful seed translation has no findings") {
  const auto pairs = check_sample("seed.en.txt");
  CHECK(pairs.size() == 5);
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("the divergent seed translation has exactly the planted findings") {
  const auto types = flag_types(check_sample("seed.en-divergent.txt"));
  // Planted: five for three, deliberate for unintended, the Kremlin quote
  // cut short (its place name goes with it), a clause shifting the blame
  // hung on Peskov's words (its "Turkish" has no counterpart either),
  // Lavrov for Peskov twice, and a dropped negation.
  CHECK(types == std::vector<std::string>{"number", "antonym", "name", "omission", "name", "addition",
                                          "attribution", "negation", "attribution"});
}

TEST_CASE("a title quoted on one side is no pair for a statement quoted on the other") {
  // The Russian quotes only the outlet's name; the English quotes the words.
  const auto pairs =
      check_texts("Это самая активная группа населения, сообщил «Москве 24» вирусолог Иванов.",
                  "\"It is the most active group of the population,\" virologist Ivanov told Moskva 24.");
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].ru_quote.empty());
  CHECK(flag_types(pairs) == std::vector<std::string>{"quote"});
  // Set off by a dash before a verb of saying, the words are speech, and
  // the outlet's name is set aside.
  const auto speech =
      check_texts("Это самая активная группа населения, — сказал «Москве 24» вирусолог Иванов.",
                  "\"It is the most active group of the population,\" virologist Ivanov told Moskva 24.");
  REQUIRE(speech.size() == 1);
  CHECK(speech[0].ru_quote == "Это самая активная группа населения");
  CHECK(flag_types(speech).empty());
}

TEST_CASE("the name of a party or an event quoted in Russian only is no unquoted speech") {
  // Russian quotes the names of parties, events and products; English
  // writes them in capitals.
  const auto name = check_texts("Депутаты партии «Новые зелёные силы» проголосовали против закона.",
                                "Deputies of the New Green Forces party voted against the law.");
  CHECK(flag_types(name).empty());
  // So is each of a list of names after a comma.
  const auto list =
      check_texts("Работы выдвинуты в номинациях \"Длинная проза\", \"Короткая проза\", \"Проза для детей\".",
                  "Works were proposed in the nominations Long Story, Short Story and Story for Children.");
  CHECK(flag_types(list).empty());
  // Speech after a colon is speech, short or not.
  const auto speech =
      check_texts("Министр ответил: «Мы будем спорить».", "The minister replied that they would argue.");
  CHECK(flag_types(speech) == std::vector<std::string>{"quote"});
}

TEST_CASE("the name of a thing quoted beside a statement is set aside when only the statement is quoted in English") {
  const auto pairs = check_texts(
      "Мнения участников \"не обязательно выражают позицию правительства\", а Китай не был приглашен на \"Саммит за "
      "демократию\".",
      "The opinions of the participants \"do not necessarily reflect the position of the government,\" and China was "
      "not invited to the Summit for Democracy.");
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].ru_quote == "не обязательно выражают позицию правительства");
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("a plural with a meaning of its own is looked up as the dictionary lists it") {
  // Hunspell gives «выборов» the lemma выбор, "choice"; Müller lists выборы, "election".
  const auto pairs =
      check_texts("«До выборов остается менее двух недель, и шансы снижаются», — отмечается в материале.",
                  "\"There are less than two weeks left before the elections, and the chances are "
                  "decreasing,\" notes the article.");
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("a statement facing a title keeps its number and name checks") {
  const auto pairs = check_texts("В акции «Чистый город» участвовали пять регионов, сообщил Иванов.",
                                 "\"Twelve regions took part in the campaign,\" Ivanov said.");
  CHECK(flag_types(pairs) == std::vector<std::string>{"quote", "number"});
  // With no quote marks at all on the Russian side it is only reported:
  // English fiction's single quotes, which the spanner reads only where
  // they are frequent or the only marks, would make every line of dialogue
  // such a statement.
  const auto unquoted = check_texts("В акции участвовали пять регионов, сообщил Иванов.",
                                    "\"Twelve regions took part in the campaign,\" Ivanov said.");
  CHECK(flag_types(unquoted) == std::vector<std::string>{"quote"});
}

TEST_CASE("a speaker named by first name and patronymic may be the English surname") {
  const auto pairs = check_texts("«Я очень рад», — сказал Степан Аркадьич.", "\"I am very glad,\" said Oblonsky.");
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("the speaker is not a name after a preposition, unless the preposition follows the verb") {
  const auto medium = check_texts("«Это провокация», — написал Зеленский в Telegram.",
                                  "\"This is a provocation,\" Zelensky wrote on Telegram.");
  REQUIRE(medium.size() == 1);
  CHECK(medium[0].speaker == "Зеленский");
  const auto ministry = check_texts("«Мы готовим указ», — сообщили в Минцифры.",
                                    "\"We are preparing a decree,\" the Ministry of Digital Development said.");
  REQUIRE(ministry.size() == 1);
  CHECK(ministry[0].speaker == "Минцифры");
}

TEST_CASE("dash speech going on unmarked pairs with the English quote of the whole sentence") {
  const auto pairs = check_texts("— Да, это было очень мило. Много там было отличного.",
                                 "\"Yes, it was very nice. There were many other delightful things.\"");
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[1].ru_quote == "Много там было отличного.");
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("a line of dialogue of two words is speech, not a title the English would not quote") {
  const auto pairs = check_texts("— А мы сейчас с ним приедем. Вещи отправлены? — сказал Степан Аркадьич.",
                                 "\"And we will follow immediately with him. Have your trunks been sent off?\" "
                                 "inquired Oblonsky.");
  REQUIRE_FALSE(pairs.empty());
  CHECK(pairs.back().ru_quote == "Вещи отправлены?");
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("unmarked dash speech the English does not quote at all is the author's, not speech made indirect") {
  const auto pairs = check_texts("— Кто там?\n\nОн поцеловал ее руку, опять поцеловал руку, — она все молчала.",
                                 "\"Who is there?\"\n\nHe kissed her hand and kissed it again; she was still silent.");
  CHECK(flag_types(pairs).empty());
}

TEST_CASE("unmarked news speech before its author pairs with the English quote and is checked") {
  const std::string russian = "Цены выросли на 20 процентов, - сказал министр Иван Петров.";
  CHECK(flag_types(check_texts(russian, "\"Prices rose by 20 percent,\" said minister Ivan Petrov.")).empty());
  CHECK(flag_types(check_texts(russian, "\"Prices rose by 30 percent,\" said minister Ivan Petrov.")) ==
        std::vector<std::string>{"number"});
}

TEST_CASE("re-checking one changed line finds what checking the whole changed document finds there") {
  const std::string samples = testing::paths().lexicons + "/../samples/";
  AlignedDocument document =
      shared_aligner().align_text(read_text_file(samples + "seed.ru.txt"), read_text_file(samples + "seed.en.txt"));
  QuoteChecker checker(shared_aligner(), testing::paths().lexicons);
  REQUIRE(flag_types(checker.check(document)).empty());
  std::size_t line = 0;
  while (line < document.target.size() && document.target[line].text.find("Peskov") == std::string::npos) ++line;
  REQUIRE(line < document.target.size());
  const std::string changed = document.target[line].text;
  document.target[line].text.replace(changed.find("Peskov"), 6, "Lavrov");
  const auto on_line = [&](const std::vector<QuotePair>& pairs) {
    std::vector<std::string> types;
    for (const QuotePair& pair : pairs) {
      if (pair.en_line != line) continue;
      for (const QuoteFlag& flag : pair.flags) types.push_back(flag.type);
    }
    return types;
  };
  const std::vector<std::string> rechecked = on_line(checker.recheck(document, line));
  CHECK_FALSE(rechecked.empty());
  QuoteChecker fresh(shared_aligner(), testing::paths().lexicons);
  CHECK(rechecked == on_line(fresh.check(document)));
}
