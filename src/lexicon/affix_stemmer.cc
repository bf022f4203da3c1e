#include "lexicon/affix_stemmer.h"

#include <algorithm>

#include "util/file_io.h"
#include "util/utf8.h"

namespace sverka {
namespace {

constexpr std::size_t kListedBits = std::size_t{1} << 20;  // 128 KiB

}  // namespace

std::optional<AffixStemmer> AffixStemmer::load(const std::string& aff_path, const std::string& dic_path) {
  return parse(read_file_bytes(aff_path), read_file_bytes(dic_path));
}

std::optional<AffixStemmer> AffixStemmer::parse(const std::string& aff_text, std::string dic_text) {
  std::optional<AffixRules> rules = AffixRules::parse(aff_text);
  if (!rules) return std::nullopt;
  AffixStemmer stemmer;
  stemmer.rules_ = std::move(*rules);
  if (!stemmer.read_dictionary(std::move(dic_text))) return std::nullopt;
  return stemmer;
}

namespace {

// A .dic line's word and flags, as byte offsets: "word/FLAGS morphology".
struct DictionaryLine {
  std::uint32_t begin = 0, slash = 0, end = 0;  // slash == end: no flags
};

// Every line after the first (the entry count) with an entry on it, in one
// pass over the bytes (searching each line three times for its separators
// took a quarter of the load); nullopt for an escaped slash, which this
// reader does not undo.
std::optional<std::vector<DictionaryLine>> dictionary_lines(std::string_view dic) {
  std::vector<DictionaryLine> lines;
  std::size_t pos = dic.find('\n');
  if (pos == std::string_view::npos) return std::nullopt;
  ++pos;
  while (pos < dic.size()) {
    DictionaryLine line{static_cast<std::uint32_t>(pos), 0, 0};
    std::size_t slash = std::string_view::npos;
    for (; pos < dic.size(); ++pos) {
      const char c = dic[pos];
      if (c == '\n' || c == ' ' || c == '\t' || c == '\r') break;
      if (c == '\\') return std::nullopt;
      if (c == '/' && slash == std::string_view::npos) slash = pos;
    }
    line.end = static_cast<std::uint32_t>(pos);
    line.slash = static_cast<std::uint32_t>(std::min(slash, pos));
    if (line.end > line.begin) lines.push_back(line);
    while (pos < dic.size() && dic[pos] != '\n') ++pos;  // the rest of the line
    ++pos;
  }
  return lines;
}

}  // namespace

bool AffixStemmer::read_dictionary(std::string text) {
  dictionary_ = std::move(text);
  if (dictionary_.size() >= UINT32_MAX / 2) return false;
  const std::optional<std::vector<DictionaryLine>> lines = dictionary_lines(dictionary_);
  if (!lines) return false;
  // Sized by the lines there are: the count on the first line is only a
  // claim, and a corrupt one ("366666666") asked for gigabytes.
  std::size_t capacity = 1024;
  while (2 * capacity < 3 * lines->size()) capacity *= 2;
  entries_.assign(capacity, Entry{});
  listed_.assign(kListedBits / 64, 0);
  std::vector<std::size_t> hashes(lines->size());
  for (std::size_t k = 0; k < hashes.size(); ++k) {
    hashes[k] = std::hash<std::string_view>()(bytes((*lines)[k].begin, (*lines)[k].slash - (*lines)[k].begin));
  }
  // Each word lands in a random slot of a table of megabytes: fetching the
  // slot a few words ahead hides most of the wait for memory.
  constexpr std::size_t kAhead = 8;
  for (std::size_t k = 0; k < lines->size(); ++k) {
    if (k + kAhead < hashes.size()) __builtin_prefetch(&entries_[hashes[k + kAhead] & (entries_.size() - 1)], 1);
    const DictionaryLine& line = (*lines)[k];
    Entry& slot = slot_of(bytes(line.begin, line.slash - line.begin), hashes[k]);
    const std::uint32_t flags_offset = std::min(line.slash + 1, line.end);
    const std::uint32_t flags_length = line.end - flags_offset;
    if (slot.word_length == 0) {
      slot = Entry{line.begin, line.slash - line.begin, flags_offset, flags_length, slot.hash};
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

AffixStemmer::Entry& AffixStemmer::slot_of(std::string_view word, std::size_t hash) {
  const std::size_t mask = entries_.size() - 1;
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

std::string AffixStemmer::converted(std::string_view word) const {
  std::string out(word);
  for (const auto& [from, to] : rules_.input_conversions) {
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  }
  return out;
}

bool AffixStemmer::is_word(std::string_view word) const {
  const std::optional<std::string_view> flags = flags_of(word);
  return flags && !compound_only(flags);
}

bool AffixStemmer::inflects(std::string_view word) const {
  const std::optional<std::string_view> flags = flags_of(converted(word));
  return flags && !flags->empty() && !compound_only(flags);
}

bool AffixStemmer::knows(std::string_view input) const {
  const std::string word = converted(input);
  if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (!stems(word).empty()) return true;
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string::npos) return false;
  const std::string_view whole(word);
  const std::string_view before = whole.substr(0, hyphen), after = whole.substr(hyphen + 1);
  return (before.empty() || knows(before)) && (after.empty() || knows(after)) && !(before.empty() && after.empty());
}

// Hunspell's order: the word itself when listed, then the roots found by
// undoing a prefix (shortest prefix first, then the rule written last; a
// prefix alone before a prefix with a suffix), then by undoing a suffix
// (shortest first, then the rule written last); a compound of numbers
// ("21st") is its own stem.
std::vector<std::string> AffixStemmer::stems(std::string_view input) const {
  const std::string word = converted(input);
  std::vector<std::string> found;
  const auto add = [&](std::vector<Candidate>& roots) {
    std::sort(roots.begin(), roots.end(), [](const Candidate& a, const Candidate& b) { return a.order < b.order; });
    for (Candidate& root : roots) {
      if (std::find(found.begin(), found.end(), root.root) == found.end()) found.push_back(std::move(root.root));
    }
    roots.clear();
  };
  if (is_word(word)) found.push_back(word);
  std::vector<Candidate> roots;
  // The part left by a prefix may not be empty.
  for (std::size_t length = 0; length < word.size() && length <= rules_.longest_prefix; ++length) {
    if (!starts_code_point(word, length)) continue;
    prefix_roots(word, length, roots);
    add(roots);
  }
  suffix_roots(word, nullptr, roots);
  add(roots);
  if (found.empty() && compound(word)) found.push_back(word);
  return found;
}

void AffixStemmer::prefix_roots(std::string_view word, std::size_t length, std::vector<Candidate>& roots) const {
  const std::vector<AffixRuleGroup>* groups = rules_.prefix_groups(word.substr(0, length));
  if (groups == nullptr) return;
  std::string root;
  for (const AffixRuleGroup& group : *groups) {
    root.assign(group.strip);
    root += word.substr(length);
    const std::optional<std::string_view> flags = flags_of(root);
    for (const std::size_t k : group.rules) {
      const AffixRule& rule = rules_.rules[k];
      if (takes(flags, rule.flag) && !compound_only(flags) && rule.condition_holds(root)) {
        roots.push_back(Candidate{{-static_cast<long>(k), 0, 0}, root});
      }
      if (!rule.cross) continue;
      // A prefix and a suffix: the suffix is undone on what the prefix left.
      std::vector<Candidate> both;
      suffix_roots(root, &rule, both);
      for (Candidate& found : both) {
        roots.push_back(Candidate{{-static_cast<long>(k), found.order[0], found.order[1]}, std::move(found.root)});
      }
    }
  }
}

void AffixStemmer::suffix_roots(std::string_view word, const AffixRule* prefix, std::vector<Candidate>& roots) const {
  std::string root;  // reused: most roots are longer than a short string holds
  // The part left by a suffix may not be empty.
  for (std::size_t length = 0; length < word.size() && length <= rules_.longest_suffix; ++length) {
    const std::size_t cut = word.size() - length;
    if (!starts_code_point(word, cut)) continue;
    const std::vector<AffixRuleGroup>* groups = rules_.suffix_groups(word.substr(cut));
    if (groups == nullptr) continue;
    for (const AffixRuleGroup& group : *groups) {
      root.assign(word.substr(0, cut));
      root += group.strip;
      std::optional<std::string_view> flags;
      bool looked_up = false;
      for (const std::size_t k : group.rules) {
        const AffixRule& rule = rules_.rules[k];
        if (prefix != nullptr && !rule.cross) continue;
        if (!rule.condition_holds(root)) continue;
        if (!looked_up) {
          flags = flags_of(root);
          looked_up = true;
          if (!flags) break;
        }
        if (!takes(flags, rule.flag)) continue;
        if (prefix != nullptr && !(takes(flags, prefix->flag) && prefix->condition_holds(root))) continue;
        if (compound_only(flags)) continue;
        // Within one suffix, the root of the latest rule that holds comes first.
        roots.push_back(Candidate{{static_cast<long>(length), -static_cast<long>(k), 0}, root});
        break;
      }
    }
  }
}

bool AffixStemmer::compound(std::string_view word) const {
  for (const std::string& rule : rules_.compound_rules) {
    if (compound_matches(rule, 0, word, 0, 0)) return true;
  }
  return false;
}

// `rule` from position `at` matches `word` from `pos`: a flag, optionally
// followed by '*' (any number of parts with it) or '?' (at most one), each
// part a listed word of at least COMPOUNDMIN letters; two parts at least.
bool AffixStemmer::compound_matches(const std::string& rule, std::size_t at, std::string_view word,
                                    std::size_t pos, int parts) const {
  const auto quantifier = [&](std::size_t i) {
    return i + 1 < rule.size() && (rule[i + 1] == '*' || rule[i + 1] == '?') ? rule[i + 1] : '\0';
  };
  if (pos == word.size()) {
    for (std::size_t i = at; i < rule.size(); i += 2) {
      if (quantifier(i) == '\0') return false;
    }
    return parts >= 2;
  }
  if (at >= rule.size()) return false;
  const char flag = rule[at];
  const char times = quantifier(at);
  const std::size_t next = at + (times == '\0' ? 1 : 2);
  if (times != '\0' && compound_matches(rule, next, word, pos, parts)) return true;
  for (std::size_t end = pos + 1; end <= word.size(); ++end) {
    if (!starts_code_point(word, end)) continue;
    const std::string_view part = word.substr(pos, end - pos);
    if (count_code_points(part) < rules_.compound_min || !takes(flags_of(part), flag)) continue;
    if (times == '*' && compound_matches(rule, at, word, end, parts + 1)) return true;
    if (compound_matches(rule, next, word, end, parts + 1)) return true;
  }
  return false;
}


}  // namespace sverka
