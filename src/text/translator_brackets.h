// Square-bracketed text a translator adds: a gloss of a phrase the original
// leaves in a third language ("Il est très gentil," [He is very nice.]), a
// note on a pun or a quotation. It translates nothing on the other side,
// so as evidence of what pairs with what it is noise: its words find no
// counterparts and its length has none.
//
// Which brackets are the translator's cannot be told from one side alone
// ("Его [Саакашвили] статус" is the original's own clarification, and the
// translation keeps it), so the aligner strips them only from a side whose
// text uses square brackets when the other side's never does.
#pragma once

#include <vector>

#include "text/sentence_splitter.h"

namespace sverka {

bool uses_square_brackets(const std::vector<Sentence>& sentences);

// The sentences with every bracketed span removed, brackets included. A
// span may run over a few sentences ("[She is making a sensation." "They
// are forgetting Patti because of her.]"); a '[' not closed within
// kMaxBracketedSentences is a stray and is left alone. A sentence that was
// all gloss comes back empty, in its place.
std::vector<Sentence> without_bracketed_spans(const std::vector<Sentence>& sentences);

inline constexpr std::size_t kMaxBracketedSentences = 3;

}  // namespace sverka
