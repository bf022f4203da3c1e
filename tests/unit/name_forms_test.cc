#include "names/name_forms.h"

#include <algorithm>
#include <catch2/catch.hpp>

using sverka::compound_tail;
using sverka::english_demonym_stems;
using sverka::nominative_candidates;
using sverka::russian_demonym_stem;
using sverka::is_adjective_nominative;
using sverka::with_fleeting_vowel;
using sverka::written_nominative;

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

TEST_CASE("a soft stem before -е gets its й back, and й follows only a vowel") {
  CHECK(offers("дубае", "дубай"));
  CHECK_FALSE(offers("бубере", "буберй"));  // й follows only a vowel
  CHECK_FALSE(offers("эрдогана", "эрдоганй"));
  CHECK(offers("яблоньского", "яблоньский"));
  CHECK(offers("лондонской", "лондонск"));  // the stem that compares with "London"
}

TEST_CASE("a dropped vowel is put back before the last of two consonants") {
  const auto forms = with_fleeting_vowel("египт");
  CHECK(std::find(forms.begin(), forms.end(), "египет") != forms.end());
  CHECK(with_fleeting_vowel("москва").empty());
  CHECK(with_fleeting_vowel("каир").empty());
  CHECK(with_fleeting_vowel("ст").empty());  // too short to be a stem
}

TEST_CASE("a chosen nominative is written as Russian writes it") {
  CHECK(written_nominative("лондонск", "лондонской") == "лондонская");
  CHECK(written_nominative("яблоньск", "яблоньского") == "яблоньский");
  CHECK(written_nominative("минск", "минск") == "минск");  // a noun as written
  CHECK(written_nominative("каталониа", "каталонии") == "каталония");
  CHECK(written_nominative("гарсиа", "гарсиа") == "гарсиа");  // the text writes it so
  CHECK(written_nominative("марь", "марье") == "марья");
  CHECK(written_nominative("марьи", "марьи") == "марья");
  CHECK(written_nominative("любовь", "любовью") == "любовь");
  CHECK(written_nominative("песков", "песковым") == "песков");
}

TEST_CASE("a full adjective's nominative in any gender is one") {
  CHECK(is_adjective_nominative("центральная"));
  CHECK(is_adjective_nominative("объединенные"));
  CHECK_FALSE(is_adjective_nominative("центральна"));
  CHECK_FALSE(is_adjective_nominative("ая"));
}

TEST_CASE("the word as written comes first, so names that do not decline stay") {
  CHECK(nominative_candidates("шойгу").front() == "шойгу");
  CHECK(nominative_candidates("гаргано").front() == "гаргано");
  CHECK(nominative_candidates("черных").front() == "черных");
  // A plural name: Афинах, Нидерландам.
  const auto athens = nominative_candidates("афинах");
  CHECK(std::find(athens.begin(), athens.end(), "афины") != athens.end());
}

TEST_CASE("soft stems prefer their ending back and never take ь after a vowel or a soft sign") {
  const auto forms = nominative_candidates("дмитрия");
  CHECK(forms[1] == "дмитрий");
  CHECK(std::find(forms.begin(), forms.end(), "дмитриь") == forms.end());
  CHECK_FALSE(offers("марьи", "марьь"));
  CHECK(offers("марьи", "марья"));
}

TEST_CASE("hyphenated names decline in the last part only") {
  CHECK(offers("аль-бабе", "аль-баб"));
  CHECK(nominative_candidates("аль-бабе").front() == "аль-бабе");
}

TEST_CASE("a compound adjective gives its second part when the first says when or where") {
  CHECK(compound_tail("древнеегипетской") == "египетской");
  CHECK(compound_tail("южнокорейский") == "корейский");
  CHECK(compound_tail("северокорейских") == "корейских");
  CHECK(compound_tail("южно-африканской") == "африканской");  // and written with a hyphen
  // Too short a rest, or no such first part.
  CHECK(compound_tail("новый") == "");
  CHECK(compound_tail("египетский") == "");
}

TEST_CASE("a people's name loses its ending on both sides") {
  CHECK(russian_demonym_stem("каледонцев") == "каледон");
  CHECK(russian_demonym_stem("тасманийцы") == "тасманий");
  CHECK(russian_demonym_stem("американцам") == "американ");
  CHECK(russian_demonym_stem("отец") == "");  // too short a stem
  CHECK(russian_demonym_stem("кремль") == "");
  const std::vector<std::string> english = english_demonym_stems("caledonians");
  CHECK(std::find(english.begin(), english.end(), "caledon") != english.end());
  CHECK(std::find(english.begin(), english.end(), "caledonian") != english.end());
  const std::vector<std::string> americans = english_demonym_stems("americans");
  CHECK(std::find(americans.begin(), americans.end(), "american") != americans.end());
}
