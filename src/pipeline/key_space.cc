#include "pipeline/key_space.h"

#include <stdexcept>

#include "align/sentence_features.h"

namespace sverka {

std::uint32_t KeySpace::id(KeyKind kind, std::string_view text) {
  Table& table = tables_[static_cast<std::size_t>(kind)];
  const auto found = table.find(text);
  if (found != table.end()) return found->second;
  // Some 67 million keys: tens of gigabytes of key text before the ids of
  // MatchKey run out, so a document this large fails here, plainly.
  if (next_id_ > align::MatchKey::kMaxId) {
    throw std::length_error("more distinct words, names and numbers than one document can align (" +
                            std::to_string(align::MatchKey::kMaxId + 1) + ")");
  }
  table.emplace(std::string(text), next_id_);
  by_id_.emplace_back(kind, std::string(text));
  return next_id_++;
}

const std::uint32_t* KeySpace::find(KeyKind kind, std::string_view text) const {
  const Table& table = tables_[static_cast<std::size_t>(kind)];
  const auto found = table.find(text);
  return found == table.end() ? nullptr : &found->second;
}

const std::string& KeySpace::text(std::uint32_t id, KeyKind kind) const {
  static const std::string none;
  return id < by_id_.size() && by_id_[id].first == kind ? by_id_[id].second : none;
}

void KeySpace::clear() {
  for (Table& table : tables_) table.clear();
  by_id_.clear();
  next_id_ = 0;
}

}  // namespace sverka
