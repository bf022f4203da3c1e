#include "names/name_mentions.h"

#include <string_view>

#include "text/tokenizer.h"

namespace sverka {
namespace {

// "Putin's", "Kremlin’s": the name is the word without its possessive
// ending (norm has the apostrophe folded to ').
void drop_possessive(NameMention& mention) {
  for (const std::string_view ending : {"'s", "\u2019s", "\u02BCs"}) {
    if (mention.text.size() > ending.size() + 1 && mention.text.ends_with(ending)) {
      mention.text.resize(mention.text.size() - ending.size());
      mention.end -= ending.size();
      if (mention.norm.ends_with("'s")) mention.norm.resize(mention.norm.size() - 2);
      return;
    }
  }
}

}  // namespace

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
    NameMention mention{token.text, token.norm, token.begin, token.end};
    drop_possessive(mention);
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace sverka
