#include "util/huge_page_heap.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sverka {

#if defined(__linux__) && defined(__GLIBC__)

std::size_t back_heap_with_huge_pages(std::size_t bytes) {
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  // glibc's ceiling for heap blocks: larger ones are always mappings.
  constexpr std::size_t kLargestHeapBlock = std::size_t{32} << 20;
  constexpr std::size_t kStep = kLargestHeapBlock / 2;
  if (mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargestHeapBlock)) == 0) return 0;
  // Heap given back to the kernel would come back in small pages.
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(std::min<std::size_t>(bytes * 2, 1u << 30)));
  const auto start = reinterpret_cast<std::uintptr_t>(sbrk(0));
  std::vector<void*> blocks;
  blocks.reserve(bytes / kStep + 1);
  for (std::size_t grown = 0; grown < bytes; grown += kStep) {
    void* block = std::malloc(kStep);
    if (block == nullptr) break;
    blocks.push_back(block);
  }
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // Freed in reverse, the blocks merge into one free stretch at the top of
  // the heap, which later allocations are carved from.
  for (auto block = blocks.rbegin(); block != blocks.rend(); ++block) std::free(*block);
  const std::uintptr_t from = (start + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t to = end & ~(kHugePage - 1);
  if (to <= from || madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) != 0) return 0;
  return to - from;
}

#else

std::size_t back_heap_with_huge_pages(std::size_t) { return 0; }

#endif

}  // namespace sverka
