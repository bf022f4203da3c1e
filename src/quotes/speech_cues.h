// Words that introduce a speaker: verbs of saying ("said", «заявил»,
// «комментирует») and "according to" / «по словам». They tell whose a
// quote is, and in Russian news they tell speech that has no quote marks
// at all (Их больше, чем положено, — комментирует пульмонолог.).
#pragma once

#include <string_view>

namespace sverka {

// `word` as normalize_for_matching gives it (lower case, ё as е). A
// Russian verb is known by its stem, for it comes in every gender, number,
// tense and voice (сказал, сказала, сказали; отмечает, отмечается).
bool is_speech_cue(std::string_view word, bool russian);

}  // namespace sverka
