#pragma once
// A file compiled into the binary by cmake/Embed.cmake.

#include <span>
#include <string_view>

namespace keyproj {

struct EmbeddedFile {
  std::string_view path;     // relative to the embedded folder, e.g. "0001_schema.sql"
  std::string_view content;  // the bytes, unchanged
};

}  // namespace keyproj
