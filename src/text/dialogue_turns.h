// Turns of dialogue in a sentence, as the aligner counts them on both sides
// of a bead.
//
// A novel's translator keeps who speaks but not where the sentences end:
// «-- Нет, я пойду, Долли, ты сиди, -- сказал он. -- Мы все сделаем по
// порядку.» is one Russian sentence and three English ones ('No, I will go,
// Dolly! | You stay here,' he said. | 'We shall do it all properly.'), and
// both open two turns. A bead whose sides open different numbers of turns
// has most likely cut a speaker's words from their turn: in the gold beads
// of both Karenina volumes the counts agree in 94-95% of the paired beads,
// in sverka's wrong beads in 83-85%.
#pragma once

#include <string_view>

namespace sverka {

// Opens a turn of dialogue or a quotation: a leading dash ("--" and "- "
// count; a minus sign does not) or quotation mark, whichever way the
// typography turns it.
bool opens_turn(std::string_view text);

// Turns the sentence opens: a dash or an opening quotation mark followed by
// a capital letter, at the sentence's start, after the end of another
// ("-- сказал он. -- Мы…") or after a colon ("he said: 'Go…"). A dash after
// a comma ("-- сказал он, -- и…") or a quotation resumed in lower case
// ("…,' he said, 'and…") continues a turn and is not counted; neither is a
// second mark before the same word ("-- «Нет»"), nor a quoted name inside
// a sentence (the "Normandy format", which Russian writes in lower case).
int count_turns(std::string_view text);

}  // namespace sverka
