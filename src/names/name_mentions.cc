#include "names/name_mentions.h"

#include <string_view>

#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

namespace sverka {
namespace {

// "Putin's", "Kremlin’s": the name is the word without its possessive
// ending. (The mention's text only; its matching form follows from it.)
void drop_possessive(NameMention& mention) {
  for (const std::string_view ending : {"'s", "\u2019s", "\u02BCs"}) {
    if (mention.text.size() > ending.size() + 1 && mention.text.ends_with(ending)) {
      mention.text.resize(mention.text.size() - ending.size());
      mention.end -= ending.size();
      return;
    }
  }
}

// "Telegram-канала", "iPhone-версии": a Latin name with a Russian word
// hyphened on; the name is the part before the script changes.
void drop_other_script_tail(NameMention& mention) {
  Script first = Script::kOther;
  std::size_t pos = 0, part_start = 0;
  while (pos < mention.text.size()) {
    const std::size_t at = pos;
    const char32_t cp = next_code_point(mention.text, pos);
    if (cp == '-') {
      part_start = pos;
      continue;
    }
    if (!is_letter(cp)) continue;
    const Script script = script_of(cp);
    if (first == Script::kOther) first = script;
    if (script != first && part_start > 0 && at == part_start) {
      const std::size_t cut = part_start - 1;  // the hyphen
      mention.end -= mention.text.size() - cut;
      mention.text.resize(cut);
      return;
    }
  }
}

// Whether a token ends a sentence inside the text: "." (not after an
// abbreviation like Mr or Dr), "!", "?", "…". Quotes hold several sentences.
bool ends_sentence(const Token& token, const Token* previous_word) {
  if (token.text == "!" || token.text == "?" || token.text == "\u2026") return true;
  if (token.text != ".") return false;
  return previous_word == nullptr || !previous_word->capitalized || count_code_points(previous_word->text) > 3;
}

// Whether a token opens a line of dialogue, whose first word is
// capitalized as a sentence's is: a dash after a colon («сказал: -- Хоть
// бы…»). Not a quote mark: Russian quotes names in «» («Исламское
// государство», «Единая Россия»), common words that are names there.
bool opens_dialogue(const Token& token, const Token* previous) {
  std::size_t pos = 0;
  const char32_t mark = next_code_point(token.text, pos);
  const bool dash = mark == '-' || mark == 0x2013 || mark == 0x2014;
  return dash && previous != nullptr && previous->text == ":";
}

}  // namespace

std::string without_possessive(std::string word) {
  if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
  return word;
}

std::vector<NameMention> find_name_mentions(const std::string& sentence, const CommonWordTest& is_common_word,
                                            const std::unordered_set<std::string>& stopwords) {
  std::vector<NameMention> mentions;
  bool sentence_start = true;
  const Token* previous_word = nullptr;
  const Token* previous = nullptr;
  const std::vector<Token> tokens = tokenize(sentence);
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kPunctuation) {
      sentence_start = sentence_start || ends_sentence(token, previous_word) || opens_dialogue(token, previous);
      previous = &token;
      continue;
    }
    previous = &token;
    previous_word = &token;
    const bool first = sentence_start;
    sentence_start = false;
    if (token.kind != TokenKind::kWord || !token.has_capital || stopwords.count(token.norm)) continue;
    // A capitalized first word is a name only if it is not a common word.
    if (first && is_common_word && is_common_word(token.norm)) continue;
    NameMention mention{token.text, token.norm, token.begin, token.end};
    drop_possessive(mention);
    drop_other_script_tail(mention);
    if (mention.text.size() != token.text.size()) mention.norm = normalize_for_matching(mention.text);
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace sverka
