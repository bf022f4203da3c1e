#include "lexicon/affix_stemmer.h"

#include <algorithm>
#include <sstream>
#include <unordered_set>

#include "util/file_io.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kListedBits = std::size_t{1} << 20;  // 128 KiB

// Directives that only steer Hunspell's suggestions, not what a word is.
const std::unordered_set<std::string>& suggestion_directives() {
  static const std::unordered_set<std::string> directives = {"TRY", "KEY", "REP", "MAP"};
  return directives;
}

std::vector<std::string> fields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string field; in >> field;) out.push_back(field);
  return out;
}

std::string affix_text(const std::string& field) { return field == "0" ? std::string() : field; }

}  // namespace

bool AffixStemmer::CharClass::matches(char32_t cp) const {
  if (any) return true;
  const bool listed = chars.find(cp) != std::u32string::npos;
  return listed != negated;
}

bool AffixStemmer::parse_condition(std::string_view text, std::vector<CharClass>& condition) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = next_code_point(text, pos);
    CharClass position;
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

std::optional<AffixStemmer> AffixStemmer::load(const std::string& aff_path, const std::string& dic_path) {
  return parse(read_file_bytes(aff_path), read_file_bytes(dic_path));
}

std::optional<AffixStemmer> AffixStemmer::parse(const std::string& aff_text, std::string dic_text) {
  AffixStemmer stemmer;
  std::istringstream aff(aff_text);
  std::string line;
  while (std::getline(aff, line)) {
    const std::vector<std::string> f = fields(line);
    if (f.empty() || f[0][0] == '#' || suggestion_directives().count(f[0]) > 0) continue;
    if (f[0] == "SET") {
      if (f.size() < 2 || f[1] != "UTF-8") return std::nullopt;
      continue;
    }
    // A class header: SFX <flag> <Y|N> <count>; anything else is beyond us.
    if (f[0] != "SFX" || f.size() != 4 || f[1].size() != 1 || static_cast<unsigned char>(f[1][0]) >= 0x80) {
      return std::nullopt;
    }
    if (f[3].find_first_not_of("0123456789") != std::string::npos || f[3].size() > 6) return std::nullopt;
    const int count = std::atoi(f[3].c_str());
    for (int k = 0; k < count; ++k) {
      if (!std::getline(aff, line)) return std::nullopt;
      const std::vector<std::string> r = fields(line);
      if (r.size() < 4 || r[0] != "SFX" || r[1] != f[1]) return std::nullopt;
      Rule rule{f[1][0], affix_text(r[2]), affix_text(r[3]), {}};
      if (rule.add.find('/') != std::string::npos) return std::nullopt;  // continuation classes
      if (!parse_condition(r.size() > 4 ? r[4] : ".", rule.condition)) return std::nullopt;
      stemmer.longest_suffix_ = std::max(stemmer.longest_suffix_, rule.add.size());
      stemmer.rules_.push_back(std::move(rule));
    }
  }
  for (std::size_t k = stemmer.rules_.size(); k-- > 0;) {
    std::vector<RuleGroup>& groups = stemmer.groups_by_suffix_[stemmer.rules_[k].add];
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const RuleGroup& g) { return g.strip == stemmer.rules_[k].strip; });
    if (group == groups.end()) group = groups.insert(groups.end(), RuleGroup{stemmer.rules_[k].strip, {}});
    group->rules.push_back(k);
  }
  if (!stemmer.read_dictionary(std::move(dic_text))) return std::nullopt;
  return stemmer;
}

bool AffixStemmer::read_dictionary(std::string text) {
  dictionary_ = std::move(text);
  if (dictionary_.size() >= UINT32_MAX / 2) return false;
  std::size_t pos = dictionary_.find('\n');  // past the entry count
  if (pos == std::string::npos) return false;
  std::size_t capacity = 1024;
  while (2 * capacity < 3 * static_cast<std::size_t>(std::max(0, std::atoi(dictionary_.c_str())))) capacity *= 2;
  entries_.assign(capacity, Entry{});
  listed_.assign(kListedBits / 64, 0);
  std::size_t used = 0;
  const std::size_t end_of_file = dictionary_.size();
  while (++pos < end_of_file) {
    const std::string_view dic(dictionary_);
    const std::size_t line_end = std::min(dic.find('\n', pos), end_of_file);
    const std::string_view line = dic.substr(pos, line_end - pos);
    const std::string_view entry = line.substr(0, line.find_first_of(" \t\r"));
    const std::size_t begin = pos;
    pos = line_end;
    if (entry.empty()) continue;
    if (entry.find('\\') != std::string_view::npos) return false;  // escaped slashes
    const std::size_t slash = std::min(entry.find('/'), entry.size());
    if (3 * (used + 1) > 2 * entries_.size()) return false;  // more words than the header said
    Entry& slot = slot_of(entry.substr(0, slash));
    const auto flags_offset = static_cast<std::uint32_t>(begin + std::min(slash + 1, entry.size()));
    const auto flags_length = static_cast<std::uint32_t>(entry.size() - std::min(slash + 1, entry.size()));
    if (slot.word_length == 0) {
      slot = Entry{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(slash), flags_offset, flags_length,
                   slot.hash};
      ++used;
    } else {  // listed twice: both lines' flags, kept after the file's bytes
      const std::string both = std::string(bytes(slot.flags, slot.flags_length)) +
                               std::string(bytes(flags_offset, flags_length));
      slot.flags = static_cast<std::uint32_t>(dictionary_.size());
      slot.flags_length = static_cast<std::uint32_t>(both.size());
      dictionary_ += both;
    }
  }
  return true;
}

AffixStemmer::Entry& AffixStemmer::slot_of(std::string_view word) {
  const std::size_t mask = entries_.size() - 1;
  const std::size_t hash = std::hash<std::string_view>()(word);
  for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
    Entry& entry = entries_[k];
    if (entry.word_length == 0) {
      entry.hash = static_cast<std::uint32_t>(hash);
      listed_[(hash % kListedBits) / 64] |= std::uint64_t{1} << (hash % 64);
      return entry;
    }
    if (entry.hash == static_cast<std::uint32_t>(hash) && bytes(entry.word, entry.word_length) == word) return entry;
  }
}

std::optional<std::string_view> AffixStemmer::flags_of(std::string_view word) const {
  if (entries_.empty()) return std::nullopt;
  const std::size_t mask = entries_.size() - 1;
  const std::size_t hash = std::hash<std::string_view>()(word);
  if ((listed_[(hash % kListedBits) / 64] >> (hash % 64) & 1) == 0) return std::nullopt;
  for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
    const Entry& entry = entries_[k];
    if (entry.word_length == 0) return std::nullopt;
    if (entry.hash == static_cast<std::uint32_t>(hash) && bytes(entry.word, entry.word_length) == word) {
      return bytes(entry.flags, entry.flags_length);
    }
  }
}

bool AffixStemmer::condition_holds(const Rule& rule, std::string_view root) const {
  std::size_t pos = root.size();
  for (std::size_t k = rule.condition.size(); k-- > 0;) {
    if (pos == 0) return false;  // the root is shorter than the condition
    if (!rule.condition[k].matches(previous_code_point(root, pos))) return false;
  }
  return true;
}

bool AffixStemmer::knows(std::string_view word) const {
  if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (!stems(word).empty()) return true;
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return false;
  const std::string_view before = word.substr(0, hyphen), after = word.substr(hyphen + 1);
  return (before.empty() || knows(before)) && (after.empty() || knows(after)) && !(before.empty() && after.empty());
}

std::vector<std::string> AffixStemmer::stems(std::string_view word) const {
  std::vector<std::string> found;
  const auto add = [&](std::string stem) {
    if (std::find(found.begin(), found.end(), stem) == found.end()) found.push_back(std::move(stem));
  };
  if (flags_of(word)) add(std::string(word));
  std::string root;  // reused: most roots are longer than a short string holds
  // Shortest suffix first; the part before it may not be empty.
  for (std::size_t length = 0; length < word.size() && length <= longest_suffix_; ++length) {
    const std::size_t cut = word.size() - length;
    if (length > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;  // inside a letter
    const auto groups = groups_by_suffix_.find(word.substr(cut));
    if (groups == groups_by_suffix_.end()) continue;
    // Within one suffix, the root of the latest rule that holds comes first.
    std::vector<std::pair<std::size_t, std::string>> roots;
    for (const RuleGroup& group : groups->second) {
      root.assign(word.substr(0, cut));
      root += group.strip;
      std::optional<std::string_view> flags;
      bool looked_up = false;
      for (const std::size_t k : group.rules) {
        const Rule& rule = rules_[k];
        if (!condition_holds(rule, root)) continue;
        if (!looked_up) {
          flags = flags_of(root);
          looked_up = true;
          if (!flags) break;
        }
        if (flags->find(rule.flag) != std::string_view::npos) {
          roots.emplace_back(k, root);
          break;
        }
      }
    }
    std::sort(roots.begin(), roots.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [rule, root] : roots) add(std::move(root));
  }
  return found;
}

}  // namespace sverka
