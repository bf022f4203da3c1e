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
