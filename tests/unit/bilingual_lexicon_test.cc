#include "lexicon/bilingual_lexicon.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "pipeline/language_resources.h"
#include "scratch_folder.h"
#include "test_paths.h"
#include "util/error.h"
#include "util/file_io.h"

using namespace sverka;
namespace fs = std::filesystem;

TEST_CASE("a lexicon survives save and load, and a corrupt file is an error") {
  const fs::path dir = testing::scratch_folder("lexicon");
  BilingualLexicon lexicon;
  LexiconSources sources;
  sources.curated = (dir / "lexicon.ru-en.tsv").string();
  write_file_atomically(sources.curated, "# test\nудар\tstrike\tsource\nудар\tblow\tsource\nштаб\tstaff\tsource\n");
  lexicon = BilingualLexicon::build(sources);
  lexicon.save((dir / "t.lex").string());
  const BilingualLexicon loaded = BilingualLexicon::load((dir / "t.lex").string());
  CHECK(loaded.size() == 2);
  const auto translations = loaded.translations("удар");
  CHECK(std::vector<std::string>(translations.begin(), translations.end()) ==
        std::vector<std::string>{"blow", "strike"});
  CHECK(loaded.translations("нет").empty());
  // Each target word once, numbered in sorted order: blow, staff, strike.
  CHECK(loaded.target_word_count() == 3);
  CHECK(loaded.target_id("strike") == std::optional<std::uint32_t>(2));
  CHECK_FALSE(loaded.target_id("удар").has_value());
  const auto ids = loaded.translation_ids("удар");
  CHECK(std::vector<std::uint32_t>(ids.begin(), ids.end()) == std::vector<std::uint32_t>{0, 2});
  CHECK(loaded.target_word(1) == "staff");
  CHECK(BilingualLexicon::is_current((dir / "t.lex").string(), sources));
  // A cache written by an older build is not current: it is converted again.
  testing::write_test_file(dir / "old.lex", "sverka-lexicon-1\n" + std::string(12, '\0'));
  CHECK_FALSE(BilingualLexicon::is_current((dir / "old.lex").string(), sources));
  // Nor one converted before its sources changed: a curated line added...
  write_file_atomically(sources.curated, read_file_bytes(sources.curated) + "штаб\theadquarters\tsource\n");
  CHECK_FALSE(BilingualLexicon::is_current((dir / "t.lex").string(), sources));
  // ...or a dictionary installed since (its time may be older than the cache's).
  LexiconSources more = sources;
  more.dictd_direct.push_back((dir / "freedict-rus-eng.index").string());
  BilingualLexicon::build(sources).save((dir / "t.lex").string());
  CHECK(BilingualLexicon::is_current((dir / "t.lex").string(), sources));
  CHECK_FALSE(BilingualLexicon::is_current((dir / "t.lex").string(), more));
  CHECK_FALSE(BilingualLexicon::is_current((dir / "absent.lex").string(), sources));

  std::string bytes = read_file_bytes((dir / "t.lex").string());
  testing::write_test_file(dir / "cut.lex", bytes.substr(0, bytes.size() - 3));
  CHECK_THROWS_AS(BilingualLexicon::load((dir / "cut.lex").string()), InputError);
  fs::remove_all(dir);
}

TEST_CASE("the installed ru-en lexicon knows news words") {
  const BilingualLexicon lexicon = load_or_build_lexicon("ru", "en", testing::paths());
  CHECK(lexicon.size() > 20000);
  const auto strike = lexicon.translations("удар");
  CHECK(std::find(strike.begin(), strike.end(), "strike") != strike.end());
  // Müller's "co-operation", as today's English writes it.
  const auto cooperation = lexicon.translations("сотрудничество");
  CHECK(std::find(cooperation.begin(), cooperation.end(), "co-operation") != cooperation.end());
  CHECK(std::find(cooperation.begin(), cooperation.end(), "cooperation") != cooperation.end());
  const auto staff = lexicon.translations("генштаб");
  CHECK(std::find(staff.begin(), staff.end(), "staff") != staff.end());
  // Curated: Müller's misprinted sense of "however", and a news abbreviation.
  const auto however = lexicon.translations("однако");
  CHECK(std::find(however.begin(), however.end(), "however") != however.end());
  const auto supplement = lexicon.translations("бад");
  CHECK(std::find(supplement.begin(), supplement.end(), "supplement") != supplement.end());
  // Curated: the abbreviated scales of news numbers («7 тыс.», «2 млрд»).
  const auto thousand = lexicon.translations("тыс");
  CHECK(std::find(thousand.begin(), thousand.end(), "thousand") != thousand.end());
  const auto billion = lexicon.translations("млрд");
  CHECK(std::find(billion.begin(), billion.end(), "billion") != billion.end());
}
