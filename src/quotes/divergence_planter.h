// Divergences planted in the quote of an English line, one of each kind the
// quote check looks for: a changed number, an added negation, a word turned
// into its opposite, a name swapped, a clause dropped, a clause added.
//
// The evaluation data has about fifty planted divergences; planting them in
// every quote of faithful reference translations measures the check on
// hundreds, on text it was not tuned on, with edits written independently
// of the check's own lists (the antonym pairs here are English only, and
// the added clauses open with conjunctions the check ignores as well as
// ones it reads).
#pragma once

#include <string>
#include <vector>

#include "quotes/quote_spans.h"

namespace sverka {

struct PlantedDivergence {
  std::string type;  // number, negation, antonym, name, omission, addition
  std::string line;  // the English line with the divergence
  std::string before, after;  // what was changed, as written
};

// The divergences that can be planted in the first quote of four words or
// more of `line` (none when it has no such quote). `variant` picks among
// the replacement names and added clauses, so that a set of lines gets a
// spread of them. `style`: the quote marks of the text the line is from.
std::vector<PlantedDivergence> plant_divergences(const std::string& line, std::size_t variant,
                                                 const QuoteStyle& style = QuoteStyle());

}  // namespace sverka
