// Words that introduce a speaker: verbs of saying ("said", «заявил»,
// «комментирует») and "according to" / «по словам». They tell whose a
// quote is, and in Russian news they tell speech that has no quote marks
// at all (Их больше, чем положено, — комментирует пульмонолог.).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// `word` as normalize_for_matching gives it (lower case, ё as е). A
// Russian verb is known by its stem, for it comes in every gender, number,
// tense and voice (сказал, сказала, сказали; отмечает, отмечается).
bool is_speech_cue(std::string_view word, bool russian);

// The names of `names` that stand in `text` within a few words of a cue:
// who may have said a quote. Not a name after a preposition, which says
// where or to whom it was said («написал Зеленский в Telegram», "told
// reporters in Ankara"), unless the preposition follows the verb
// («сообщили в Минцифры») or is "according to".
std::vector<std::string> names_by_cue(const std::string& text, bool russian, const std::vector<std::string>& names);

}  // namespace sverka
