#include "util/huge_page_heap.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <numeric>
#include <string>
#include <vector>

using namespace sverka;

namespace {
// Whether a mapping of this process carries the kernel's huge page advice
// ("hg" among its VmFlags).
bool some_mapping_advised_huge() {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  while (std::getline(smaps, line)) {
    if (line.rfind("VmFlags:", 0) == 0 && line.find(" hg") != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("the heap is advised onto huge pages in whole 2 MB pages, and allocation goes on as before") {
  const std::size_t advised = back_heap_with_huge_pages(std::size_t{16} << 20);
  CHECK(advised % (std::size_t{2} << 20) == 0);
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
  CHECK(advised > 0);
  CHECK(some_mapping_advised_huge());
#else
  CHECK(advised == 0);  // a sanitizer's allocator has no glibc heap to grow
#endif
  std::vector<long> numbers(1 << 20);
  std::iota(numbers.begin(), numbers.end(), 0L);
  CHECK(std::accumulate(numbers.begin(), numbers.end(), 0L) == (1L << 20) * ((1L << 20) - 1) / 2);
}
