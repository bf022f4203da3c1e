#include "lexicon/affix_rules.h"

#include <algorithm>
#include <sstream>
#include <unordered_set>

#include "util/utf8.h"

namespace sverka {
namespace {

// Directives that only steer Hunspell's suggestions or its own tokenizing,
// not what a word is.
bool ignored(const std::string& directive) {
  static const std::unordered_set<std::string> directives = {"TRY", "KEY", "REP", "MAP", "NOSUGGEST", "WORDCHARS"};
  return directives.count(directive) > 0;
}

std::vector<std::string> fields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string field; in >> field;) out.push_back(field);
  return out;
}

bool is_count(const std::string& field) {
  return !field.empty() && field.size() <= 6 && field.find_first_not_of("0123456789") == std::string::npos;
}

bool is_flag(const std::string& field) {
  return field.size() == 1 && static_cast<unsigned char>(field[0]) < 0x80;
}

std::string affix_text(const std::string& field) { return field == "0" ? std::string() : field; }

bool parse_condition(std::string_view text, std::vector<AffixRule::CharClass>& condition) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    AffixRule::CharClass position;
    if (cp == '.') {
      position.any = true;
    } else if (cp == '[') {
      if (pos < text.size() && text[pos] == '^') {
        position.negated = true;
        ++pos;
      }
      bool closed = false;
      while (pos < text.size()) {
        const char32_t member = next_code_point(text, pos);
        if (member == ']') {
          closed = true;
          break;
        }
        position.chars.push_back(member);
      }
      if (!closed) return false;
    } else if (cp == ']' || cp == '^') {
      return false;
    } else {
      position.chars.push_back(cp);
    }
    condition.push_back(std::move(position));
  }
  return true;
}

// Reads the `count` lines that follow a header into `body` (their fields).
bool read_body(std::istringstream& in, const std::string& directive, const std::string& count,
               std::vector<std::vector<std::string>>& body) {
  if (!is_count(count)) return false;
  std::string line;
  for (int k = std::atoi(count.c_str()); k > 0; --k) {
    if (!std::getline(in, line)) return false;
    body.push_back(fields(line));
    if (body.back().empty() || body.back()[0] != directive) return false;
  }
  return true;
}

}  // namespace

bool AffixRule::CharClass::matches(char32_t cp) const {
  if (any) return true;
  const bool listed = chars.find(cp) != std::u32string::npos;
  return listed != negated;
}

bool AffixRule::condition_holds(std::string_view root) const {
  std::size_t pos = prefix ? 0 : root.size();
  for (std::size_t k = 0; k < condition.size(); ++k) {
    if (prefix ? pos >= root.size() : pos == 0) return false;  // the root is shorter than the condition
    const char32_t cp = prefix ? next_code_point(root, pos) : previous_code_point(root, pos);
    if (!condition[prefix ? k : condition.size() - 1 - k].matches(cp)) return false;
  }
  return true;
}

std::optional<AffixRules> AffixRules::parse(const std::string& aff_text) {
  AffixRules out;
  std::istringstream aff(aff_text);
  std::string line;
  while (std::getline(aff, line)) {
    const std::vector<std::string> f = fields(line);
    if (f.empty() || f[0][0] == '#' || ignored(f[0])) continue;
    if (f[0] == "SET") {
      if (f.size() < 2 || f[1] != "UTF-8") return std::nullopt;
    } else if (f[0] == "ONLYINCOMPOUND" && f.size() == 2 && is_flag(f[1])) {
      out.only_in_compound = f[1][0];
    } else if (f[0] == "COMPOUNDMIN" && f.size() == 2 && is_count(f[1])) {
      out.compound_min = static_cast<std::size_t>(std::max(1, std::atoi(f[1].c_str())));
    } else if ((f[0] == "ICONV" || f[0] == "COMPOUNDRULE") && f.size() == 2) {
      std::vector<std::vector<std::string>> body;
      if (!read_body(aff, f[0], f[1], body)) return std::nullopt;
      for (const std::vector<std::string>& entry : body) {
        if (f[0] == "ICONV") {
          if (entry.size() < 3) return std::nullopt;
          out.input_conversions.emplace_back(entry[1], entry[2]);
        } else {
          // Single-character flags with '*' and '?' only: "(flag)" forms are long flags.
          if (entry.size() < 2 || entry[1].find_first_of("()") != std::string::npos) return std::nullopt;
          out.compound_rules.push_back(entry[1]);
        }
      }
    } else if ((f[0] == "SFX" || f[0] == "PFX") && f.size() == 4 && is_flag(f[1]) && (f[2] == "Y" || f[2] == "N")) {
      std::vector<std::vector<std::string>> body;
      if (!read_body(aff, f[0], f[3], body)) return std::nullopt;
      for (const std::vector<std::string>& r : body) {
        if (r.size() < 4 || r[1] != f[1]) return std::nullopt;
        AffixRule rule{f[1][0], f[0] == "PFX", f[2] == "Y", affix_text(r[2]), affix_text(r[3]), {}};
        if (rule.add.find('/') != std::string::npos) return std::nullopt;  // continuation classes
        if (!parse_condition(r.size() > 4 ? r[4] : ".", rule.condition)) return std::nullopt;
        std::size_t& longest = rule.prefix ? out.longest_prefix : out.longest_suffix;
        longest = std::max(longest, rule.add.size());
        out.rules.push_back(std::move(rule));
      }
    } else {
      return std::nullopt;  // beyond what AffixStemmer reproduces
    }
  }
  out.group_rules();
  return out;
}

void AffixRules::group_rules() {
  for (std::size_t k = rules.size(); k-- > 0;) {
    std::vector<AffixRuleGroup>& groups = (rules[k].prefix ? prefixes_ : suffixes_)[rules[k].add];
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const AffixRuleGroup& g) { return g.strip == rules[k].strip; });
    if (group == groups.end()) group = groups.insert(groups.end(), AffixRuleGroup{rules[k].strip, {}});
    group->rules.push_back(k);
  }
}

const std::vector<AffixRuleGroup>* AffixRules::suffix_groups(std::string_view affix) const {
  const auto found = suffixes_.find(affix);
  return found == suffixes_.end() ? nullptr : &found->second;
}

const std::vector<AffixRuleGroup>* AffixRules::prefix_groups(std::string_view affix) const {
  const auto found = prefixes_.find(affix);
  return found == prefixes_.end() ? nullptr : &found->second;
}

}  // namespace sverka
