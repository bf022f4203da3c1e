// Transparent huge pages for the process heap.
//
// A run touches its memory once: aligning 10,000 lines a side fills about
// 90 MB of fresh heap, which on 4 KB pages is 23,000 page faults, a fifth
// of the run's time on a virtual machine. glibc backs its heap with 2 MB
// pages only when the environment asks (GLIBC_TUNABLES=
// glibc.malloc.hugetlb=1), which a program cannot do for itself; where
// the kernel gives huge pages on request only ("madvise", Debian's
// default), the program asks for its heap itself, as KenLM does for its
// models.
#pragma once

#include <cstddef>

namespace sverka {

// Grows the heap by about `bytes` once, asks the kernel to back that
// stretch with huge pages, and keeps it for later allocations (glibc no
// longer gives freed heap back, and takes blocks up to 32 MB from the heap
// rather than from mappings of their own). Returns the bytes advised: 0
// where there is no glibc heap to grow (another allocator, a sanitizer)
// or the kernel refuses. Call once, early in main(), before any thread.
std::size_t back_heap_with_huge_pages(std::size_t bytes);

}  // namespace sverka
