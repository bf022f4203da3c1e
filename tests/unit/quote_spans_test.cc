#include "quotes/quote_spans.h"

#include <catch2/catch.hpp>

using namespace sverka;

namespace {
std::vector<std::string> quotes(QuoteSpanner& spanner, const std::string& sentence) {
  std::vector<std::string> out;
  for (const QuoteSpan& span : spanner.next_sentence(sentence)) out.push_back(sentence.substr(span.begin, span.end - span.begin));
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
