// The affix classes of a Hunspell .aff file, for AffixStemmer: suffix and
// prefix rules, the input conversions, and the compound rules of numbers.
//
// parse() accepts the directives whose meaning AffixStemmer reproduces
// (SFX, PFX, ICONV, ONLYINCOMPOUND, COMPOUNDRULE, COMPOUNDMIN) and those
// that only steer suggestions or tokenizing (TRY, KEY, REP, MAP, NOSUGGEST,
// WORDCHARS), and refuses a file with anything else: long or numeric flags,
// continuation classes, free compounding, NEEDAFFIX, CIRCUMFIX... ru_RU and
// en_US pass; de_DE and fr do not, and stay with Hunspell.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sverka {

struct AffixRule {
  // One position of a condition: a set of code points, or its complement
  // ("[^aeiou]"), or any (".").
  struct CharClass {
    std::u32string chars;
    bool negated = false;
    bool any = false;
    bool matches(char32_t cp) const;
  };
  char flag = 0;
  bool prefix = false;
  bool cross = false;  // combines with an affix of the other side
  std::string strip;   // taken from the root (its end, or its start for a prefix)...
  std::string add;     // ...and replaced by this in the form
  std::vector<CharClass> condition;  // on the root's last (first) code points

  bool condition_holds(std::string_view root) const;
};

// The rules that add one affix and strip one ending: they all lead to the
// same root, which is looked up once.
struct AffixRuleGroup {
  std::string strip;
  std::vector<std::size_t> rules;  // indices into AffixRules::rules, written-last first
};

class AffixRules {
 public:
  static std::optional<AffixRules> parse(const std::string& aff_text);

  std::vector<AffixRule> rules;  // in the file's order
  std::size_t longest_suffix = 0, longest_prefix = 0;  // bytes
  std::vector<std::pair<std::string, std::string>> input_conversions;  // ICONV
  char only_in_compound = 0;                 // ONLYINCOMPOUND flag, 0 when none
  std::size_t compound_min = 3;              // COMPOUNDMIN, in code points
  std::vector<std::string> compound_rules;   // COMPOUNDRULE patterns: flags, '*' and '?'

  // The groups adding `affix` at the word's end (or start), in the order of
  // their first rule, written-last first; nullptr when none.
  const std::vector<AffixRuleGroup>* suffix_groups(std::string_view affix) const;
  const std::vector<AffixRuleGroup>* prefix_groups(std::string_view affix) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
  };
  using GroupTable = std::unordered_map<std::string, std::vector<AffixRuleGroup>, Hash, std::equal_to<>>;
  void group_rules();
  GroupTable suffixes_, prefixes_;
};

}  // namespace sverka
