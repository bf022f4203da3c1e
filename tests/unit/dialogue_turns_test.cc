#include "text/dialogue_turns.h"

#include <catch2/catch.hpp>

using sverka::count_turns;
using sverka::opens_turn;

TEST_CASE("a leading dialogue dash or opening quote opens a turn") {
  CHECK(opens_turn("-- Да, -- сказал он."));
  CHECK(opens_turn("— Нет."));
  CHECK(opens_turn("«Скоро», — думал он."));
  CHECK(opens_turn("'Yes,' he said."));
  CHECK(opens_turn("“No.”"));
  CHECK_FALSE(opens_turn("Он молчал."));
  CHECK_FALSE(opens_turn("-5 градусов."));  // a minus sign, not a dash
  CHECK_FALSE(opens_turn("He was silent."));
}

TEST_CASE("a dash after a sentence's end opens another turn, after a comma it resumes one") {
  CHECK(count_turns("-- Нет, я пойду, Долли, ты сиди, -- сказал он. -- Мы все сделаем по порядку.") == 2);
  CHECK(count_turns("-- Да, -- сказал он, -- и ушел.") == 1);
  CHECK(count_turns("-- Приехали! -- Вот он! -- Который?") == 3);
  CHECK(count_turns("Он молчал.") == 0);
  CHECK(count_turns("Дом из-за угла, где стоял - видно было - сарай.") == 0);
}

TEST_CASE("an opening quotation mark before a capital opens a turn, a resumed quotation does not") {
  CHECK(count_turns("'No, I will go, Dolly!") == 1);
  CHECK(count_turns("You stay here,' he said.") == 0);
  CHECK(count_turns("'Why not?' he thought. 'If it were just a sudden impulse…") == 2);
  CHECK(count_turns("'Wait,' she said, 'and listen.'") == 1);
  CHECK(count_turns("\"Вот это будет толк!-- думал Левин. -- А, Ласочка, будет толк?\"") == 2);
  CHECK(count_turns("He said: “Go home.”") == 1);
  CHECK(count_turns("The dogs' tails and Levin's gun.") == 0);
  // A quoted name inside a sentence is no turn, capitalized or not.
  CHECK(count_turns("This referred to negotiations in the \"Normandy format\".") == 0);
  CHECK(count_turns("За диалог в \"нормандском формате\" выступил и альянс.") == 0);
}

TEST_CASE("a dash and a quotation mark before the same word are one turn") {
  CHECK(count_turns("-- «Нет», -- ответил он.") == 1);
}
