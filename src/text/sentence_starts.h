// Sentence starts ICU's break rules miss inside one of its segments:
// the next line of dialogue after a dash, a sentence opening with a number
// before a lower-case word, and a quotation opening right after one that
// closed without a stop. Each is only a candidate: the splitter's glued()
// still keeps an abbreviation or initial with what follows.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sverka {

// Byte offsets in `segment`, ascending.
std::vector<std::size_t> missed_sentence_starts(std::string_view segment);

// Whether `text` ends inside a quotation: an odd number of straight double
// quotes, or more « than ».
bool inside_quotes(std::string_view text);

}  // namespace sverka
