#include "align/aligner.h"

#include <catch2/catch.hpp>

#include "align_fixtures.h"

using namespace sverka;
using align::Bead;
using testing::has_bead;

TEST_CASE("a parallel document aligns one to one with high confidence") {
  const align::Alignment alignment = align::align_document(testing::parallel_document(30), {});
  REQUIRE(alignment.size() == 30);
  for (std::uint32_t i = 0; i < 30; ++i) {
    CHECK(alignment[i].same_span(Bead{i, 1, i, 1, 0}));
    CHECK(alignment[i].score > 0.8);
  }
}

TEST_CASE("a deleted sentence becomes a 1-0 bead") {
  align::DocumentFeatures doc = testing::parallel_document(20);
  doc.target.erase(doc.target.begin() + 7);
  const align::Alignment alignment = align::align_document(doc, {});
  CHECK(has_bead(alignment, 7, 1, 7, 0));
  CHECK(has_bead(alignment, 8, 1, 7, 1));
  CHECK(has_bead(alignment, 6, 1, 6, 1));
}

TEST_CASE("two target sentences merged into one become a 2-1 bead") {
  align::DocumentFeatures doc = testing::parallel_document(20);
  testing::join_targets(doc, 5, 2);
  const align::Alignment alignment = align::align_document(doc, {});
  CHECK(has_bead(alignment, 5, 2, 5, 1));
  CHECK(has_bead(alignment, 7, 1, 6, 1));
}

TEST_CASE("three source sentences translated as one become a 3-1 bead") {
  align::DocumentFeatures doc = testing::parallel_document(20);
  doc.target[10] = testing::sentence(doc.target[10].length + doc.target[11].length + doc.target[12].length + 2,
                                     {100, 101, 102, 103, 110, 111, 112, 113, 120, 121, 122, 123});
  doc.target.erase(doc.target.begin() + 11, doc.target.begin() + 13);
  const align::Alignment alignment = align::align_document(doc, {});
  CHECK(has_bead(alignment, 10, 3, 10, 1));
}

TEST_CASE("three sentences whose clauses the translator moved across all three become a 3-3 bead") {
  align::DocumentFeatures doc = testing::parallel_document(20);
  // The first target sentence ends with the third source sentence's last
  // two words, the third with the first's: no smaller bead holds both.
  doc.target[10] = testing::sentence(doc.target[10].length, {100, 101, 102, 123, 124});
  doc.target[12] = testing::sentence(doc.target[12].length, {120, 121, 122, 103, 104});
  const align::Alignment alignment = align::align_document(doc, {});
  CHECK(has_bead(alignment, 10, 3, 10, 3));
  CHECK(has_bead(alignment, 9, 1, 9, 1));
  CHECK(has_bead(alignment, 13, 1, 13, 1));
}

TEST_CASE("long documents align through the band, following a drift") {
  // 2000 sentences with 60 extra target sentences inserted at 500: the
  // path leaves the diagonal by 60, far beyond the initial band.
  align::DocumentFeatures doc = testing::parallel_document(2000);
  for (std::uint32_t k = 0; k < 60; ++k) {
    doc.target.insert(doc.target.begin() + 500, testing::sentence(45, {900000 + k, 900100 + k}));
  }
  const align::Alignment alignment = align::align_document(doc, {});
  CHECK(has_bead(alignment, 499, 1, 499, 1));
  CHECK(has_bead(alignment, 500, 1, 560, 1));
  CHECK(has_bead(alignment, 1999, 1, 2059, 1));
}

TEST_CASE("a long insertion is found wherever it falls against the coarse blocks") {
  // The coarse path may place a jump a block early or late; the fine band
  // must still hold the true path.
  for (const std::uint32_t at : {497u, 500u, 504u, 512u, 515u}) {
    align::DocumentFeatures doc = testing::parallel_document(1200);
    for (std::uint32_t k = 0; k < 40; ++k) {
      doc.target.insert(doc.target.begin() + at, testing::sentence(45, {900000 + k, 900100 + k}));
    }
    const align::Alignment alignment = align::align_document(doc, {});
    INFO("insertion at " << at);
    CHECK(has_bead(alignment, at - 1, 1, at - 1, 1));
    CHECK(has_bead(alignment, at, 1, at + 40, 1));
  }
}

TEST_CASE("a long document searched in two halves is right across the split") {
  // 5,000 sentences are searched as two halves split at source row 2,500;
  // an insertion just before the split puts the split point off the path.
  align::DocumentFeatures doc = testing::parallel_document(5000);
  for (std::uint32_t k = 0; k < 30; ++k) {
    doc.target.insert(doc.target.begin() + 2490, testing::sentence(45, {900000 + k, 900100 + k}));
  }
  const align::Alignment alignment = align::align_document(doc, {});
  for (const std::uint32_t s : {2480u, 2489u}) CHECK(has_bead(alignment, s, 1, s, 1));
  for (const std::uint32_t s : {2490u, 2500u, 2501u, 2600u, 4999u}) CHECK(has_bead(alignment, s, 1, s + 30, 1));
}

TEST_CASE("empty sides give one-sided beads") {
  align::DocumentFeatures doc = testing::parallel_document(3);
  doc.target.clear();
  const align::Alignment alignment = align::align_document(doc, {});
  REQUIRE(alignment.size() == 3);
  CHECK(alignment[2].same_span(Bead{2, 1, 0, 0, 0}));
}

TEST_CASE("a preface one side lacks, longer than the coarse band reaches, is found through anchors") {
  // 700 target sentences before the text both sides share: the diagonal is
  // 700 sentences off the path at the start, beyond the coarse band's 64
  // from any guide and beyond what widening the fine band reaches; the
  // shared words unique to one sentence mark the path.
  align::DocumentFeatures doc = testing::parallel_document(3000);
  for (std::uint32_t k = 0; k < 700; ++k) {
    doc.target.insert(doc.target.begin(), testing::sentence(45, {900000 + k, 901000 + k}));
  }
  const align::Alignment alignment = align::align_document(doc, {});
  CHECK(has_bead(alignment, 0, 0, 0, 1));
  for (const std::uint32_t s : {0u, 1u, 1500u, 2999u}) CHECK(has_bead(alignment, s, 1, s + 700, 1));
}
