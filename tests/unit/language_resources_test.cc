#include "pipeline/language_resources.h"

#include <catch2/catch.hpp>
#include <cstdlib>

#include "scratch_folder.h"
#include "test_paths.h"
#include "util/file_io.h"

using namespace sverka;
namespace fs = std::filesystem;

TEST_CASE("data paths come from the environment when it sets them, else from the build") {
  // Whatever the caller's environment says is put back after.
  const auto saved = [](const char* name) { return std::getenv(name) ? std::string(std::getenv(name)) : ""; };
  const std::string hunspell = saved("SVERKA_HUNSPELL"), cache = saved("SVERKA_CACHE");
  ::unsetenv("SVERKA_HUNSPELL");
  ::unsetenv("SVERKA_CACHE");
  const Paths built = Paths::defaults();
  ::setenv("SVERKA_HUNSPELL", "/elsewhere/hunspell", 1);
  ::setenv("SVERKA_CACHE", "", 1);  // empty counts as not set
  const Paths overridden = Paths::defaults();
  ::setenv("SVERKA_HUNSPELL", hunspell.c_str(), 1);
  ::setenv("SVERKA_CACHE", cache.c_str(), 1);
  CHECK(overridden.hunspell == "/elsewhere/hunspell");
  CHECK(overridden.cache == built.cache);
  CHECK(overridden.lexicons == built.lexicons);
}

TEST_CASE("a language's resources load its abbreviations, stopwords and dictionary") {
  const LanguageResources russian("ru", testing::paths());
  CHECK(russian.lemmatizer.has_dictionary());
  CHECK(russian.stopwords.count("и") == 1);
  // "проф." is a title from abbreviations.ru.tsv: the name after it
  // does not start a sentence.
  const auto sentences = russian.splitter.split_text("Об этом сказал проф. Иванов. Погибли три солдата.");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].text == "Об этом сказал проф. Иванов.");
}

TEST_CASE("a language without data files still splits and stems, with nothing to look up") {
  Paths paths = testing::paths();
  const auto empty = testing::scratch_folder("language_resources_empty");
  paths.lexicons = empty.string();
  paths.hunspell = empty.string();
  const LanguageResources unknown("xx", paths);
  CHECK_FALSE(unknown.lemmatizer.has_dictionary());
  CHECK(unknown.stopwords.empty());
  CHECK(unknown.splitter.split_text("One here. Two there.").size() == 2);
}

TEST_CASE("a cached lexicon of an older format is converted again, not an error") {
  const fs::path dir = testing::scratch_folder("lexicon_cache");
  fs::create_directories(dir / "cache");
  Paths paths = testing::paths();
  paths.lexicons = dir.string();
  paths.dictd = dir.string();  // no dictd dictionaries: the curated list alone
  paths.cache = (dir / "cache").string();
  testing::write_test_file(dir / "lexicon.xx-yy.tsv", "# test\nudar\tstrike\tsource\n");
  testing::write_test_file(dir / "cache" / "xx-yy.lex", "sverka-lexicon-1\n" + std::string(12, '\0'));
  const BilingualLexicon lexicon = load_or_build_lexicon("xx", "yy", paths);
  CHECK(lexicon.translations("udar") == std::vector<std::string_view>{"strike"});
  const LexiconSources sources = find_lexicon_sources("xx", "yy", paths.dictd, paths.lexicons);
  CHECK(BilingualLexicon::is_current((dir / "cache" / "xx-yy.lex").string(), sources));
  fs::remove_all(dir);
}

TEST_CASE("a cached lexicon is converted again when a dictionary for the pair is installed") {
  const fs::path dir = testing::scratch_folder("lexicon_cache_new_dictionary");
  Paths paths = testing::paths();
  paths.lexicons = dir.string();
  paths.dictd = dir.string();
  paths.cache = (dir / "cache").string();
  CHECK(load_or_build_lexicon("xx", "yy", paths).empty());
  // A FreeDict xx-yy dictionary is installed after the first run: the
  // German-French one the tests' set-up installs, under the pair's name.
  const fs::path installed = fs::path(testing::paths().dictd) / "freedict-deu-fra.index";
  REQUIRE(fs::exists(installed));
  fs::copy_file(installed, dir / "freedict-xx-yy.index");
  fs::copy_file(fs::path(testing::paths().dictd) / "freedict-deu-fra.dict.dz", dir / "freedict-xx-yy.dict.dz");
  CHECK_FALSE(load_or_build_lexicon("xx", "yy", paths).empty());
  fs::remove_all(dir);
}
