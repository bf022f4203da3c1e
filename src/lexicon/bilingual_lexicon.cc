#include "lexicon/bilingual_lexicon.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "lexicon/dictd_reader.h"
#include "lexicon/dictionary_entries.h"
#include "lexicon/language_code.h"
#include "text/text_reader.h"
#include "util/error.h"
#include "util/file_io.h"
#include "util/tsv_rows.h"

namespace sverka {
namespace {

bool is_mueller(const std::string& index_path) {
  return std::filesystem::path(index_path).filename().string().rfind("mueller", 0) == 0;
}

std::string body_path(const std::string& index_path) {
  std::string path = index_path.substr(0, index_path.size() - std::strlen(".index"));
  return path + ".dict.dz";
}

// A headword usable as a target or source word: one word, no meta entry.
std::vector<std::string> headword_words(std::string_view headword) {
  if (headword.rfind("00", 0) == 0 || headword.empty() || headword[0] == '-') return {};
  std::vector<std::string> words = phrase_words(headword);
  return words.size() == 1 ? words : std::vector<std::string>{};
}

// Müller's English is of the 1950s, "co-operation", "world-wide",
// "dead-line", which today's texts write solid: the solid spelling of a
// hyphenated headword ("" for one without a hyphen).
std::string solid_spelling(const std::string& word) {
  if (word.find('-') == std::string::npos) return "";
  std::string solid;
  for (const char c : word) {
    if (c != '-') solid += c;
  }
  return solid;
}

void put_u32(std::string& out, std::uint32_t value) {
  for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((value >> (8 * k)) & 0xFF));
}

std::uint32_t get_u32(const std::string& in, std::size_t& pos, const std::string& path) {
  if (pos + 4 > in.size()) throw InputError(Location::at_byte(path, pos), "truncated lexicon file");
  std::uint32_t value = 0;
  for (int k = 0; k < 4; ++k) value |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[pos + k])) << (8 * k);
  pos += 4;
  return value;
}

}  // namespace

std::string LexiconSources::fingerprint() const {
  namespace fs = std::filesystem;
  std::string out;
  const auto describe = [&](const std::string& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    const auto time = std::chrono::file_clock::to_sys(fs::last_write_time(path, error));
    out += path + '\t' + std::to_string(error ? 0 : size) + '\t' +
           std::to_string(error ? 0 : time.time_since_epoch().count()) + '\n';
  };
  for (const auto* list : {&dictd_reversed, &dictd_direct}) {
    for (const std::string& index : *list) {
      describe(index);
      describe(body_path(index));
    }
  }
  if (!curated.empty()) describe(curated);
  return out;
}

LexiconSources find_lexicon_sources(const std::string& source_language,
                                    const std::string& target_language,
                                    const std::string& dictd_dir, const std::string& lexicon_dir) {
  namespace fs = std::filesystem;
  LexiconSources sources;
  const auto add_if = [&](std::vector<std::string>& list, const std::string& name) {
    const std::string index = dictd_dir + "/" + name + ".index";
    if (fs::exists(index) && fs::exists(body_path(index))) list.push_back(index);
  };
  if (source_language == "ru" && target_language == "en") add_if(sources.dictd_reversed, "mueller7");
  const std::string source = three_letter_code(source_language), target = three_letter_code(target_language);
  add_if(sources.dictd_reversed, "freedict-" + target + "-" + source);
  add_if(sources.dictd_direct, "freedict-" + source + "-" + target);
  const std::string curated = lexicon_dir + "/lexicon." + source_language + "-" + target_language + ".tsv";
  if (fs::exists(curated)) sources.curated = curated;
  return sources;
}

void BilingualLexicon::add(const std::string& source_word, const std::string& target_word) {
  if (source_word.empty() || target_word.empty()) return;
  building_[source_word].insert(target_word);
}

BilingualLexicon BilingualLexicon::build(const LexiconSources& sources) {
  BilingualLexicon lexicon;
  for (const std::string& index : sources.dictd_reversed) {
    const bool mueller = is_mueller(index);
    read_dictd(index, body_path(index), [&](const DictdEntry& entry) {
      for (const std::string& target : headword_words(entry.headword)) {
        const auto words = mueller ? mueller_translations(entry.body) : freedict_translations(entry.body);
        for (const std::string& source : words) {
          lexicon.add(source, target);
          if (mueller) lexicon.add(source, solid_spelling(target));
        }
      }
    });
  }
  for (const std::string& index : sources.dictd_direct) {
    read_dictd(index, body_path(index), [&](const DictdEntry& entry) {
      for (const std::string& source : headword_words(entry.headword)) {
        for (const std::string& target : freedict_translations(entry.body)) lexicon.add(source, target);
      }
    });
  }
  if (!sources.curated.empty()) {
    for_each_tsv_row(read_text_file(sources.curated), sources.curated, 2,
                     "source<TAB>target words<TAB>source of the entry",
                     [&](const std::vector<std::string>& fields, std::uint64_t) {
      const auto source_words = phrase_words(fields[0]);
      for (const std::string& target : phrase_words(fields[1])) {
        for (const std::string& source : source_words) lexicon.add(source, target);
      }
    });
  }
  lexicon.freeze();
  lexicon.sources_ = sources.fingerprint();
  return lexicon;
}

BilingualLexicon BilingualLexicon::from_pairs(const std::vector<std::pair<std::string, std::string>>& pairs) {
  BilingualLexicon lexicon;
  for (const auto& [source, target] : pairs) lexicon.add(source, target);
  lexicon.freeze();
  return lexicon;
}

void BilingualLexicon::freeze() {
  pool_.clear();
  entries_.clear();
  targets_.clear();
  target_words_.clear();
  std::set<std::string_view> distinct;
  for (const auto& [source, targets] : building_) distinct.insert(targets.begin(), targets.end());
  std::map<std::string_view, std::uint32_t> ids;
  for (const std::string_view target : distinct) {
    ids.emplace(target, static_cast<std::uint32_t>(target_words_.size()));
    target_words_.emplace_back(static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(target.size()));
    pool_ += target;
  }
  for (const auto& [source, targets] : building_) {
    Entry entry;
    entry.source_offset = static_cast<std::uint32_t>(pool_.size());
    entry.source_length = static_cast<std::uint32_t>(source.size());
    pool_ += source;
    entry.first_target = static_cast<std::uint32_t>(targets_.size());
    entry.target_count = static_cast<std::uint32_t>(targets.size());
    for (const std::string& target : targets) targets_.push_back(ids.at(target));
    entries_.push_back(entry);
  }
  building_.clear();
}

void BilingualLexicon::save(const std::string& path) const {
  std::string out(kFileHeader);
  put_u32(out, static_cast<std::uint32_t>(sources_.size()));
  out += sources_;
  put_u32(out, static_cast<std::uint32_t>(entries_.size()));
  put_u32(out, static_cast<std::uint32_t>(targets_.size()));
  put_u32(out, static_cast<std::uint32_t>(target_words_.size()));
  put_u32(out, static_cast<std::uint32_t>(pool_.size()));
  for (const Entry& e : entries_) {
    put_u32(out, e.source_offset);
    put_u32(out, e.source_length);
    put_u32(out, e.first_target);
    put_u32(out, e.target_count);
  }
  for (const std::uint32_t id : targets_) put_u32(out, id);
  for (const auto& [offset, length] : target_words_) {
    put_u32(out, offset);
    put_u32(out, length);
  }
  out += pool_;
  std::filesystem::create_directories(std::filesystem::absolute(path).parent_path());
  write_file_atomically(path, out);
}

bool BilingualLexicon::is_current(const std::string& path, const LexiconSources& sources) {
  const std::string expected = sources.fingerprint();
  std::string head(kFileHeader.size() + 4 + expected.size(), '\0');
  std::ifstream in(path, std::ios::binary);
  if (!in.read(head.data(), static_cast<std::streamsize>(head.size()))) return false;
  std::size_t pos = kFileHeader.size();
  return head.compare(0, pos, kFileHeader) == 0 && get_u32(head, pos, path) == expected.size() &&
         head.compare(pos, std::string::npos, expected) == 0;
}

BilingualLexicon BilingualLexicon::load(const std::string& path) { return parse(read_file_bytes(path), path); }

BilingualLexicon BilingualLexicon::parse(const std::string& in, const std::string& path) {
  if (in.compare(0, kFileHeader.size(), kFileHeader) != 0) {
    throw InputError(Location::at_byte(path, 0), "not a sverka lexicon file (rebuild it with 'sverka lexicon build')");
  }
  std::size_t pos = kFileHeader.size();
  BilingualLexicon lexicon;
  const std::uint32_t sources = get_u32(in, pos, path);
  if (in.size() - pos < sources) throw InputError(Location::at_byte(path, pos), "truncated lexicon file");
  lexicon.sources_ = in.substr(pos, sources);
  pos += sources;
  const std::uint32_t entries = get_u32(in, pos, path);
  const std::uint32_t targets = get_u32(in, pos, path);
  const std::uint32_t target_words = get_u32(in, pos, path);
  const std::uint32_t pool = get_u32(in, pos, path);
  if (in.size() != pos + 16ULL * entries + 4ULL * targets + 8ULL * target_words + pool) {
    throw InputError(Location::at_byte(path, pos), "lexicon file has the wrong size: truncated or corrupt");
  }
  lexicon.entries_.resize(entries);
  for (Entry& e : lexicon.entries_) {
    e.source_offset = get_u32(in, pos, path);
    e.source_length = get_u32(in, pos, path);
    e.first_target = get_u32(in, pos, path);
    e.target_count = get_u32(in, pos, path);
  }
  lexicon.targets_.resize(targets);
  for (std::uint32_t& id : lexicon.targets_) id = get_u32(in, pos, path);
  lexicon.target_words_.resize(target_words);
  for (auto& [offset, length] : lexicon.target_words_) {
    offset = get_u32(in, pos, path);
    length = get_u32(in, pos, path);
  }
  lexicon.pool_ = in.substr(pos);
  const auto corrupt = [&] {
    return InputError(Location::at_byte(path, 0), "lexicon entry out of range: corrupt file");
  };
  for (const Entry& e : lexicon.entries_) {
    if (static_cast<std::uint64_t>(e.source_offset) + e.source_length > pool ||
        static_cast<std::uint64_t>(e.first_target) + e.target_count > targets) {
      throw corrupt();
    }
  }
  for (const std::uint32_t id : lexicon.targets_) {
    if (id >= target_words) throw corrupt();
  }
  for (const auto& [offset, length] : lexicon.target_words_) {
    if (static_cast<std::uint64_t>(offset) + length > pool) throw corrupt();
  }
  return lexicon;
}

std::span<const std::uint32_t> BilingualLexicon::translation_ids(std::string_view source_word) const {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), source_word,
                                   [this](const Entry& e, std::string_view word) {
                                     return pool_view(e.source_offset, e.source_length) < word;
                                   });
  if (it == entries_.end() || pool_view(it->source_offset, it->source_length) != source_word) return {};
  return std::span<const std::uint32_t>(targets_).subspan(it->first_target, it->target_count);
}

std::vector<std::string_view> BilingualLexicon::translations(std::string_view source_word) const {
  std::vector<std::string_view> result;
  for (const std::uint32_t id : translation_ids(source_word)) result.push_back(target_word(id));
  return result;
}

std::string_view BilingualLexicon::target_word(std::uint32_t id) const {
  return pool_view(target_words_[id].first, target_words_[id].second);
}

std::optional<std::uint32_t> BilingualLexicon::target_id(std::string_view word) const {
  const auto it = std::lower_bound(target_words_.begin(), target_words_.end(), word,
                                   [this](const std::pair<std::uint32_t, std::uint32_t>& target, std::string_view w) {
                                     return pool_view(target.first, target.second) < w;
                                   });
  if (it == target_words_.end() || pool_view(it->first, it->second) != word) return std::nullopt;
  return static_cast<std::uint32_t>(it - target_words_.begin());
}

}  // namespace sverka
