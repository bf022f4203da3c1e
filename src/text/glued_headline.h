// Finds a headline glued to the first sentence of a text.
//
// News text extracted from web pages often loses the line break after the
// headline, and headlines have no final stop: "…вакцинации в школах
// Министерство здравоохранения Израиля начинает…". No punctuation rule can
// see that boundary; a dictionary can. The body starts at a capitalized word
// that is a common word in lower case (Hunspell knows "министерство" but
// only "Израиля" capitalized), right after a word that is not a function
// word (headlines do not end in "of the" or "в") and is lower case, unless
// the new word is itself a function word ("…in Brazil At least…"), with at
// least three words on both sides. Only the first sentence of a text is searched:
// that is where headlines are.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace sverka {

using CommonWordTest = std::function<bool(const std::string& lower_case_word)>;

// Byte offset in `sentence` where the body starts after a glued headline,
// or std::string_view::npos.
std::size_t glued_headline_end(std::string_view sentence, const CommonWordTest& is_common_word,
                               const std::unordered_set<std::string>& stopwords);

}  // namespace sverka
