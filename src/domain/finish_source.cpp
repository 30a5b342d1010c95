#include "domain/finish_source.h"

#include <array>

#include "domain/word_names.h"

namespace keyproj {
namespace {

constexpr std::array<WordName, 3> kSources{{
    {"stated", "规划载明"},
    {"plan", "规划期末"},
    {"officer", "项目办填报"},
}};

}  // namespace

std::optional<std::string_view> finish_source_from_name(std::string_view name) { return word_named(kSources, name); }

std::optional<std::string_view> finish_source_name_zh(std::string_view word) { return chinese_of(kSources, word); }

}  // namespace keyproj
