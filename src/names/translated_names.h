// Names both languages write in words of their own, word for word:
// «Единая Россия» ↔ United Russia, «Исламского государства» ↔ Islamic
// State, Государственной думы ↔ State Duma, Белого дома ↔ White House.
//
// Sound cannot pair them (Единая is no spelling of United), so the names
// table took only the part that sounds alike («Россия» ↔ Russia) and
// reported the rest as names without a counterpart. Russian capitalizes
// only the first word of such a name (news often sets it in quote marks);
// English capitalizes every content word. So a Russian name of two to
// four content words that opens with a capital, quoted or not, is paired
// with a run of capitalized English words of its bead when each content
// word of the one translates exactly one content word of the other (in
// any order: Министерство обороны ↔ Defence Ministry). Quote marks say
// where a name ends; without them a phrase is held to more (a whole
// English run, no function word, no person's name run on, not both sides
// capitalized by position alone).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sverka {

// True when a Russian word (any form, matching form) can translate an
// English one (matching form).
using TranslationTest = std::function<bool(const std::string& russian, const std::string& english)>;

// A sentence of a bead: its line number and its text.
struct BeadSentence {
  std::size_t line;
  std::string_view text;
};

// What pairing translated names needs of the two languages.
struct TranslatedNameWords {
  TranslationTest translates;
  // Whether the English word spells the Russian one out (Браммелла,
  // Brammell). A name whose words are all capitalized and all spelled out
  // is a name of people or places, whose inflection the phonetic pairing
  // undoes (names/name_forms.h); it is left to it.
  TranslationTest spelled_out;
  // Dictionary forms of a Russian word (Hunspell), for the nominative.
  std::function<std::vector<std::string>(const std::string&)> russian_lemmas;
  const std::unordered_set<std::string>* russian_stopwords;
  const std::unordered_set<std::string>* english_stopwords;
};

struct TranslatedName {
  std::size_t ru_line = 0, ru_begin = 0, ru_end = 0;  // bytes of the name in its sentence
  std::size_t en_line = 0, en_begin = 0, en_end = 0;
  std::string written;  // the Russian as the text has it
  std::string russian;  // in the nominative, first word capitalized as written
  std::string english;  // as the text has it
};

// The translated names of one bead, each Russian and English name used
// once, in Russian order.
std::vector<TranslatedName> find_translated_names(const std::vector<BeadSentence>& russian,
                                                  const std::vector<BeadSentence>& english,
                                                  const TranslatedNameWords& words);

// The nominative of a Russian name from its words as written and their
// dictionary forms (matching form): the head noun in its dictionary form,
// and each adjective before it agreeing with it (Исламского государства →
// исламское государство); what follows the head keeps its case
// (Министерства обороны → министерство обороны), but after «и», which
// joins a second head (Права и справедливости → право и справедливость).
// Empty when a noun's gender does not show in its ending (ь), an adjective
// is plural (Персидские мотивы: the written form may be the nominative
// already, or not), or a word to be changed has no dictionary form (an
// empty string among `lemmas`).
std::string name_nominative(const std::vector<std::string>& written, const std::vector<std::string>& lemmas);

}  // namespace sverka
