#pragma once
// A file compiled into the binary by cmake/Embed.cmake.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace keyproj {

// FNV-1a, 64 bits: a constant expression, so that the compiler can hash an embedded file.
constexpr std::uint64_t fnv1a(const unsigned char* bytes, std::size_t size) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < size; ++i) {
    h ^= bytes[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

struct EmbeddedFile {
  std::string_view path;     // relative to the embedded folder, e.g. "0001_schema.sql"
  std::string_view content;  // the bytes, unchanged
  // fnv1a of the content, for files embedded HASHED (the migrations): computed as the binary is
  // compiled, not each time it starts.
  std::optional<std::uint64_t> hash = std::nullopt;
};

}  // namespace keyproj
