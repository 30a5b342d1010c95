#pragma once
// How glibc's heap is set up before a command runs.

#include <cstddef>
#include <cstdint>

namespace keyproj {

// Pages of the heap made resident ahead of use.
struct HeapPages {
  std::uintptr_t start = 0;
  std::size_t size = 0;
};

// What a short command touches of the heap before it prints: `project show` at L about 180
// pages (SQLite's page cache, the schema, the statements).
inline constexpr std::size_t kWarmHeapBytes = std::size_t{1} << 20;

// Keeps spare memory at the heap's top (M_TOP_PAD, M_TRIM_THRESHOLD) and makes the first
// `warm` bytes that the next allocations will take resident in one request. Returns those
// pages; none where the heap is not glibc's (a sanitizer's allocator) or the kernel cannot
// (Linux before 5.14).
HeapPages prepare_heap(std::size_t warm = kWarmHeapBytes);

}  // namespace keyproj
