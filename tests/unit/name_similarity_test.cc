#include "names/name_similarity.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("inflected Russian names match their Latin spelling") {
  NameMatcher matcher;
  CHECK(matcher.similarity("Эрдоганом", "Erdogan") > 0.9);
  CHECK(matcher.similarity("Песковым", "Peskov") > 0.9);
  CHECK(matcher.similarity("Аль-Бабе", "al-Bab") > 0.9);
  CHECK(matcher.similarity("Реджепа", "Recep") > 0.8);
  CHECK(matcher.similarity("Песковым", "Putin") < 0.5);
  std::string nominative;
  matcher.similarity("Эрдогану", "Erdogan", &nominative);
  CHECK(nominative == "эрдоган");
}

TEST_CASE("a Latin word of the Russian text is compared as written") {
  NameMatcher matcher;
  CHECK(NameMatcher::has_cyrillic("Аль-Баб"));
  CHECK_FALSE(NameMatcher::has_cyrillic("Sputnik"));
  CHECK(matcher.similarity("Sputnik", "Sputnik") == Approx(1.0));
  CHECK(matcher.similarity("Omikron", "Omicron") == Approx(1.0));  // two spellings, one reading
  CHECK(matcher.similarity("Sputnik", "D") < 0.5);                 // an empty reading once scored 0.975
  std::string nominative;
  matcher.similarity("Brasil", "Brazil", &nominative);
  CHECK(nominative == "brasil");
}

TEST_CASE("a line of text is no name, and is not compared letter by letter") {
  NameMatcher matcher;
  std::string line;
  for (int k = 0; k < 60; ++k) line += "Russian forces ";
  CHECK(matcher.similarity(line, line) == 0);
  CHECK(matcher.similarity("Песков", line) == 0);
}

TEST_CASE("the right candidate outranks its look-alikes") {
  NameMatcher matcher;
  CHECK(matcher.similarity("Барбо", "Barbot") > matcher.similarity("Барбо", "Barbosa"));
  CHECK(matcher.similarity("Кампеджо", "Campeggio") > matcher.similarity("Кампеджо", "Campello"));
}

TEST_CASE("ё is kept for names: it is the only sign of the o") {
  NameMatcher matcher;
  CHECK(matcher.similarity("Ёко", "Yoko") > matcher.similarity("Ёко", "Yeko"));
  CHECK(matcher.similarity("Итиёе", "Ichiyo") > matcher.similarity("Итиёе", "Ichio"));
}

TEST_CASE("romanization schemes decide between spellings that sound alike") {
  NameMatcher matcher;
  CHECK(matcher.similarity("Константинович", "Konstantinovich") >
        matcher.similarity("Константинович", "Konstantinović"));
  CHECK(matcher.similarity("Делл", "Dell") > matcher.similarity("Делл", "Del"));
}

TEST_CASE("weighted edit similarity") {
  CHECK(phonetic_similarity("putin", "putin") == 1.0);
  CHECK(phonetic_similarity("gamburg", "hamburg") > 0.9);  // г for h
  CHECK(phonetic_similarity("abc", "") == 0.0);
}
