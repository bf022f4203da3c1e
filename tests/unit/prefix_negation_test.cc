#include "quotes/prefix_negation.h"

#include <catch2/catch.hpp>

#include "lexicon/bilingual_lexicon.h"
#include "quotes/negation_check.h"

using namespace sverka;

namespace {

// A lexicon of a few words, dictionary forms as the text has them (no
// lemmatizer): the check asks it what a word and its не- form render.
struct Fixture {
  BilingualLexicon lexicon = BilingualLexicon::from_pairs({{"приемлемо", "acceptable"},
                                                           {"неприемлемо", "unacceptable"},
                                                           {"неприемлемо", "inadmissible"},
                                                           {"законны", "legal"},
                                                           {"незаконны", "illegal"},
                                                           {"давно", "long"},
                                                           {"недавно", "recently"},
                                                           {"зависимость", "dependence"},
                                                           {"независимость", "independence"}});
  TranslationLookup translations = [this](const std::string& lemma) { return lexicon.translations(lemma); };

  std::optional<QuoteFlag> check(const std::string& russian, const std::string& english) const {
    return check_prefix_negation(russian, english, translations, nullptr, nullptr);
  }
};

}  // namespace

TEST_CASE("a Russian word negated by its prefix and kept positive in English is flagged") {
  const Fixture f;
  const auto flag = f.check("Это абсолютно неприемлемо", "This is absolutely acceptable");
  REQUIRE(flag.has_value());
  CHECK(flag->type == "negation");
  CHECK(flag->ru_span == "неприемлемо");
  CHECK(flag->en_span == "acceptable");
  CHECK(flag->severity == Severity::kError);
}

TEST_CASE("a negating prefix the Russian does not have is flagged") {
  const Fixture f;
  const auto flag = f.check("Эти действия законны", "These actions are illegal");
  REQUIRE(flag.has_value());
  CHECK(flag->ru_span == "законны");
  CHECK(flag->en_span == "illegal");
}

TEST_CASE("faithful renderings of a prefixed negation are no finding") {
  const Fixture f;
  CHECK_FALSE(f.check("Это абсолютно неприемлемо", "This is absolutely unacceptable").has_value());
  CHECK_FALSE(f.check("Это неприемлемо", "This is not acceptable").has_value());
  CHECK_FALSE(f.check("Эти действия законны", "These actions are legal").has_value());
  // Not a negation: the lexicon renders недавно without a negating prefix.
  CHECK_FALSE(f.check("Недавно это было давно", "Recently it was long ago").has_value());
  CHECK_FALSE(f.check("Недавно", "long").has_value());
  // Both words in the Russian: the English may use both.
  CHECK_FALSE(f.check("Зависимость или независимость", "dependence or independence").has_value());
}

TEST_CASE("a не- word the English says with \"not\" and its positive is counted as a negation") {
  const Fixture f;
  const auto plainly = [&](const std::string& russian, const std::string& english) {
    return prefixed_negations_said_plainly(russian, english, f.translations, nullptr, nullptr);
  };
  CHECK(plainly("Это неприемлемо", "This is not acceptable") == 1);
  CHECK(plainly("Это неприемлемо", "This isn't quite acceptable") == 1);
  CHECK(plainly("Это неприемлемо", "There is no acceptable way") == 1);  // «некогда» / "no time"
  // The positive without a "not" close before it, or a "not" elsewhere.
  CHECK(plainly("Это неприемлемо", "This is unacceptable") == 0);
  CHECK(plainly("Это неприемлемо", "Acceptable it is not") == 0);
  // A не- word whose не- is no negation of the rest: «недавно» is "recently".
  CHECK(plainly("Это было недавно", "It was not long ago") == 0);
  // The negation check then lets the English "not" stand for the prefix.
  CHECK_FALSE(check_negation("Это неприемлемо", "This is not acceptable", "", "", 1).has_value());
  CHECK(check_negation("Это неприемлемо", "This is not acceptable").has_value());
}

TEST_CASE("a «не» before a word the English renders with a negating prefix is counted as that negation") {
  const BilingualLexicon lexicon = BilingualLexicon::from_pairs({{"изменить", "change"}, {"способен", "capable"}});
  const TranslationLookup translations = [&](const std::string& lemma) { return lexicon.translations(lemma); };
  const LemmaFunction english_lemmas = [](const std::string& word) {
    return word == "changed" ? std::vector<std::string>{"change"} : std::vector<std::string>{};
  };
  const auto by_prefix = [&](const std::string& russian, const std::string& english) {
    return plain_negations_said_by_prefix(russian, english, translations, nullptr, english_lemmas);
  };
  // «изменилась» as its lemma would give it, reflexive: listed under изменить.
  CHECK(by_prefix("Ситуация не измениться", "The situation has remained unchanged") == 1);
  CHECK(by_prefix("Он не способен", "He is incapable") == 1);
  // No не, or the prefixed word another one's.
  CHECK(by_prefix("Ситуация измениться", "The situation has remained unchanged") == 0);
  CHECK(by_prefix("Он не способен", "He is unhappy") == 0);
  CHECK_FALSE(
      check_negation("Ситуация не изменилась", "The situation has remained unchanged", "", "", 0, 1).has_value());
}
