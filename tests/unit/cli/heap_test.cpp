#include "cli/heap.h"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

// Defined when the AddressSanitizer's runtime is linked in. The tests' own code is compiled
// without the sanitizer (tests/CMakeLists.txt), so __SANITIZE_ADDRESS__ cannot tell.
extern "C" void __asan_init() __attribute__((weak));

namespace keyproj {
namespace {

TEST(Heap, ThePagesItWarmsAreTheHeapsAndResident) {
  const std::size_t asked = 256 * 1024;
  const HeapPages pages = prepare_heap(asked);
  if (&__asan_init != nullptr) {
    EXPECT_EQ(pages.size, 0u) << "the sanitizer's allocator maps its own memory, not glibc's heap";
    return;
  }
  ASSERT_GT(pages.size, 0u) << "MADV_POPULATE_WRITE needs Linux 5.14";
  EXPECT_LE(pages.size, asked);
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  EXPECT_EQ(pages.start % page, 0u);
  EXPECT_LE(pages.start + pages.size, reinterpret_cast<std::uintptr_t>(sbrk(0)));
  std::vector<unsigned char> resident((pages.size + page - 1) / page);
  ASSERT_EQ(mincore(reinterpret_cast<void*>(pages.start), pages.size, resident.data()), 0);
  for (std::size_t i = 0; i < resident.size(); ++i) EXPECT_TRUE(resident[i] & 1) << "page " << i;
}

TEST(Heap, TheHeapServesAllocationsAfterwards) {
  prepare_heap(64 * 1024);
  std::vector<void*> blocks;
  for (int i = 0; i < 100; ++i) {
    blocks.push_back(std::malloc(4000));
    ASSERT_NE(blocks.back(), nullptr);
    static_cast<char*>(blocks.back())[3999] = 1;
  }
  for (void* b : blocks) std::free(b);
}

}  // namespace
}  // namespace keyproj
