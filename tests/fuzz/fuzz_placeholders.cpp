// libFuzzer target: check_placeholders over arbitrary bytes (see properties.h).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/properties.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string why = keyproj::fuzz::check_placeholders(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!why.empty()) {
    std::fprintf(stderr, "check_placeholders: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
