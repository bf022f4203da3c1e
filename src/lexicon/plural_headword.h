// Russian nouns whose plural has a meaning of its own: выборы "election",
// переговоры "talks", средства "funds", власти "authorities". The
// dictionary lists the plural as a headword, while Hunspell gives every
// form of the word the singular's lemma (выборов → выбор, "choice"), so
// the plural's translations would never be found.
#pragma once

#include <string>
#include <string_view>

namespace sverka {

// The nominative plural of `lemma` when `form` (matching form, lower case)
// has a plural case ending and is not the lemma itself: выбор, выборов →
// выборы; средство, средствами → средства; власть, властям → власти. An
// empty string otherwise. Like aspect_partners it over-generates: the
// plural is only used when the lexicon lists it.
std::string plural_headword(std::string_view lemma, std::string_view form);

}  // namespace sverka
