// libFuzzer target: check_sheet over arbitrary bytes, read as a worksheet's XML or a shared-string
// table rather than as a zip, whose checksum random bytes would rarely pass (see properties.h).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string why = keyproj::fuzz::check_sheet(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!why.empty()) {
    std::fprintf(stderr, "check_sheet: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
