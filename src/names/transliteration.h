// Romanizations of a Cyrillic name under the schemes its English spelling is
// most likely to follow.
//
// A Russian name in English is spelled by a scheme (Песков → Peskov under
// every one of them), while a foreign name in Russian is spelled by ear and
// comes back in its own orthography (Кампеджо → Campeggio). The phonetic
// similarity handles the second; these schemes tell apart two Latin
// spellings that sound alike when one is what a romanization produces:
// Константинович is Konstantinovich (BGN, ICAO, press), not Konstantinović;
// Делл is Dell, not Del.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

enum class Romanization {
  kBgn,    // BGN/PCGN 1947, through ICU's Russian-Latin/BGN
  kIso9,   // ISO 9:1995 / GOST 7.79-2000 system A: one letter per letter (щ → ŝ)
  kIcao,   // ICAO Doc 9303 (passports since 2013): й → i, ъ → ie, ю → iu
  kPress,  // English press usage: Dmitry, Yevgeny, Alexei, Sergei, no apostrophes
};

// The name (lower case Cyrillic) romanized under `scheme`, lower case,
// apostrophes and the BGN separator dropped.
std::string romanize(std::string_view cyrillic, Romanization scheme);

// Every distinct spelling the four schemes give, in the order above.
std::vector<std::string> romanizations(std::string_view cyrillic);

// A Latin spelling as the schemes are compared with it: lower case, no
// apostrophes, diacritics taken off (Itō and Ito, Noël and Noel are one
// spelling here; which of two such is the name is for the phonetic model
// to say). Computed once per spelling: it runs an ICU transliterator.
std::u32string plain_latin(std::string_view latin);

// How close a plain Latin spelling is to the nearest romanization: 1 - edit
// distance / length over code points. The schemes keep their own
// diacritics, so ISO 9's č or ž meets no plain spelling: that scheme counts
// for names it writes in plain letters.
double romanization_similarity(const std::vector<std::string>& romanized, const std::u32string& plain);

}  // namespace sverka
