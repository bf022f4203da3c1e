#include "quotes/quote_spans.h"

#include <catch2/catch.hpp>

using namespace sverka;

namespace {
std::vector<std::string> quotes(QuoteSpanner& spanner, const std::string& sentence) {
  std::vector<std::string> out;
  for (const QuoteSpan& span : spanner.next_sentence(sentence))
    out.push_back(sentence.substr(span.begin, span.end - span.begin));
  return out;
}
std::vector<std::string> quotes(const std::string& sentence) {
  QuoteSpanner spanner;
  return quotes(spanner, sentence);
}
}  // namespace

TEST_CASE("guillemets with nested low-high quotes are one quote") {
  CHECK(quotes("Он сказал: «Это „важное“ решение», и ушел.") == std::vector<std::string>{"Это „важное“ решение"});
}

TEST_CASE("typographic and straight English quotes, apostrophes left alone") {
  CHECK(quotes("He said “we don’t know” and left.") == std::vector<std::string>{"we don’t know"});
  CHECK(quotes("\"It is over,\" he said, \"for now.\"") == std::vector<std::string>{"It is over,", "for now."});
  CHECK(quotes("They call it ‘the plan’ now.") == std::vector<std::string>{"the plan"});
}

TEST_CASE("nested straight quotes stay inside the outer quote") {
  CHECK(quotes("\"Examples of successes — \"we defended\" and more\", he said.") ==
        std::vector<std::string>{"Examples of successes — \"we defended\" and more"});
}

TEST_CASE("dash-introduced direct speech up to the attribution") {
  CHECK(quotes("— Я приду, — сказала она.") == std::vector<std::string>{"Я приду"});
}

TEST_CASE("a quote runs on across sentences until it closes") {
  QuoteSpanner spanner;
  CHECK(quotes(spanner, "«Первое предложение.") == std::vector<std::string>{"Первое предложение."});
  CHECK(quotes(spanner, "Второе без кавычек.") == std::vector<std::string>{"Второе без кавычек."});
  CHECK(quotes(spanner, "Третье», — сказал он.") == std::vector<std::string>{"Третье"});
  CHECK(quotes(spanner, "Дальше без цитат.").empty());
}

TEST_CASE("a stray open quote does not swallow the next sentence when it opens its own") {
  QuoteSpanner spanner;
  quotes(spanner, "Он сказал \"начало");
  CHECK(quotes(spanner, "Сценарий - \"война против всех\".") == std::vector<std::string>{"война против всех"});
}

TEST_CASE("a closing mark with nothing open ends a quote begun before the sentence, and opens none") {
  QuoteSpanner spanner;
  // The translator left out the opening mark; the next sentences are no quote.
  CHECK(quotes(spanner, "In exchange, its subsidiaries receive licences,\" says the article.") ==
        std::vector<std::string>{"In exchange, its subsidiaries receive licences,"});
  CHECK(quotes(spanner, "This company is under sanctions.").empty());
  CHECK(quotes(spanner, "Взамен она получает лицензии», — пишет издание.") ==
        std::vector<std::string>{"Взамен она получает лицензии"});
  CHECK(quotes(spanner, "Эта компания находится под санкциями.").empty());
}

namespace {
// The quotes of each sentence of a text, found in the text's own style.
std::vector<std::vector<std::string>> text_quotes(const std::vector<std::string>& sentences,
                                                  bool dash_authors = false) {
  struct Line {
    std::string text;
  };
  std::vector<Line> lines;
  for (const std::string& s : sentences) lines.push_back({s});
  QuoteSpanner spanner = spanner_for(lines, dash_authors);
  std::vector<std::vector<std::string>> out;
  for (const std::string& s : sentences) out.push_back(quotes(spanner, s));
  return out;
}
}  // namespace

TEST_CASE("a text whose sentences open with single marks quotes with them; apostrophes stay") {
  const auto found = text_quotes({"'Yes,' he said, 'I can't come.'", "'The peasants' huts are burning.'",
                                  "'Oh dear!' he groaned.", "It was Levin's idea."});
  CHECK(found[0] == std::vector<std::string>{"Yes,", "I can't come."});
  CHECK(found[1] == std::vector<std::string>{"The peasants' huts are burning."});
  CHECK(found[2] == std::vector<std::string>{"Oh dear!"});
  CHECK(found[3].empty());
  // A quote left open goes on into the next sentence, as with double marks.
  const auto open = text_quotes({"'Yes, it was nice.", "Many other things.'", "'No!'", "'Yes!'", "He left."});
  CHECK(open[1] == std::vector<std::string>{"Many other things."});
  CHECK(open[4].empty());
}

TEST_CASE("a news text with no double marks quotes with single ones wherever it holds one") {
  const auto found = text_quotes({"Peskov called the strike 'a tragic mistake'.", "The players' union met.",
                                  "'We will not allow a repeat,' he said."});
  CHECK(found[0] == std::vector<std::string>{"a tragic mistake"});
  CHECK(found[1].empty());
  CHECK(found[2] == std::vector<std::string>{"We will not allow a repeat,"});
  // Rock 'n' roll is no quote, and a text with a double mark anywhere keeps
  // single marks for quotes within quotes.
  CHECK(text_quotes({"They played rock 'n' roll all night."})[0].empty());
  CHECK(text_quotes({"Peskov called it 'a mistake'.", "\"No,\" he said."})[0].empty());
}

TEST_CASE("single marks are no quotes in a text that opens its sentences with double ones") {
  const auto found =
      text_quotes({"\"We agree,\" he said.", "\"It is 'fine',\" she said.", "\"Yes.\"", "'Open Space' won."});
  CHECK(found[1] == std::vector<std::string>{"It is 'fine',"});
  CHECK(found[3].empty());
}

TEST_CASE("plain-text dialogue dashes, speech resumed after its author and right after ! or ?") {
  CHECK(quotes("-- Да, -- сказал он. -- Я приду.") == std::vector<std::string>{"Да", "Я приду."});
  CHECK(quotes("-- Возьмите эти книги!-- сказала она.") == std::vector<std::string>{"Возьмите эти книги!"});
}

TEST_CASE("the author's words a dash sets off inside Russian quote marks are left out") {
  CHECK(text_quotes({"«Да, — сказал он, — я приду»."}, true)[0] == std::vector<std::string>{"Да", "я приду"});
  // English sets a parenthesis off with dashes: kept.
  CHECK(text_quotes({"\"A piano, – though not a good one, – and a harp.\""})[0] ==
        std::vector<std::string>{"A piano, – though not a good one, – and a harp."});
}

TEST_CASE("in dash dialogue a turn goes on unmarked, up to its author") {
  const auto found = text_quotes({"-- Кто там?", "-- Я.", "-- Зачем?", "Я к ней иду, -- сказал он.", "Он ушел."}, true);
  CHECK(found[3] == std::vector<std::string>{"Я к ней иду"});
  CHECK(found[4].empty());
  QuoteSpanner spanner;
  quotes(spanner, "— Да, это было.");
  CHECK(spanner.speaking());  // the speech ran to the end of its sentence
  quotes(spanner, "— Да, — сказал он.");
  CHECK_FALSE(spanner.speaking());
  // A line of the author's after speech, with speech after its full stop.
  const auto narrated =
      text_quotes({"-- Кто там?", "Варенька сумела быть полезною. -- Я закажу ужин, -- сказала она."}, true);
  CHECK(narrated[1] == std::vector<std::string>{"Я закажу ужин"});
  // A colon hands over to speech, and tells that speech went on before it.
  CHECK(quotes("-- Хорошо, -- сказал он и обратился к ней: -- Пойдем.") ==
        std::vector<std::string>{"Хорошо", "Пойдем."});
  const auto resumed =
      text_quotes({"-- Кто там?",
                   "Der Preis muss gerechnet werden. -- И немец обратился к Вронскому: -- Das lasst sich ausrechnen."},
                  true);
  CHECK(resumed[1] == std::vector<std::string>{"Der Preis muss gerechnet werden", "Das lasst sich ausrechnen."});
}

TEST_CASE("news speech with no marks before its author and a verb of saying is a quote") {
  const auto russian = [](const std::string& sentence) { return text_quotes({sentence}, true)[0]; };
  // A hyphen between spaces is the news sites' dash.
  CHECK(russian("Видимо, их больше, чем положено, - комментирует пульмонолог Сергей Пурясев.") ==
        std::vector<std::string>{"Видимо, их больше, чем положено"});
  CHECK(russian("Это так, — так ответил министр.") == std::vector<std::string>{"Это так"});
  // A dash after a subject set off by commas stands for "is": no author.
  CHECK(russian("Меры, принятые правительством, — временные.").empty());
  // Of a line's sentences the last is the speech; marks inside it are a quote within it.
  CHECK(russian(
            "Ученые провели исследование. Согласно оценкам, он (уровень \"омикрона\") низок, - говорится в тексте.") ==
        std::vector<std::string>{"Согласно оценкам, он (уровень \"омикрона\") низок"});
  // Marks in the author's words stay a quote of their own.
  CHECK(russian("Это активная прослойка, - сказал \"Москве 24\" Павел Волчков.") ==
        std::vector<std::string>{"Это активная прослойка", "Москве 24"});
  // Marks that close at the hand-over say where the speech is.
  CHECK(russian("Руководство оценит фразой \"не по Сеньке шапка\", - считают редакторы.") ==
        std::vector<std::string>{"не по Сеньке шапка"});
  CHECK(russian("«Мы не согласны», — сказал он.") == std::vector<std::string>{"Мы не согласны"});
  // English sets no speech off so.
  CHECK(text_quotes({"It is so, - said the minister."})[0].empty());
}

TEST_CASE("a straight mark before a comma closes, even after a space") {
  CHECK(text_quotes({"У них 30 самолетов (в Сирте) \", - приводит его слова агентство."}, true)[0] ==
        std::vector<std::string>{"У них 30 самолетов (в Сирте) "});
}

TEST_CASE("a straight mark before the author's dash and verb closes every quote open") {
  // Russian writes the closing marks of „…"…"" as one.
  const auto closed = text_quotes({"\"Принят приказ № 127 \"Об утверждении Порядка\", - написал Смаилов.",
                                   "Он напомнил, что срок истек."},
                                  true);
  CHECK(closed[0] == std::vector<std::string>{"Принят приказ № 127 \"Об утверждении Порядка"});
  CHECK(closed[1].empty());
  // Before a dash and more speech it closes a name in the author's words.
  const auto open = text_quotes({"\"Мужчина должен, - считают авторы канала \"Красавчик Браммелл\". - Обладатели "
                                 "пиджаков редко покупают билеты.",
                                 "Их попросту приглашают."},
                                true);
  CHECK(open[1] == std::vector<std::string>{"Их попросту приглашают."});
}

TEST_CASE("a sentence ending on an opening mark opens a quote and yields none") {
  const auto found = text_quotes({"Он сказал: \"", "Мы придем, - сказал он."}, true);
  CHECK(found[0].empty());
  CHECK(found[1] == std::vector<std::string>{"Мы придем"});  // carried on, the author cut out
}

TEST_CASE("a straight mark that closes a quote at the very end of the text is read inside the text") {
  // Found by the quote fuzzer: the test for an author's dash after the
  // mark read one past the end.
  CHECK(quotes("u\"u\"") == std::vector<std::string>{"u"});
  CHECK(quotes("Он сказал \"да\"") == std::vector<std::string>{"да"});
}
