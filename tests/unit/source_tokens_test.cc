#include "pipeline/source_tokens.h"

#include <catch2/catch.hpp>

#include <future>

#include "test_paths.h"

using namespace sverka;

TEST_CASE("sentence claims from both ends cover every sentence once") {
  SentenceClaims claims(10, 3);
  CHECK(claims.from_front().end == 3);
  const SentenceClaims::Range last = claims.from_back();
  CHECK((last.begin == 7 && last.end == 10));
  CHECK(claims.from_front().end == 6);
  const SentenceClaims::Range meeting = claims.from_back();
  CHECK((meeting.begin == 6 && meeting.end == 7));
  CHECK(claims.from_front().empty());
  CHECK(claims.from_back().empty());
}

namespace {

std::vector<Sentence> russian_side() {
  const std::vector<std::string> texts = {
      "Песков сообщил о 11 раненых.", "Эрдоган позвонил Путину.", "Турецкие военные погибли под Аль-Бабом.",
      "Кремль выразил соболезнования.", "Песков назвал удар ошибкой.", "Генштаб сообщил координаты.",
      "Удар был нанесён по ошибке.", "Путин и Эрдоган договорились о совместной работе."};
  std::vector<Sentence> sentences;
  for (int copy = 0; copy < 5; ++copy) {
    for (const std::string& text : texts) sentences.push_back({text, 0, false});
  }
  return sentences;
}

void check_same(const SourceTokens& a, const SourceTokens& b) {
  REQUIRE(a.distinct.size() == b.distinct.size());
  for (std::size_t k = 0; k < a.distinct.size(); ++k) CHECK(a.distinct[k].norm == b.distinct[k].norm);
  CHECK(a.lemmas == b.lemmas);
  CHECK(a.tokens == b.tokens);
  CHECK(a.sentence_end == b.sentence_end);
}

}  // namespace

TEST_CASE("two workers meeting anywhere tokenize a side as one worker does") {
  const LanguageResources russian("ru", testing::paths());
  REQUIRE(russian.lemmatizer.thread_safe_forms());
  const std::vector<Sentence> sentences = russian_side();
  SentenceClaims all(sentences.size(), 3);
  SourceTokenizer alone(sentences, russian), nobody(sentences, russian);
  alone.take_front(all);
  const SourceTokens expected = SourceTokenizer::join(std::move(alone), std::move(nobody));
  CHECK(expected.sentence_end.size() == sentences.size());
  CHECK(expected.distinct.front().norm == "песков");
  CHECK(expected.tokens.size() == expected.sentence_end.back());

  SECTION("the back worker alone") {
    SentenceClaims claims(sentences.size(), 3);
    SourceTokenizer front(sentences, russian), back(sentences, russian);
    back.take_back(claims);
    check_same(SourceTokenizer::join(std::move(front), std::move(back)), expected);
  }
  SECTION("both, on two threads") {
    SentenceClaims claims(sentences.size(), 1);
    SourceTokenizer front(sentences, russian), back(sentences, russian);
    std::future<void> first = std::async(std::launch::async, [&] { front.take_front(claims); });
    back.take_back(claims);
    first.get();
    check_same(SourceTokenizer::join(std::move(front), std::move(back)), expected);
  }
}
