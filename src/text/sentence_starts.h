// Sentence starts ICU's break rules miss inside one of its segments:
// the next line of dialogue after a dash, a sentence opening with a number
// before a lower-case word, a quotation opening right after one that
// closed without a stop, and a chapter's first sentence after its number.
// Each is only a candidate: the splitter's glued() still keeps an
// abbreviation or initial with what follows.
#pragma once

#include <cstddef>
#include <set>
#include <string_view>
#include <vector>

namespace sverka {

// Quotes, dashes, brackets, spaces and stops that may come before a
// sentence's first letter: «, „, ", —, (, …
bool is_opening_noise(char32_t cp);
// The first letter or digit of `text` after such marks, or 0.
char32_t first_significant(std::string_view text);

// The numbers of a book's chapters that its text runs into their first
// sentences: Roman numerals standing alone after a sentence's end and
// before a capital («…ужаса. XVII Гостиница…»), each kept only when the
// one before or after it stands so too (a book's chapters count up; a
// news item's «…в четверг. XXV Петербургский форум…» is no chapter); not
// I, mostly the English pronoun there.
std::set<int> chapter_numbers(std::string_view text);

// Byte offsets in `segment`, ascending. A segment opening with a chapter's
// number ends it there when a chapter word comes first ("CHAPTER XVII",
// «Глава V») or the number is one of `chapters`.
std::vector<std::size_t> missed_sentence_starts(std::string_view segment, const std::set<int>& chapters = {});

// Whether `text` ends inside a quotation: an odd number of straight double
// quotes, or more « than ».
bool inside_quotes(std::string_view text);

}  // namespace sverka
