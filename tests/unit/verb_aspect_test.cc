#include "lexicon/verb_aspect.h"

#include <catch2/catch.hpp>

using sverka::aspect_partners;
using sverka::non_reflexive;

namespace {
bool has(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}
}  // namespace

TEST_CASE("perfective verbs find their imperfective partners") {
  CHECK(has(aspect_partners("сообщить"), "сообщать"));
  CHECK(has(aspect_partners("заявить"), "заявлять"));
  CHECK(has(aspect_partners("ответить"), "отвечать"));
  CHECK(has(aspect_partners("простить"), "прощать"));
  CHECK(has(aspect_partners("сделать"), "делать"));
}

TEST_CASE("imperfective verbs find their perfective partners") {
  CHECK(has(aspect_partners("сообщать"), "сообщить"));
  CHECK(has(aspect_partners("отвечать"), "ответить"));
  CHECK(has(aspect_partners("заявлять"), "заявить"));
  CHECK(has(aspect_partners("рассказывать"), "рассказать"));
}

TEST_CASE("perfectives with a changed stem find their imperfectives") {
  CHECK(has(aspect_partners("понять"), "понимать"));
  CHECK(has(aspect_partners("умереть"), "умирать"));
  CHECK(has(aspect_partners("вспомнить"), "вспоминать"));
  CHECK(has(aspect_partners("кивнуть"), "кивать"));
}

TEST_CASE("reflexive verbs pair as their bases do, and stay reflexive") {
  CHECK(has(aspect_partners("улыбнуться"), "улыбаться"));
  CHECK(has(aspect_partners("обратиться"), "обращаться"));
  for (const std::string& partner : aspect_partners("ссориться")) CHECK(partner.substr(partner.size() - 4) == "ся");
  CHECK_FALSE(aspect_partners("ссориться").empty());
}

TEST_CASE("a reflexive infinitive has the verb it is formed from") {
  CHECK(non_reflexive("прерываться") == "прерывать");
  CHECK(non_reflexive("беречься") == "беречь");
  CHECK(non_reflexive("нестись") == "нести");
  CHECK(non_reflexive("прерывать").empty());
  CHECK(non_reflexive("весь").empty());
  CHECK(non_reflexive("ться").empty());
}

TEST_CASE("non-verbs have no partners") {
  CHECK(aspect_partners("стол").empty());
  CHECK(aspect_partners("быть").empty());
  CHECK(aspect_partners("весь").empty());  // ends in -сь, is no verb
}
