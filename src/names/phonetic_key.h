// A common phonetic spelling for names written in Cyrillic and in Latin.
//
// Russian writes foreign names as they sound (Campeggio → Кампеджо, Barbot
// → Барбо, Kajita → Кадзита), so a Latin name is read the way each of the
// languages Russian borrows names from would pronounce it: generic, English
// (also with the short a Russian writes э), German, French, Italian,
// Spanish/Portuguese, Polish/Czech, Hungarian, Turkish, Dutch/Scandinavian,
// Greek and Latin classics (endings dropped), Japanese (Hepburn, read as
// Polivanov), Chinese (pinyin, read as Palladius). The Cyrillic side maps letter by letter.
// Both land in one alphabet: a e i o u for vowels, Latin consonants, and
// Z (ж), S (ш, щ), c (ч), C (ц), J (дж); doubled letters are collapsed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// Phonetic spelling of a Cyrillic name (lower case).
std::string cyrillic_phonetic(std::string_view cyrillic);

// Phonetic spellings of a Latin name, one per reading, duplicates dropped.
std::vector<std::string> latin_phonetic_readings(std::string_view latin);

// The consonant skeleton of a phonetic spelling: the first letter, then the
// consonants without j, doubles collapsed ("erdogan" → "erdgn"). Vowels are
// what transcription blurs most, so the aligner anchors names on this.
std::string phonetic_skeleton(std::string_view phonetic);

// The Latin name letter for letter, no reading rules applied, in the same
// alphabet: the tie-breaker between two readings that fit equally well.
std::string latin_letters(std::string_view latin);

// Latin letters with diacritics reduced to what matters for Russian
// transcription (ş → S, ž → Z, ö → e, ñ → nj, ğ → g as Russian writes it),
// lower case. č, ć and ç become X, read as ч once the orthographies' rules,
// which would take a plain c for k or s, have run.
std::string fold_latin(std::string_view latin);

}  // namespace sverka
