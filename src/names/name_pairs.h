// Which names of one aligned bead pair across the two sides, before the
// names table adds the pairs up (name_table.h): a curated convention
// first (Кремль ↔ Kremlin), then the phonetic similarity of NameMatcher,
// best pairs first, each English word used once. One Russian word may
// stand for a run of English names (Лос-Анджелес ↔ Los Angeles), and an
// acronym pairs by sound only with a word about its length.
#pragma once

#include <string>
#include <vector>

#include "names/name_conventions.h"
#include "names/name_mentions.h"
#include "names/name_similarity.h"
#include "text/sentence_splitter.h"

namespace sverka {

// Below this similarity two names are not taken for the same.
inline constexpr double kNameMatchThreshold = 0.72;
// A Latin name in the Russian text and one in the English are the same
// only when they read alike (Omikron, Omicron; Brasil, Brazil): spellings
// of one name across scripts differ in ways the similarity forgives, two
// Latin spellings of one name hardly, and words that merely share letters
// read close (Prize and Prince 0.83, Bridge and Brigade 0.73).
inline constexpr double kLatinNameMatchThreshold = 0.95;

// A name mention and the sentence (line) it is in.
struct Located {
  NameMention mention;
  std::size_t sentence;
};

// A name pair chosen in a bead, before full names are put together.
struct Paired {
  std::size_t russian, english;  // indices into the bead's mentions (a run's first English one)
  std::string nominative;        // as capitalized in the text
  std::string spelling;          // the English word(s)
  double score;
  bool convention;
};

// Whether `b` is the word right after `a`, a space apart, in one sentence.
bool next_word(const Located& a, const Located& b, const std::vector<Sentence>& sentences);

// The dictionary form with the capitals of the form in the text, as far as
// the two agree: аль-баб seen as "Аль-Бабе" → "Аль-Баб", вкс as "ВКС".
std::string with_capitals_of(const std::string& lower, const std::string& seen);

// An acronym sounds like an acronym or a word its own length (США ↔ USA,
// НАТО ↔ Nato, ТАСС ↔ Tass), not a longer name that happens to share its
// letters (США ↔ Scholz). True for any word that is no acronym.
bool acronym_fits(const std::string& russian, const std::string& english);

// The pairs of a bead's Russian and English mentions (`target` holds the
// English sentences), in Russian order; marks the mentions used.
std::vector<Paired> pair_names(const std::vector<Located>& ru, const std::vector<Located>& en,
                               const std::vector<Sentence>& target, const NameConventions& conventions,
                               NameMatcher& matcher, std::vector<bool>& ru_used, std::vector<bool>& en_used);

}  // namespace sverka
