// Pulls single-word translations out of dictionary entry bodies.
//
// Mueller's English-Russian dictionary writes senses as "1) ударять(ся);
// бить; to strike a blow нанести удар": translations separated by ';' and
// ',', usage examples mixing both scripts, labels like "_воен." and
// parentheses with optional parts. FreeDict writes numbered lines of
// translations followed by glosses in the source language. Only short
// translations are kept (a word, or the content words of a 2-3 word phrase);
// examples and glosses would teach the aligner coincidences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// Russian words of a Mueller entry body, normalized, no duplicates.
std::vector<std::string> mueller_translations(std::string_view body);

// Translation words of a FreeDict entry body (any target language).
std::vector<std::string> freedict_translations(std::string_view body);

// Words of one translation phrase ("нанести удар" → нанести, удар); empty
// for a phrase longer than three words.
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace sverka
