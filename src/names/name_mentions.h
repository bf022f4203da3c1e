// Where names are in a sentence: words with a capital letter that are not
// just sentence-initial common words ("The", "По"), and acronyms. Each word
// is its own mention, so "Генштаба Турции" gives two (Генштаб, Турция) and
// "Реджеп Тайип Эрдоган" three; pairing works word by word (the name table
// joins a full name's words again).
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "text/glued_headline.h"

namespace sverka {

struct NameMention {
  std::string text;  // as written
  std::string norm;  // matching form
  std::size_t begin = 0, end = 0;  // byte offsets in the sentence
};

// A word in matching form (normalizer.h folds every apostrophe to ')
// without an English possessive ending: "russia's" → "russia".
std::string without_possessive(std::string word);

std::vector<NameMention> find_name_mentions(const std::string& sentence, const CommonWordTest& is_common_word,
                                            const std::unordered_set<std::string>& stopwords);

}  // namespace sverka
