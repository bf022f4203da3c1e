#include "quotes/speech_cues.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("a Russian verb of saying is known by its stem, in every form") {
  for (const char* word : {"сказал", "сказала", "сказали", "заявил", "отмечается", "комментирует", "прокомментировал",
                           "говорится", "считают", "уверен", "словам", "подтвердили", "подтверждает", "признали"}) {
    CHECK(is_speech_cue(word, true));
  }
  // A decree, an answer, measures: no verbs of saying.
  for (const char* word : {"указ", "ответ", "меры", "временные", "он"}) CHECK_FALSE(is_speech_cue(word, true));
}

TEST_CASE("English cues are whole words") {
  CHECK(is_speech_cue("said", false));
  CHECK(is_speech_cue("according", false));
  CHECK(is_speech_cue("confirmed", false));
  CHECK(is_speech_cue("admitted", false));
  // "reported cases", "reported losses": too often no speaker's verb.
  CHECK_FALSE(is_speech_cue("reported", false));
  CHECK_FALSE(is_speech_cue("saying", false));
  CHECK_FALSE(is_speech_cue("сказал", false));
}

TEST_CASE("the names by a verb of saying are who may have spoken, not where or to whom") {
  CHECK(names_by_cue("— написал Зеленский в Telegram.", true, {"Зеленский", "Telegram"}) ==
        std::vector<std::string>{"Зеленский"});
  // A name of two words after a preposition is a place whole.
  CHECK(names_by_cue("сказал губернатор в Нижнем Новгороде", true, {"Нижнем", "Новгороде"}).empty());
  // Right after the verb, «в» names the speaking body.
  CHECK(names_by_cue("— сообщили в Минцифры.", true, {"Минцифры"}) == std::vector<std::string>{"Минцифры"});
  CHECK(names_by_cue("Cavusoglu told reporters in Ankara", false, {"Cavusoglu", "Ankara"}) ==
        std::vector<std::string>{"Cavusoglu"});
  CHECK(names_by_cue("according to Peskov", false, {"Peskov"}) == std::vector<std::string>{"Peskov"});
  // Too far from any cue.
  CHECK(names_by_cue("Песков долго молчал, но потом, уже вечером, все-таки сказал", true, {"Песков"}).empty());
}
