#include "quotes/negation_check.h"

#include <catch2/catch.hpp>

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
  CHECK(
      check_negation("Москва и Минск пойдут на уступки", "Neither Moscow nor Minsk will make concessions").has_value());
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

TEST_CASE("«пока … не» is \"until\", «не раз» \"more than once\", «не без» one negation") {
  CHECK_FALSE(check_negation("будут вас бить холодом, пока вы не женитесь",
                             "will give you the cold shoulder until you get married")
                  .has_value());
  CHECK_FALSE(check_negation("подождем, пока не стемнеет", "let us wait till it gets dark").has_value());
  // Without "until" the English has dropped the negation of a plain clause.
  CHECK(check_negation("пока вы не женитесь", "while you get married").has_value());
  CHECK_FALSE(check_negation("я не раз говорил", "I have said it more than once").has_value());
  CHECK_FALSE(check_negation("он не без таланта", "he is not without talent").has_value());
}

TEST_CASE("\"cannot help\" doubles its negation, as «не могу не» does") {
  CHECK_FALSE(check_negation("Но я не могу не видеть.", "But I cannot help seeing them.").has_value());
  CHECK_FALSE(check_negation("он не мог не улыбнуться", "he could not help smiling").has_value());
  // "help" that is help: one negation each.
  CHECK_FALSE(check_negation("я не могу вам помочь", "I can't help you").has_value());
  CHECK(check_negation("я могу вам помочь", "I can't help you").has_value());
  CHECK_FALSE(
      check_negation("Мы не можем не реагировать на такие действия", "We cannot fail to respond to such actions")
          .has_value());
}

TEST_CASE("«далеко не» is \"far from\", and a \"far from\" of distance negates nothing") {
  CHECK_FALSE(check_negation("Это далеко не первый случай", "This is far from the first case").has_value());
  CHECK_FALSE(check_negation("Деревня далеко от Москвы", "The village is far from Moscow").has_value());
  CHECK(check_negation("Это далеко не первый случай", "This is the first case").has_value());
}

TEST_CASE("a yes/no question asks the same with or without its negation") {
  CHECK_FALSE(check_negation("Слышишь хохот и его голос?", "Don't you hear the laughter and his voice?").has_value());
  CHECK_FALSE(check_negation("Правда ведь?", "Am I not right?").has_value());
  CHECK_FALSE(check_negation("Вы не знаете, где он?", "Do you know where he is?").has_value());
  CHECK_FALSE(check_negation("Не хотите ли чаю?", "Would you like some tea?").has_value());
  CHECK_FALSE(check_negation("Уж не что ли нибудь не понравилось тебе с Весловским?",
                             "Aren't you displeased about something connected with Veslovsky?").has_value());
  // Kept negations still agree.
  CHECK_FALSE(check_negation("Вы не знаете, где он?", "Don't you know where he is?").has_value());
  // A statement, or a question asking why, keeps its negation.
  CHECK(check_negation("Слышишь хохот.", "Don't you hear the laughter.").has_value());
  CHECK(check_negation("Почему ты не пришел?", "Why did you come?").has_value());
  CHECK(check_negation("Ты пришел.", "You did not come?").has_value());
  // A question that negates twice is no plain question: one was added.
  CHECK(check_negation("Ты ничего не делаешь для других?", "Don't you do not anything for others?").has_value());
  CHECK(check_negation("Хорошо, не правда ли?", "It is not fine, is it not?").has_value());
  CHECK_FALSE(check_negation("Хорошо, не правда ли?", "It is fine, is it not?").has_value());
}

TEST_CASE("an answer after an interjection and \"never mind\" negate no statement") {
  CHECK_FALSE(check_negation("Помилуйте.", "Oh no, excuse me!").has_value());
  CHECK_FALSE(check_negation("Ну нет, он тебя так любит", "He is very fond of you").has_value());
  CHECK_FALSE(check_negation("Ну, все равно.", "Well, never mind!").has_value());
  // An answer's negation after a word that is no interjection counts.
  CHECK(check_negation("Все равно.", "It never minds.").has_value());
  CHECK(check_negation("Ну, он тебя любит", "Well no one loves you").has_value());
}

TEST_CASE("«чуть ли не» is \"almost\", «чего только не» \"all sorts of things\"") {
  CHECK_FALSE(check_negation("он чуть ли не плакал", "he was almost crying").has_value());
  CHECK_FALSE(check_negation("это едва ли не лучший фильм", "it is nearly the best film").has_value());
  CHECK_FALSE(check_negation("Чего только не было на столе!", "There was everything on the table!").has_value());
  CHECK_FALSE(check_negation("где он только не бывал", "he had been everywhere").has_value());
  // «едва ли» alone is "hardly"; «только не» without a question word negates.
  CHECK(check_negation("едва ли он придет", "he will come").has_value());
  CHECK(check_negation("только не это", "this one").has_value());
}

TEST_CASE("«не менее» is \"at least\", «не более» \"at most\" or \"up to\": bounds, not negations") {
  CHECK_FALSE(
      check_negation("Процесс займет не менее двух лет", "The process will take at least two years").has_value());
  CHECK_FALSE(check_negation("не более пяти человек", "at most five people").has_value());
  CHECK_FALSE(check_negation("штраф составит не больше 100 тысяч", "the fine will be up to 100 thousand").has_value());
  // The bound reversed is flagged.
  CHECK(check_negation("не более пяти человек", "at least five people").has_value());
}

TEST_CASE("«не X, а Y» is \"Y rather than X\"; «нельзя допустить» is \"prevent\"") {
  CHECK_FALSE(
      check_negation("Это не кризис, а возможность", "This is an opportunity rather than a crisis").has_value());
  CHECK_FALSE(check_negation("Это не кризис, а возможность", "This is an opportunity, not a crisis").has_value());
  CHECK_FALSE(check_negation("Мы выбрали не кризис, а рост", "We chose growth instead of crisis").has_value());
  // "rather than" stands only for a «не …, а»: a plain не dropped is flagged.
  CHECK(check_negation("Это не кризис", "This is a crisis rather than a war").has_value());
  CHECK(check_negation("Это кризис, а не возможность", "This is an opportunity").has_value());
  CHECK_FALSE(check_negation("Нельзя допустить повторения трагедии", "We must prevent a repetition of the tragedy")
                  .has_value());
}

TEST_CASE("«Как (же) не …!» affirms: English may keep its \"not\" or drop it") {
  CHECK_FALSE(check_negation("Как же не рад!", "How could he help being glad?").has_value());
  CHECK_FALSE(check_negation("Как не знать!", "Of course I do!").has_value());
  CHECK_FALSE(check_negation("Как же не рад!", "How could I not be glad?").has_value());
  CHECK_FALSE(check_negation("Как тут не вспомнить слова классика!", "One is reminded of the classic's words!")
                  .has_value());
  // Not a «как не» inside a clause ("how not to"), nor one in a statement.
  CHECK(check_negation("Вот как не надо делать.", "This is how it should be done.").has_value());
  CHECK(check_negation("Как мы и говорили, не будем спешить.", "As we said, we will hurry.").has_value());
}
