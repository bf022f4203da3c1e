#include "names/name_forms.h"

#include <catch2/catch.hpp>

using sverka::nominative_candidates;

namespace {
bool offers(const std::string& word, const std::string& nominative) {
  const auto forms = nominative_candidates(word);
  return std::find(forms.begin(), forms.end(), nominative) != forms.end();
}
}  // namespace

TEST_CASE("every case ending class gives back the nominative") {
  CHECK(offers("песковым", "песков"));       // instrumental -ым
  CHECK(offers("борманом", "борман"));       // instrumental -ом
  CHECK(offers("эрдогана", "эрдоган"));      // genitive -а
  CHECK(offers("эрдогану", "эрдоган"));      // dative -у
  CHECK(offers("бубере", "бубер"));          // prepositional -е
  CHECK(offers("ивановой", "иванова"));      // feminine -ой
  CHECK(offers("достоевского", "достоевский"));  // adjectival -ого
  CHECK(offers("толстому", "толстой"));      // adjectival -ому
  CHECK(offers("игорем", "игорь"));          // soft stem -ем
  CHECK(offers("сергеем", "сергей"));
  CHECK(offers("казани", "казань"));         // soft stem -и
  CHECK(offers("вильмы", "вильма"));         // genitive -ы
  CHECK(offers("марией", "мария"));          // -ей
}

TEST_CASE("the word as written comes first, so names that do not decline stay") {
  CHECK(nominative_candidates("шойгу").front() == "шойгу");
  CHECK(nominative_candidates("гаргано").front() == "гаргано");
  CHECK(nominative_candidates("черных").front() == "черных");
}

TEST_CASE("soft stems prefer their ending back and never take ь after a vowel") {
  const auto forms = nominative_candidates("дмитрия");
  CHECK(forms[1] == "дмитрий");
  CHECK(std::find(forms.begin(), forms.end(), "дмитриь") == forms.end());
}

TEST_CASE("hyphenated names decline in the last part only") {
  CHECK(offers("аль-бабе", "аль-баб"));
  CHECK(nominative_candidates("аль-бабе").front() == "аль-бабе");
}
