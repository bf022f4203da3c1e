// The ids of a document's match keys, one table per kind of key.
//
// Looking up a source token's candidate keys is the hottest part of
// featurization (a Russian word can have dozens of dictionary translations),
// so lookups take a string_view straight from the lexicon's pool: no key
// string is built unless a new key is created.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sverka {

enum class KeyKind : std::uint8_t {
  kWord,      // a target lemma
  kNumber,    // digits of a number
  kExact,     // a token's exact matching form
  kSkeleton,  // consonant skeleton of a name
};

class KeySpace {
 public:
  // The id of a key, created if new.
  std::uint32_t id(KeyKind kind, std::string_view text);
  // The id of an existing key, or nullptr.
  const std::uint32_t* find(KeyKind kind, std::string_view text) const;
  // The text of a key of the given kind, or "" for another kind.
  const std::string& text(std::uint32_t id, KeyKind kind) const;
  // Calls visit(text, id) for every key of a kind.
  template <typename Visit>
  void for_each(KeyKind kind, const Visit& visit) const {
    for (const auto& [text, id] : tables_[static_cast<std::size_t>(kind)]) visit(std::string_view(text), id);
  }
  void clear();
  std::uint32_t size() const { return next_id_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using Table = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;
  std::array<Table, 4> tables_;
  std::vector<std::pair<KeyKind, std::string>> by_id_;
  std::uint32_t next_id_ = 0;
};

}  // namespace sverka
