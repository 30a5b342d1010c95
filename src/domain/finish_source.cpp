#include "domain/finish_source.h"

#include <array>

namespace keyproj {
namespace {

struct SourceInfo {
  std::string_view word;
  std::string_view zh;
};

constexpr std::array<SourceInfo, 3> kSources{{
    {"stated", "规划载明"},
    {"plan", "规划期末"},
    {"officer", "项目办填报"},
}};

}  // namespace

std::optional<std::string_view> finish_source_from_name(std::string_view name) {
  for (const auto& s : kSources)
    if (s.word == name || s.zh == name) return s.word;
  return std::nullopt;
}

std::optional<std::string_view> finish_source_name_zh(std::string_view word) {
  for (const auto& s : kSources)
    if (s.word == word) return s.zh;
  return std::nullopt;
}

}  // namespace keyproj
