// Shape priors that follow the document.
//
// Kinds of text differ in how often a translator joins or splits sentences
// in bigger runs: on a novel translated sentence by sentence the first pass
// finds three beads of four sentences (2-2, 3-1, 1-3) per hundred 1-1
// beads, on the articles of a yearbook translated more freely (Text+Berg)
// four times as many, on news almost none.
// One fixed prior fits one kind: the defaults, tuned on the novel, cost
// Text+Berg .014 strict F1 against its own best priors. So after the first
// pass, the priors of the four- and five-sentence shapes move by the log of
// how much more (or less) often that pass used them than it does on the
// novel. The 1-2 and 2-1 priors stay: moving them too cost wmt22 .004 and
// helped no set.
#pragma once

#include "align/bead.h"
#include "align/bead_cost.h"

namespace sverka::align {

// `weights` with the four- and five-sentence shape priors moved by what
// `first_pass` shows. A short document keeps about the defaults: its counts
// are smoothed with kPseudoBeads 1-1 beads at the reference rates.
CostWeights adapt_shape_priors(const Alignment& first_pass, const CostWeights& weights);

// `weights` for the first pass, without the 3-3 shape. That pass only
// places the path and picks the confident beads the translation model
// learns from, and a 3-3 bead is neither: on every development set the
// first pass made none, and pricing it there took 1.6% of a novel's
// instructions.
CostWeights first_pass_priors(const CostWeights& weights);

}  // namespace sverka::align
