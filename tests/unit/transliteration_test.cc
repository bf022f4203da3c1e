#include "names/transliteration.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("BGN/PCGN through ICU, apostrophes dropped") {
  CHECK(romanize("дмитрий песков", Romanization::kBgn) == "dmitriy peskov");
  CHECK(romanize("алексеевич", Romanization::kBgn) == "alekseyevich");
  CHECK(romanize("васильевич", Romanization::kBgn) == "vasilyevich");
  CHECK(romanize("щукин", Romanization::kBgn) == "shchukin");
}

TEST_CASE("ISO 9 / GOST 7.79 system A: one Latin letter per Cyrillic letter") {
  CHECK(romanize("щукин", Romanization::kIso9) == "ŝukin");
  CHECK(romanize("жуков", Romanization::kIso9) == "žukov");
  CHECK(romanize("чехов", Romanization::kIso9) == "čehov");
  CHECK(romanize("юрий", Romanization::kIso9) == "ûrij");
  CHECK(romanize("эрдоган", Romanization::kIso9) == "èrdogan");
}

TEST_CASE("ICAO Doc 9303: й as i, iu and ia, ъ as ie") {
  CHECK(romanize("андрей", Romanization::kIcao) == "andrei");
  CHECK(romanize("юлия", Romanization::kIcao) == "iuliia");
  CHECK(romanize("объедков", Romanization::kIcao) == "obieedkov");
  CHECK(romanize("хрущёв", Romanization::kIcao) == "khrushchev");
}

TEST_CASE("English press usage") {
  CHECK(romanize("дмитрий", Romanization::kPress) == "dmitry");
  CHECK(romanize("евгений", Romanization::kPress) == "yevgeny");
  CHECK(romanize("сергей", Romanization::kPress) == "sergei");
  CHECK(romanize("алексей", Romanization::kPress) == "alexei");
  CHECK(romanize("шойгу", Romanization::kPress) == "shoigu");
  CHECK(romanize("толстой", Romanization::kPress) == "tolstoy");
  CHECK(romanize("пётр", Romanization::kPress) == "pyotr");
  CHECK(romanize("ильин", Romanization::kPress) == "ilyin");
  CHECK(romanize("тайип", Romanization::kPress) == "tayip");
  CHECK(romanize("джохар", Romanization::kPress) == "jokhar");
  CHECK(romanize("достоевский", Romanization::kPress) == "dostoyevsky");
}

TEST_CASE("distinct spellings only, nearest one scores") {
  const auto spellings = romanizations("песков");
  CHECK(spellings == std::vector<std::string>{"peskov"});  // every scheme agrees
  CHECK(romanization_similarity(spellings, plain_latin("Peskov")) == 1.0);
  const auto patronymic = romanizations("константинович");
  CHECK(romanization_similarity(patronymic, plain_latin("Konstantinovich")) >
        romanization_similarity(patronymic, plain_latin("Konstantinovitch")));
  // Diacritics are not held against a spelling: that is the phonetic
  // model's business.
  CHECK(romanization_similarity(romanizations("ито"), plain_latin("Itō")) == 1.0);
}
