#pragma once
// An audit row's change as people read it: "budget_yuan: 1.5亿元 → 2亿元", one piece per field.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace keyproj {

// One piece per field that differs between `before` and `after` (JSON objects, or null when
// nothing was there before or after). A new record lists its fields that hold a value as
// "field: value"; a change reads "field: before → after". Money fields (*_yuan) read in 万元/亿元,
// missing values as "—".
std::vector<std::string> change_pieces(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

// The same for the audit trail's stored JSON text ("" for none).
std::vector<std::string> stored_change_pieces(const std::string& before, const std::string& after);

}  // namespace keyproj
