// The dictionary forms of Russian genitive plurals with no ending.
//
// ru_RU lists many of them as bare words of their own, not as forms its
// affix rules make, because their stem changes: a vowel comes in between
// the last two consonants (окно → окон, сестра → сестер, письмо → писем,
// кухня → кухонь) or a soft sign turns into -ей (статья → статей). Hunspell
// then stems «звезд», «окон», «писем», «статей» to themselves, and the
// lexicon, which lists звезда, окно, письмо, статья, finds no translation:
// in a novel "not a single star was visible" did not match «звезд не
// видно было ни одной».
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// The nouns `word` (lower case) may be the genitive plural of, among those
// `inflects` says the dictionary lists with affix classes: the word with
// -а, -о, -е or -я added (звезд → звезда, дел → дело); the same once a
// vowel between its last two consonants is dropped, or turned into a soft
// sign (окон → окно, писем → письмо); -ей after a consonant as -ья, -ье,
// -ьё (статей → статья, ружей → ружье); and a final soft sign as -я
// (кухонь → кухня, недель → неделя). A vowel dropped before л makes -ло
// only: пришел is a verb's past, not a form of пришла. Empty when the word
// has no vowel before its last letter or none of these is listed.
std::vector<std::string> genitive_plural_lemmas(std::string_view word,
                                                const std::function<bool(const std::string&)>& inflects);

}  // namespace sverka
