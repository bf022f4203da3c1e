#include "pipeline/key_space.h"

#include <catch2/catch.hpp>

using namespace sverka;

TEST_CASE("keys get one id per kind and text, lookups never create") {
  KeySpace keys;
  const std::uint32_t word = keys.id(KeyKind::kWord, "strike");
  CHECK(keys.id(KeyKind::kWord, "strike") == word);
  CHECK(keys.id(KeyKind::kExact, "strike") != word);  // another kind, another key
  CHECK(keys.find(KeyKind::kNumber, "11") == nullptr);
  CHECK(keys.size() == 2);
  std::vector<std::pair<std::string, std::uint32_t>> words;
  keys.for_each(KeyKind::kWord, [&](std::string_view text, std::uint32_t id) { words.emplace_back(text, id); });
  CHECK(words == std::vector<std::pair<std::string, std::uint32_t>>{{"strike", word}});
  keys.clear();
  CHECK(keys.find(KeyKind::kWord, "strike") == nullptr);
}
