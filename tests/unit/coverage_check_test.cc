#include "quotes/coverage_check.h"

#include <catch2/catch.hpp>

#include "test_paths.h"

using namespace sverka;

namespace {

// The check with the project's resources, built once for the file; the
// quote checker's, with the headwords a word may be listed under looked up
// too (Featurizer::set_headword_variants), or the aligner's, without.
CoverageCheck coverage_check(CoverageThresholds thresholds = {}, bool headword_variants = true) {
  static LanguageResources russian("ru", testing::paths());
  static LanguageResources english("en", testing::paths());
  static const BilingualLexicon lexicon = load_or_build_lexicon("ru", "en", testing::paths());
  static Featurizer featurizer(russian, english, lexicon);
  featurizer.set_headword_variants(headword_variants);
  return CoverageCheck(featurizer, 1.1, thresholds);
}

}  // namespace

TEST_CASE("an added clause is found, a faithful quote is not flagged") {
  CoverageCheck check = coverage_check();
  const std::string ru = "механизмы координации будут срочно усовершенствованы";
  CHECK_FALSE(check.check(ru, "the coordination mechanisms will be urgently improved").has_value());
  const auto added = check.check(ru, "the coordination mechanisms will be urgently improved, although the final "
                                     "decision rests with the government in Moscow next year");
  REQUIRE(added.has_value());
  CHECK(added->type == "addition");
  const auto dropped = check.check("мы видим, что у большинства людей был высокий уровень противовирусной активности "
                                   "против исходного варианта вируса",
                                   "we see that against the original variant");
  REQUIRE(dropped.has_value());
  CHECK(dropped->type == "omission");
}

TEST_CASE("a clause hung on the end of a long quote with a conjunction is an addition, whatever the lengths") {
  CoverageCheck check = coverage_check();
  const std::string ru = "Российская авиация по ошибке нанесла удар по позициям турецких военных вблизи города, "
                         "где идут активные боевые действия, и обе стороны начали внутренние расследования";
  const std::string en = "Russian aircraft mistakenly struck the positions of the Turkish military near the town, "
                         "where heavy fighting is under way, and both sides have opened internal investigations";
  CHECK_FALSE(check.check(ru, en).has_value());
  const auto added = check.check(ru, en + ", but only after a second review");
  REQUIRE(added.has_value());
  CHECK(added->type == "addition");
  CHECK(added->en_span == "but only after a second review");
  // A last clause the Russian has too is no finding.
  CHECK_FALSE(
      check.check(ru + ", и это было запланировано заранее", en + ", and this was planned in advance").has_value());
}

TEST_CASE("a last clause of any opening is an addition when the Russian has nothing untranslated to answer it") {
  // Lengths set aside: only the last clause's words decide.
  CoverageThresholds clause_only;
  clause_only.length_excess = clause_only.max_length_ratio = 100;
  clause_only.short_ratio = 0;
  CoverageCheck check = coverage_check(clause_only);
  const std::string ru = "правительство страны подписало новое торговое соглашение с соседями";
  const std::string en = "the government of the country signed a new trade agreement with its neighbours";
  const auto added = check.check(ru, en + ", as officials admitted privately");
  REQUIRE(added.has_value());
  CHECK(added->type == "addition");
  CHECK(added->en_span == "as officials admitted privately");
  // A clause the Russian has is no finding.
  CHECK_FALSE(check.check(ru + ", как в частной беседе признали чиновники", en + ", as officials admitted privately")
                  .has_value());
}

TEST_CASE("an 'as' clause with a verb of saying ending the English quote is attribution the Russian must have too") {
  // A long quote the dictionary covers poorly: the Russian has as many
  // untranslated words as the English, and the lengths hardly move.
  const std::string ru = "Нам придется направить больше американских и натовских войск на восточный фланг, все те "
                         "страны НАТО, в отношении которых у нас есть священное обязательство защищать их от любого "
                         "нападения со стороны России";
  const std::string en = "We will have to send more American and NATO troops to the eastern flank, all those NATO "
                         "countries for which we have a sacred commitment to protect from any Russian attack";
  CoverageCheck check = coverage_check();
  CHECK_FALSE(check.check(ru, en).has_value());
  const auto added = check.check(ru, en + ", as officials admitted privately");
  REQUIRE(added.has_value());
  CHECK(added->type == "addition");
  CHECK(added->en_span == "as officials admitted privately");
  CHECK_THAT(added->explanation, Catch::Contains("attribution"));
  REQUIRE(check.check(ru, en + ", as the ministry confirmed last week").has_value());
  // The Russian says who vouches for it too; an "as" clause of no saying.
  CHECK_FALSE(check.check(ru + ", как подтвердили в министерстве", en + ", as the ministry confirmed").has_value());
  CHECK_FALSE(check.check(ru + ", как и раньше", en + ", as before").has_value());
}

TEST_CASE("names the names table paired count as translated") {
  CoverageCheck check = coverage_check();
  const std::string ru = "Встреча Си Цзиньпина и Путина пройдет в Пекине";
  const std::string en = "The meeting between Xi Jinping and Putin will take place in Beijing";
  CHECK(check.check(ru, en).has_value());  // 'take place in Beijing' untranslated
  PairedNames names;
  names.russian = {"пекине"};
  names.english = {"beijing"};
  CHECK_FALSE(check.check(ru, en, names).has_value());
}

TEST_CASE("international words the dictionary lacks count as translated when they sound alike") {
  CoverageCheck check = coverage_check();
  // Mueller has no «интенсифицировать» / "intensify", «эффективность» /
  // "effectiveness" or «транспортировка» / "transportation".
  CHECK_FALSE(check.check("Мы будем интенсифицировать наше сотрудничество по нашему общему и всестороннему ответу",
                          "We will intensify cooperation on our common and comprehensive response")
                  .has_value());
  CHECK_FALSE(check.check("вопрос транспортировки газа будет играть другую роль",
                          "the issue of gas transportation will play a different role")
                  .has_value());
  // Sounding alike is no translation of an added clause.
  const auto added = check.check("вопрос транспортировки газа будет играть другую роль",
                                 "the issue of gas transportation will play a different role, unless the talks "
                                 "break down completely");
  REQUIRE(added.has_value());
  CHECK(added->type == "addition");
}

TEST_CASE("a reflexive verb rendered as the passive of the verb it is formed from is translated") {
  // The dictionary gives прерываться only "break"; прерывать is "interrupt".
  const std::string ru = "контакты военных не прерывались ни на день";
  const std::string en = "contacts between the militaries have not been interrupted for a single day";
  CHECK(coverage_check({}, false).check(ru, en).has_value());
  CHECK_FALSE(coverage_check().check(ru, en).has_value());
}

TEST_CASE("an additive 'too' leaves an added phrase its share of the quote's content words") {
  // "too" is a function word, as «тоже» and "also" are: counted among the
  // quote's content words, it left the added phrase short of a quarter.
  CoverageCheck check = coverage_check();
  const std::string ru = "В настоящее время в Ливии насчитывается более 7 тыс. наемников ЧВК \"Вагнер\". "
                         "У них имеются и самолеты.";
  const std::string en = "Currently, there are more than 7 thousand PMC Wagner mercenaries in Libya. "
                         "They have airplanes, too.";
  // Libya and «Ливии» as the document's names table pairs them.
  const PairedNames libya{{"ливии"}, {"libya"}};
  CHECK_FALSE(check.check(ru, en, libya).has_value());
  const auto added = check.check(ru,
                                 "Currently, there are more than 7 thousand PMC Wagner mercenaries in Libya, "
                                 "with the support of the United Nations. They have airplanes, too.",
                                 libya);
  REQUIRE(added.has_value());
  CHECK(added->type == "addition");
  CHECK(added->en_span == "support of the United Nations");
}
