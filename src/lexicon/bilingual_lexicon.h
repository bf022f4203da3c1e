// Source word → target words, from Debian's dictionaries plus curated
// additions, in a compact file that loads in milliseconds.
//
// Words are dictionary forms in matching form (normalizer.h), so lookups go
// through a Lemmatizer first. Building (from dictd files) is slow-ish and
// happens once, at build time or on first use; the program reads the
// binary file: sorted entries, one string pool, binary search on lookup.
// Each distinct target word is stored once and numbered in sorted order, so
// a caller can map them to ids of its own once instead of per lookup.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sverka {

// Where a lexicon's data comes from, for one language pair.
struct LexiconSources {
  std::vector<std::string> dictd_reversed;  // index paths, target→source dictionaries
  std::vector<std::string> dictd_direct;    // source→target dictionaries
  std::string curated;                      // lexicons/lexicon.<pair>.tsv, may not exist

  // Each file as it is now (path, size, modification time), one per line:
  // a lexicon converted from other files, or from these before an upgrade
  // or an edit, is converted again. Paths alone would keep a cache built
  // before a dictionary was installed (dpkg keeps the package's times).
  std::string fingerprint() const;
};

// Debian's dictionaries for a pair ("ru-en", "de-fr"), as far as installed.
LexiconSources find_lexicon_sources(const std::string& source_language,
                                    const std::string& target_language,
                                    const std::string& dictd_dir, const std::string& lexicon_dir);

class BilingualLexicon {
 public:
  BilingualLexicon() = default;
  static BilingualLexicon build(const LexiconSources& sources);
  static BilingualLexicon load(const std::string& path);
  // The same from the file's bytes; `path` names it in errors.
  static BilingualLexicon parse(const std::string& in, const std::string& path);
  // Whether a file is a lexicon in the format this build writes, converted
  // from `sources` as they are now; if not, a cache is converted again.
  static bool is_current(const std::string& path, const LexiconSources& sources);
  // The first bytes of a lexicon file, naming its format. Raised whenever
  // the conversion changes what a lexicon holds, so that a cache converted
  // by an older sverka is converted again. The sources' fingerprint follows.
  static constexpr std::string_view kFileHeader = "sverka-lexicon-5\n";
  static BilingualLexicon from_pairs(const std::vector<std::pair<std::string, std::string>>& pairs);
  void save(const std::string& path) const;

  // Translations of a source dictionary form; empty when unknown.
  std::vector<std::string_view> translations(std::string_view source_word) const;
  // The same as target word ids, in the same (sorted) order.
  std::span<const std::uint32_t> translation_ids(std::string_view source_word) const;
  std::string_view target_word(std::uint32_t id) const;
  std::size_t target_word_count() const { return target_words_.size(); }
  // The id of a target word; nullopt when no entry translates to it.
  std::optional<std::uint32_t> target_id(std::string_view word) const;
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  void add(const std::string& source_word, const std::string& target_word);

 private:
  struct Entry {
    std::uint32_t source_offset, source_length;
    std::uint32_t first_target, target_count;
  };
  std::string_view pool_view(std::uint32_t offset, std::uint32_t length) const {
    return std::string_view(pool_).substr(offset, length);
  }
  void freeze();  // moves `building_` into entries_/pool_

  std::string sources_;  // LexiconSources::fingerprint() of the files built from
  std::string pool_;
  std::vector<Entry> entries_;         // sorted by source word
  std::vector<std::uint32_t> targets_;  // target word ids, each entry's a run
  std::vector<std::pair<std::uint32_t, std::uint32_t>> target_words_;  // (offset, length) in pool_, sorted
  std::map<std::string, std::set<std::string>> building_;
};

}  // namespace sverka
