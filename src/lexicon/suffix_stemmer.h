// A crude stem for words Hunspell does not know (names, new coinages):
// strips the longest inflectional ending that leaves at least three
// letters. Russian endings follow the noun, adjective and verb paradigms;
// English strips plural, past and gerund endings. Other languages are left
// alone: a wrong stem is worse than none.
#pragma once

#include <string>
#include <string_view>

namespace sverka {

// `word` in matching form; returns it unchanged when nothing applies.
std::string strip_suffix(std::string_view word, const std::string& language);

}  // namespace sverka
