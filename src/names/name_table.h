// Which Latin spelling in the English version is which name in the Russian
// original, over a whole aligned document.
//
// Names are paired inside each aligned bead: a curated convention first
// (Кремль ↔ Kremlin, Генштаб ↔ General Staff, lexicons/names.ru-en.tsv),
// then the phonetic similarity of NameMatcher, best pairs first, each
// English word used once. Words paired by sound that follow each other on
// both sides are one full name (Реджепа Тайипа Эрдогана ↔ Recep Tayyip
// Erdogan). Pairs add up into a table keyed by the Russian dictionary
// form and the English spelling. A name left without a
// counterpart in its bead is reported: a dropped or swapped name is what a
// fidelity check wants to see.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "align/bead.h"
#include "names/name_conventions.h"
#include "names/name_mentions.h"
#include "names/name_pairs.h"
#include "names/name_similarity.h"
#include "names/translated_names.h"
#include "text/glued_headline.h"
#include "text/sentence_splitter.h"

namespace sverka {

struct NameEntry {
  std::string russian;              // dictionary form, as capitalized in the text
  std::set<std::string> forms;      // Russian forms seen
  std::string english;
  int count = 0;
  double total_score = 0;
  std::size_t first_source = 0, first_target = 0;  // sentence (line) numbers
  std::size_t first_source_byte = 0;                // where in that sentence
  double confidence() const { return count ? total_score / count : 0; }
};

struct UnmatchedName {
  std::string text;
  bool russian = true;  // which side it is on
  std::size_t sentence = 0;
};

struct NameTable {
  std::vector<NameEntry> entries;  // in order of first appearance in the Russian text
  std::vector<UnmatchedName> unmatched;
  // Every name mention the table was built from, per sentence of each
  // side: what a review page highlights, without finding them again.
  std::vector<std::vector<NameMention>> source_mentions, target_mentions;
};

// What finding names on one side needs.
struct NameSide {
  CommonWordTest is_common_word;
  const std::unordered_set<std::string>* stopwords;
  // Dictionary forms of a word (Hunspell), to find conventions for
  // adjectives: российские → российский → Russian.
  std::function<std::vector<std::string>(const std::string&)> lemmas = nullptr;
  // The proper names a word as written is a form of, as the dictionary
  // lists them (Lemmatizer::proper_name_lemmas): the table's label.
  std::function<std::vector<std::string>(const std::string&)> proper_name_lemmas = nullptr;
};

// A TranslationTest (names/translated_names.h) also tells capitalized
// English common words (months, titles) from names to miss.

// Which side's names left without a pair build() lists as unmatched, each
// first tried against every word of the other side (most of its time).
enum class Leftovers { kBoth, kRussian, kEnglish };

class NameTableBuilder {
 public:
  NameTableBuilder(NameConventions conventions, NameSide russian, NameSide english,
                   TranslationTest translates = nullptr)
      : conventions_(std::move(conventions)), russian_(std::move(russian)), english_(std::move(english)),
        translates_(std::move(translates)) {}

  NameTable build(const std::vector<Sentence>& source, const std::vector<Sentence>& target,
                  const align::Alignment& alignment, Leftovers leftovers = Leftovers::kBoth);
  NameMatcher& matcher() { return matcher_; }

 private:
  // Whether a name without a pair is accounted for by a word of the other
  // side (a translation, the same spelling, a convention).
  bool explained(const std::string& ru_word, const std::string& en_word);
  // Whether the English word spells the Russian one out in Latin letters,
  // or the same people's name.
  bool spelled_out(const std::string& ru_word, const std::string& en_word);
  // The dictionary's form of a Russian name it translates as the English
  // word, or "" (name_table.cc).
  std::string dictionary_form(const std::string& ru_word, const std::string& en_word);
  std::string listed_name(const std::string& written, const std::string& english) const;
  // The bead's names translated word for word (names/translated_names.h),
  // added to the table; their mentions marked used.
  void add_translated_names(const align::Bead& bead, const std::vector<Sentence>& source,
                            const std::vector<Sentence>& target, const std::vector<Located>& ru,
                            const std::vector<Located>& en, std::vector<bool>& ru_used, std::vector<bool>& en_used,
                            std::map<std::pair<std::string, std::string>, std::size_t>& index,
                            NameTable& table);

  NameConventions conventions_;
  NameSide russian_, english_;
  TranslationTest translates_;
  NameMatcher matcher_;
  std::unordered_map<std::string, bool> spelled_out_;  // by "ru\ten"
};

}  // namespace sverka
