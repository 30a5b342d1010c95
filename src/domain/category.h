#pragma once
// A project's category (seed/README.md lists them): stored as its English code (logistics,
// cold_chain …), typed in either language. A category is free text: a word outside the list is
// kept as it was typed. The Chinese names live here only: the views show them, and the same
// names are typed back.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/word_names.h"

namespace keyproj {

// Every known category, in the order of seed/README.md.
std::span<const WordName> known_categories();

// The code of a known category named by its code or its Chinese name ("物流" → "logistics").
std::optional<std::string_view> category_from_name(std::string_view name);
// What to store for a category as typed: a known one's code, anything else as it is.
std::string category_stored(std::string_view typed);
// A known code's Chinese name ("logistics" → "物流"); none for a word outside the list.
std::optional<std::string_view> category_name_zh(std::string_view code);

}  // namespace keyproj
