#include "align/search_band.h"

#include <catch2/catch.hpp>

using namespace sverka::align;

TEST_CASE("a diagonal band is monotone and reaches both corners") {
  const SearchBand band = diagonal_band(100, 50, 5);
  CHECK(band.lo.front() == 0);
  CHECK(band.hi.back() == 50);
  for (std::size_t i = 1; i < band.lo.size(); ++i) {
    CHECK(band.lo[i] >= band.lo[i - 1]);
    CHECK(band.hi[i] >= band.hi[i - 1]);
    CHECK(band.lo[i] <= band.hi[i - 1]);  // consecutive rows overlap
  }
  CHECK(band.cells() < 100 * 16);
}

TEST_CASE("a band around a path covers every column of a wide bead") {
  const Alignment path = {{0, 8, 0, 32, 0}, {8, 2, 32, 2, 0}};
  const SearchBand band = band_around(path, 10, 34, 2);
  CHECK(band.lo[4] == 0);
  CHECK(band.hi[4] >= 32);
  CHECK(band.near_edge(9, 34, 2, 34) == false);  // the matrix edge is not a band edge
}

TEST_CASE("closing a band reaches both corners and makes its bounds non-decreasing") {
  SearchBand band;
  band.lo = {2, 1, 3, 2};
  band.hi = {3, 2, 5, 4};
  close_band(band, 6);
  CHECK(band.lo == std::vector<std::uint32_t>{0, 1, 2, 2});
  CHECK(band.hi == std::vector<std::uint32_t>{3, 3, 5, 6});
}
