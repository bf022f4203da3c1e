#include "align/sentence_features.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;

TEST_CASE("a match key keeps its id and token bit, ordered by id and then bit") {
  const align::MatchKey largest(align::MatchKey::kMaxId, 63);
  CHECK(largest.id() == align::MatchKey::kMaxId);
  CHECK(largest.bit() == 63);
  CHECK(align::MatchKey(5, 0).id() == 5);
  CHECK(align::MatchKey(5, 63) < align::MatchKey(6, 0));
  CHECK(align::MatchKey(6, 1) < align::MatchKey(6, 2));
  CHECK(sizeof(align::MatchKey) == 4);
}

TEST_CASE("sorting keys orders them by id and drops repeats") {
  align::SentenceFeatures sentence;
  sentence.keys = {{7, 1}, {3, 0}, {7, 1}, {3, 2}};
  align::sort_keys(sentence);
  CHECK(sentence.keys == std::vector<align::MatchKey>{{3, 0}, {3, 2}, {7, 1}});
  // Keys added to a sorted sentence are sorted and merged in, repeats dropped.
  sentence.keys.insert(sentence.keys.end(), {{9, 0}, {3, 2}, {1, 1}});
  align::sort_keys(sentence, 3);
  CHECK(sentence.keys == std::vector<align::MatchKey>{{1, 1}, {3, 0}, {3, 2}, {7, 1}, {9, 0}});
}

TEST_CASE("key ids are counted up to the largest, and sentences per key once each") {
  align::DocumentFeatures doc;
  doc.source = {testing::sentence(10, {0, 4}), testing::sentence(10, {4}), testing::sentence(10, {})};
  doc.target = {testing::sentence(10, {9})};
  doc.source[0].keys.push_back({4, 1});  // a key two tokens of one sentence carry
  align::sort_keys(doc.source[0]);
  CHECK(align::key_count(doc) == 10);
  const std::vector<std::uint32_t> frequency = align::sentence_frequency(doc.source, align::key_count(doc));
  CHECK(frequency[0] == 1);
  CHECK(frequency[4] == 2);
  CHECK(frequency[9] == 0);
  const align::KeyFrequencies both = align::key_frequencies(doc);
  CHECK(both.source == frequency);
  CHECK(both.target == align::sentence_frequency(doc.target, align::key_count(doc)));
  CHECK(both.target[9] == 1);
}

TEST_CASE("work in halves covers every index once, on one thread or two") {
  for (const std::launch policy : {std::launch::deferred, std::launch::async}) {
    std::vector<int> seen(7, 0);
    align::in_halves(policy, seen.size(), [&](std::size_t begin, std::size_t end) {
      for (std::size_t k = begin; k < end; ++k) ++seen[k];
    });
    CHECK(seen == std::vector<int>(7, 1));
  }
}
