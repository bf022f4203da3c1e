// Hunspell's stem() for dictionaries made of plain suffix classes, without
// loading Hunspell.
//
// Russian stemming through Hunspell dominated featurizing a book: its
// dictionary takes 0.06-0.09 s to load and stem() some 7 us a word (it
// builds a morphological analysis first); this reads the same files in
// about 0.035 s and stems in about 2 us. ru_RU's
// affix file is the simplest kind there is: 25 suffix classes, one-letter
// flags, no prefixes, no continuation classes, no compounding. For such a
// file stemming is a few hash lookups: strip each suffix the word ends
// with, put back what the rule strips, and ask whether the dictionary lists
// that root with the rule's flag. The stems come in Hunspell's order (the
// word itself first when listed, then by suffix length, shortest first, and
// within one length the rule written last first), so callers that take the
// first stem see what they saw before; a unit test compares the two on
// every word of a Russian text.
//
// load() refuses an affix file with any other directive (PFX, FLAG,
// COMPOUND..., NEEDAFFIX, ICONV, continuation classes, ...): the Lemmatizer
// then uses Hunspell itself.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sverka {

class AffixStemmer {
 public:
  // From <base>.aff and <base>.dic; nullopt when the affix file needs more
  // than plain suffix classes.
  static std::optional<AffixStemmer> load(const std::string& aff_path, const std::string& dic_path);
  static std::optional<AffixStemmer> parse(const std::string& aff_text, std::string dic_text);
  AffixStemmer(AffixStemmer&&) noexcept = default;
  AffixStemmer& operator=(AffixStemmer&&) noexcept = default;

  // The dictionary words `word` is a form of, in Hunspell's order; empty
  // when the dictionary does not know it. Case-sensitive, as Hunspell is
  // for a lower-case word.
  std::vector<std::string> stems(std::string_view word) const;
  // What Hunspell's spell() says of a lower-case word: a form of a
  // dictionary word, or, by its default BREAK rule, words and numbers
  // joined by hyphens ("из-за", "аль-баба", "су-24").
  bool knows(std::string_view word) const;

 private:
  AffixStemmer() = default;
  // One position of a rule's condition: a set of code points, or its
  // complement ("[^аеиоу]"), or any (".").
  struct CharClass {
    std::u32string chars;
    bool negated = false;
    bool any = false;
    bool matches(char32_t cp) const;
  };
  struct Rule {
    char flag;
    std::string strip;  // taken from the root's end...
    std::string add;    // ...and replaced by this in the form
    std::vector<CharClass> condition;  // on the root's last code points
  };
  static bool parse_condition(std::string_view text, std::vector<CharClass>& condition);
  bool condition_holds(const Rule& rule, std::string_view root) const;

  // The rules that add one suffix and strip one ending: they all lead to
  // the same root, looked up once.
  struct RuleGroup {
    std::string strip;
    std::vector<std::size_t> rules;  // written-last first
  };
  struct SuffixHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
  };
  // A dictionary word and its flags, as byte ranges of dictionary_: an
  // open-addressing table over the file's own bytes, since building a
  // node per word of ru_RU's 146,000 took longer than Hunspell's load.
  struct Entry {
    std::uint32_t word = 0, word_length = 0;  // word_length 0: an empty slot
    std::uint32_t flags = 0, flags_length = 0;
    std::uint32_t hash = 0;  // of the word: most probes end without reading it
  };
  bool read_dictionary(std::string text);
  Entry& slot_of(std::string_view word);
  // The flags of a dictionary word; nullopt when it is not listed.
  std::optional<std::string_view> flags_of(std::string_view word) const;
  std::string_view bytes(std::uint32_t offset, std::uint32_t length) const {
    return std::string_view(dictionary_).substr(offset, length);
  }

  std::vector<Rule> rules_;
  // Groups by the suffix they add, each list in the order of its first
  // rule, written-last first.
  std::unordered_map<std::string, std::vector<RuleGroup>, SuffixHash, std::equal_to<>> groups_by_suffix_;
  std::size_t longest_suffix_ = 0;  // bytes
  std::string dictionary_;      // the .dic file, then the merged flags of words listed twice
  std::vector<Entry> entries_;  // a power of two, at most two thirds full
  // One bit per hash value, modulo its size, set for every word: most roots
  // a word is tried against are no word, and this small table (it stays
  // in cache) says so without a probe into the large one.
  std::vector<std::uint64_t> listed_;
};

}  // namespace sverka
