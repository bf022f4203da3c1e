// Negation carried by a prefix: «неприемлемо» is "unacceptable", «незаконный»
// "illegal". A translation that keeps the positive word ("acceptable") and
// drops the prefix reverses the statement, and so does one that adds a
// negating prefix the Russian lacks («законный» rendered "illegal"). The
// whole-word negation count (polarity_check.h: не, not) sees neither.
//
// The bilingual lexicon decides what is a negation: a Russian word не+X
// counts when X is a word of its own and the lexicon renders не+X with an
// English negating prefix (un-, in-, im-, il-, ir-, dis-, non-); so
// «недавно» (recently) and «немного» (a little), whose English has none,
// are left alone.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/number_reader.h"
#include "quotes/quote_finding.h"

namespace sverka {

// English renderings of a Russian dictionary form; empty when unknown.
using TranslationLookup = std::function<std::vector<std::string_view>(const std::string& russian_lemma)>;

std::optional<QuoteFlag> check_prefix_negation(const std::string& russian, const std::string& english,
                                               const TranslationLookup& translations,
                                               const LemmaFunction& russian_lemmas,
                                               const LemmaFunction& english_lemmas);

// The Russian words negated by their prefix whose positive the English
// says after a "not" (ненатурально / "not natural", недолго / "not long"): the English
// carries their negation in a "not", which the whole-word count sees on
// its side alone.
int prefixed_negations_said_plainly(const std::string& russian, const std::string& english,
                                    const TranslationLookup& translations, const LemmaFunction& russian_lemmas,
                                    const LemmaFunction& english_lemmas);

// The Russian words after a «не» whose English rendering carries the
// negation in its prefix (не изменилась / "unchanged", не способен /
// "incapable"): the Russian's не, which the whole-word count sees on its
// side alone.
int plain_negations_said_by_prefix(const std::string& russian, const std::string& english,
                                   const TranslationLookup& translations, const LemmaFunction& russian_lemmas,
                                   const LemmaFunction& english_lemmas);

}  // namespace sverka
