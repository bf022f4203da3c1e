#include "lexicon/genitive_plural.h"

#include <catch2/catch.hpp>
#include <set>

using namespace sverka;

namespace {
// A dictionary's inflecting headwords, standing in for ru_RU's.
std::vector<std::string> lemmas_of(std::string_view word) {
  static const std::set<std::string> kHeadwords = {"звезда", "дело",   "окно", "письмо", "сестра", "кольцо",
                                                   "статья", "ружье", "кухня", "земля", "неделя", "пришла",
                                                   "весло",  "рожа",  "тля",   "сода"};
  return genitive_plural_lemmas(word, [](const std::string& lemma) { return kHeadwords.count(lemma) > 0; });
}
using Lemmas = std::vector<std::string>;
}  // namespace

TEST_CASE("a genitive plural with no ending finds its noun") {
  CHECK(lemmas_of("звезд") == Lemmas{"звезда"});
  CHECK(lemmas_of("дел") == Lemmas{"дело"});
}

TEST_CASE("a vowel put in between the last two consonants is taken out again") {
  CHECK(lemmas_of("окон") == Lemmas{"окно"});
  CHECK(lemmas_of("сестер") == Lemmas{"сестра"});
  CHECK(lemmas_of("писем") == Lemmas{"письмо"});  // as a soft sign
  CHECK(lemmas_of("колец") == Lemmas{"кольцо"});
  CHECK(lemmas_of("весел") == Lemmas{"весло"});
}

TEST_CASE("-ей after a consonant and a final soft sign are a soft stem's") {
  CHECK(lemmas_of("статей") == Lemmas{"статья"});
  CHECK(lemmas_of("ружей") == Lemmas{"ружье"});
  CHECK(lemmas_of("кухонь") == Lemmas{"кухня"});
  CHECK(lemmas_of("земель") == Lemmas{"земля"});
  CHECK(lemmas_of("недель") == Lemmas{"неделя"});
}

TEST_CASE("no noun where the word cannot be one's genitive plural") {
  CHECK(lemmas_of("пришел").empty());  // a verb's past: пришла is its feminine
  CHECK(lemmas_of("тел").empty());     // т-л has no vowel left
  CHECK(lemmas_of("реж").empty());     // р-ж neither
  CHECK(lemmas_of("соед").empty());    // о-е-д: е follows a vowel, it is no inserted one
  CHECK(lemmas_of("кот").empty());     // no such headword
  CHECK(lemmas_of("ой").empty());
}
