#include "cli/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace keyproj {

HeapPages prepare_heap(std::size_t warm) {
  // SQLite allocates and frees a statement's journal at each write inside a transaction; with
  // glibc's defaults the top of the heap is handed back to the kernel and asked for again each
  // time, a pair of system calls and fresh pages for every row an import writes. Keeping a few
  // megabytes spare takes a quarter off an import's time and nothing off its peak memory
  // (bench/README.md).
  constexpr std::size_t kTopPad = std::size_t{4} << 20;
  mallopt(M_TOP_PAD, static_cast<int>(kTopPad));
  mallopt(M_TRIM_THRESHOLD, 16 << 20);

  // Each page the heap hands out is a page fault when first touched: 13 µs on the virtual
  // machines keyproj was measured on, where the kernel makes 256 pages resident in one request
  // for 0.2 ms (bench/README.md). An allocation larger than what the heap's top holds, yet
  // under glibc's threshold for a mapping of its own (128 KB), grows the heap by M_TOP_PAD;
  // the pages from there on are the ones the command's allocations take next.
  HeapPages pages;
  void* probe = std::malloc(120 * 1024);
  if (!probe) return pages;
  const long page = sysconf(_SC_PAGESIZE);
  const auto start = reinterpret_cast<std::uintptr_t>(probe) & ~static_cast<std::uintptr_t>(page - 1);
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // Not glibc's heap (a sanitizer's allocator maps its own), or not where this expects it.
  if (start < end && end - start <= 2 * kTopPad) {
    const std::size_t size = std::min<std::size_t>(end - start, warm);
    if (madvise(reinterpret_cast<void*>(start), size, MADV_POPULATE_WRITE) == 0) pages = {start, size};
  }
  std::free(probe);
  return pages;
}

}  // namespace keyproj
