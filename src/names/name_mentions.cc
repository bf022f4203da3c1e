#include "names/name_mentions.h"

#include "text/tokenizer.h"

namespace sverka {

std::vector<NameMention> find_name_mentions(const std::string& sentence, const CommonWordTest& is_common_word,
                                            const std::unordered_set<std::string>& stopwords) {
  std::vector<NameMention> mentions;
  bool sentence_start = true;
  for (const Token& token : tokenize(sentence)) {
    if (token.kind == TokenKind::kPunctuation) continue;
    const bool first = sentence_start;
    sentence_start = false;
    if (token.kind != TokenKind::kWord || !token.has_capital || stopwords.count(token.norm)) continue;
    // A capitalized first word is a name only if it is not a common word.
    if (first && is_common_word && is_common_word(token.norm)) continue;
    mentions.push_back(NameMention{token.text, token.norm, token.begin, token.end});
  }
  return mentions;
}

}  // namespace sverka
