#include "align/crossed_anchors.h"

#include <catch2/catch.hpp>

#include "align/aligner.h"
#include "align_fixtures.h"

using namespace sverka;
using align::Bead;
using testing::has_bead;

namespace {

constexpr std::uint32_t kNumber = 9000;  // a key no sentence of parallel_document() has

// Adds `key` as one more content token of `sentence`, a number when asked.
void add_token(align::SentenceFeatures& sentence, std::uint32_t key, bool number) {
  std::vector<std::uint32_t> words = sentence.words;
  words.push_back(key);
  sentence = testing::sentence(sentence.length + 5, words);
  if (number) sentence.number_bits = 1ULL << (words.size() - 1);
}

// A document whose source sentence 4 carries a token that the translation
// put into target sentence 5 (the clause moved across the sentence end).
align::DocumentFeatures moved_across(bool number) {
  align::DocumentFeatures doc = testing::parallel_document(10);
  add_token(doc.source[4], kNumber, number);
  add_token(doc.target[5], kNumber, number);
  return doc;
}

align::Alignment one_to_one(std::uint32_t size) {
  align::Alignment alignment;
  for (std::uint32_t i = 0; i < size; ++i) alignment.push_back(Bead{i, 1, i, 1, 0});
  return alignment;
}

}  // namespace

TEST_CASE("a number moved across a sentence end merges the two beads") {
  const align::Alignment merged = align::merge_crossed_beads(moved_across(true), one_to_one(10));
  CHECK(merged.size() == 9);
  CHECK(has_bead(merged, 4, 2, 4, 2));
  CHECK(has_bead(merged, 3, 1, 3, 1));
  CHECK(has_bead(merged, 6, 1, 6, 1));
}

TEST_CASE("a moved word is not enough to merge") {
  // Words recur and translate loosely: only a number is kept reliably.
  const align::Alignment merged = align::merge_crossed_beads(moved_across(false), one_to_one(10));
  CHECK(merged.size() == 10);
}

TEST_CASE("a number matched in its own bead is not moved") {
  align::DocumentFeatures doc = moved_across(true);
  add_token(doc.target[4], kNumber, true);  // the year said again in the next sentence
  const align::Alignment merged = align::merge_crossed_beads(doc, one_to_one(10));
  CHECK(merged.size() == 10);
}

TEST_CASE("no number is traded across a paragraph break both sides have") {
  align::DocumentFeatures doc = moved_across(true);
  doc.has_paragraphs = true;
  doc.source[5].paragraph_start = doc.target[5].paragraph_start = true;
  CHECK(align::merge_crossed_beads(doc, one_to_one(10)).size() == 10);
  doc.target[5].paragraph_start = false;  // one side's break only: a moved clause may cross it
  CHECK(align::merge_crossed_beads(doc, one_to_one(10)).size() == 9);
}

TEST_CASE("two different numbers missing on either side are no trade") {
  align::DocumentFeatures doc = testing::parallel_document(10);
  add_token(doc.source[4], kNumber, true);
  add_token(doc.target[5], kNumber + 1, true);
  const align::Alignment merged = align::merge_crossed_beads(doc, one_to_one(10));
  CHECK(merged.size() == 10);
}

TEST_CASE("beads are not merged into a shape the search never makes") {
  align::Alignment alignment = one_to_one(10);
  // 4-5 as a 3-2 bead: with 5-5 it would be 4-3.
  alignment.erase(alignment.begin() + 2, alignment.begin() + 5);
  alignment.insert(alignment.begin() + 2, Bead{2, 3, 2, 3, 0});
  const align::Alignment merged = align::merge_crossed_beads(moved_across(true), alignment);
  CHECK(has_bead(merged, 2, 3, 2, 3));
  CHECK(has_bead(merged, 5, 1, 5, 1));
}

TEST_CASE("a number is not traded with an omitted sentence") {
  align::Alignment alignment = one_to_one(4);
  alignment.push_back(Bead{4, 1, 4, 0, 0});
  alignment.push_back(Bead{5, 0, 4, 1, 0});
  for (std::uint32_t i = 5; i < 10; ++i) alignment.push_back(Bead{i, 1, i, 1, 0});
  const align::Alignment merged = align::merge_crossed_beads(moved_across(true), alignment);
  CHECK(merged.size() == alignment.size());
}

TEST_CASE("the aligner pairs a moved number's two sentences as one bead") {
  const align::Alignment alignment = align::align_document(moved_across(true), {});
  CHECK(has_bead(alignment, 4, 2, 4, 2));
  CHECK(has_bead(alignment, 3, 1, 3, 1));
}
