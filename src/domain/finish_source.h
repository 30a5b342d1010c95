#pragma once
// Where a project's planned finish date came from: stated in the plan's text (stated), the end
// of the plan's period (plan), or given by an officer (officer). Stored as the English word,
// read back in either language: a Chinese workbook names it 规划载明, 规划期末 or 项目办填报.

#include <optional>
#include <string_view>

namespace keyproj {

// The stored word of a finish source named by its word or its Chinese name.
std::optional<std::string_view> finish_source_from_name(std::string_view name);
std::optional<std::string_view> finish_source_name_zh(std::string_view word);

}  // namespace keyproj
