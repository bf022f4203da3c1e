#include "lexicon/lemmatizer.h"

#include <catch2/catch.hpp>

#include "scratch_folder.h"
#include "test_paths.h"

using namespace sverka;

TEST_CASE("Hunspell gives dictionary forms") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  Lemmatizer english("en", testing::paths().hunspell);
  REQUIRE(russian.has_dictionary());
  const auto& forms = russian.lemmas("военнослужащих");
  CHECK(std::find(forms.begin(), forms.end(), "военнослужащий") != forms.end());
  CHECK(english.lemmas("strikes").front() == "strike");
  CHECK(russian.is_common_word("министерство"));
  CHECK_FALSE(russian.is_common_word("израиля"));
}

TEST_CASE("a language's Hunspell dictionary is found by its locale, both files or none") {
  REQUIRE(hunspell_dictionary("en").has_value());
  CHECK(hunspell_dictionary("en")->locale == "en_US");
  CHECK(hunspell_dictionary("en")->package == "hunspell-en-us");
  CHECK_FALSE(hunspell_dictionary("xx").has_value());
  const auto folder = testing::scratch_folder("installed_hunspell");
  testing::write_test_file(folder / "ru_RU.aff", "SET UTF-8\n");
  CHECK(installed_hunspell("ru", folder.string()).empty());  // no .dic
  testing::write_test_file(folder / "ru_RU.dic", "1\nслово\n");
  CHECK(installed_hunspell("ru", folder.string()) == (folder / "ru_RU").string());
  CHECK(installed_hunspell("xx", folder.string()).empty());
  CHECK(installed_hunspell("ru", testing::paths().hunspell) == testing::paths().hunspell + "/ru_RU");
}

TEST_CASE("a stem Hunspell gives without the word's prefix gets the prefix back") {
  Lemmatizer english("en", testing::paths().hunspell);
  // en_US lists "increase" as in- and "crease", and stems "increased" to "crease".
  CHECK(english.lemmas("increased").front() == "increase");
  CHECK(english.lemmas("decreased").front() == "decrease");
  CHECK(english.lemmas("disagreed").front() == "disagree");
}

TEST_CASE("unknown words fall back to the suffix stemmer") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const auto& forms = russian.lemmas("эрдоганом");
  CHECK(forms == std::vector<std::string>{"эрдоганом", "эрдоган"});
}

TEST_CASE("a capitalized word's proper names are the ones the dictionary lists capitalized") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  CHECK(russian.proper_name_lemmas("Варшаве") == std::vector<std::string>{"варшава"});
  CHECK(russian.proper_name_lemmas("Франции") == std::vector<std::string>{"франция"});  // not франций
  // Listed as it stands, inflecting from there, and a form of Александр.
  CHECK(russian.proper_name_lemmas("Александра") == std::vector<std::string>{"александра", "александр"});
  // ru_RU lists «Египта» bare; «Балтийском» is an adjective's form too.
  CHECK(russian.proper_name_lemmas("Египта").empty());
  CHECK(russian.proper_name_lemmas("Балтийском").empty());
  CHECK(russian.proper_name_lemmas("Эрдогана").empty());
}

TEST_CASE("a genitive plural ru_RU lists bare also has its noun as a lemma") {
  Lemmatizer russian("ru", testing::paths().hunspell);
  const auto has = [&](std::string_view word, const std::string& lemma) {
    const auto& forms = russian.lemmas(word);
    return std::find(forms.begin(), forms.end(), lemma) != forms.end();
  };
  CHECK(russian.lemmas("звезд").front() == "звезд");  // the word first, as listed
  CHECK(has("звезд", "звезда"));
  CHECK(has("окон", "окно"));
  CHECK(has("дел", "дело"));
  CHECK(has("дел", "деть"));  // beside what Hunspell gives
  CHECK(has("статей", "статья"));
  CHECK_FALSE(has("путин", "путина"));  // not listed: no guess from nothing
}
