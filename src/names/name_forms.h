// Possible dictionary forms of an inflected Russian name.
//
// Most foreign and many Russian surnames are not in Hunspell's dictionary,
// so case endings are undone by rule: strip the longest case ending
// (-ым/-ом/-ой/-ому/-ого/-ем/-ей/-ою/-а/-у/-е/-ы/-и/-ю/-я) and offer the
// nominatives it could come from (Песковым → Песков, Ивановой → Иванова,
// Достоевского → Достоевский, Казани → Казань, Вильмы → Вильма). Names that
// do not decline (Шойгу, Гаргано, Черных) come back unchanged as the first
// candidate; a hyphenated name declines only in its last part.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// `word` in lower case; the word itself first, then derived nominatives.
std::vector<std::string> nominative_candidates(std::string_view word);

// A nominative with the vowel other cases drop put back before its last
// consonant (египт → египет, орл → орел, ветр → ветер), for stems that end
// in two consonants; empty for any other. Over-generates: for looking a
// word up in a dictionary, where a wrong guess finds nothing.
std::vector<std::string> with_fleeting_vowel(std::string_view nominative);

// The nominative a sound match chose (among nominative_candidates() of the
// word `seen`), as Russian writes it. The match picks the form closest to
// the English spelling, which for a name seen only in other cases may be
// no Russian word: an adjective's bare stem, which compares best with the
// English name (Лондонской ↔ London), becomes the adjective in the gender
// the text uses (Лондонская, Яблоньского → Яблоньский); word-final [ja]
// after и or е, which Russian writes я, is not left as the English -ia
// (Каталонии → Каталония, not "Каталониа"; a name the text itself writes
// -иа keeps it); and a name in -ья seen as Марья, Марьи, Марьей or Марье
// is Марья, not "Марьи" or the stem "Марь" that compare best with Mary
// (-ью, which Любовь also takes, is left alone). Lower case.
std::string written_nominative(const std::string& chosen, const std::string& seen);

// Whether a word is a full adjective's nominative in the feminine, the
// neuter or the plural (центральная, национальное, объединенные): a
// dictionary form too, though its lemma is the masculine, and the one that
// agrees with its noun.
bool is_adjective_nominative(std::string_view word);

// The second part of a Russian compound adjective whose first part says
// when or where (древнеегипетской → египетской, южнокорейский →
// корейский), or "" for a word that is none. Lower case.
std::string compound_tail(std::string_view word);

// A people's name without its ending, for comparing spellings across
// scripts: каледонцев → каледон, американцы → американ; Caledonians →
// caledon, Americans → american. "" when the word has no such ending.
// Lower case.
std::string russian_demonym_stem(std::string_view word);
std::vector<std::string> english_demonym_stems(std::string_view word);

}  // namespace sverka
