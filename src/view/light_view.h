#pragma once
// How a traffic light reads: "red"/"amber"/"green" in CSV and JSON, 红/黄/绿 in a Chinese table,
// in colour on a terminal, and with its reasons on a project's card.

#include <optional>
#include <string>
#include <string_view>

#include "cli/globals.h"
#include "domain/light.h"
#include "output/row_writer.h"

namespace keyproj {

// The light as a table shows it in `lang`.
std::string light_label(Light l, Lang lang);
// A cell for `l`: the label in a table, the English name in CSV and JSON; for no light, a
// missing cell ("—" in a table, empty in CSV, null in JSON).
Cell light_cell(std::optional<Light> l, const Globals& g);
// The light column of a listing, painted on a colour terminal.
Column light_column();
// The SGR colour of a light's label or name ("31" red, "33" amber, "32" green), "" otherwise.
std::string_view light_sgr(std::string_view text);
// `text` in the light's colour when `color` is set.
std::string painted(std::string_view text, bool color);

// Why the light of `facts` is what it is: "planned finish 2025-12-31 has passed; no report for
// 75 days (more than 60)"; empty for green and for no light.
std::string light_reasons(const LightFacts& facts, const LightThresholds& t, const Project& p, Lang lang);

// "red: planned finish 2025-12-31 has passed; no report for 75 days (more than 60)", the
// light's label in colour when `color` is set.
std::string light_explained(const LightFacts& facts, const LightThresholds& t, const Project& p, Lang lang,
                            bool color);

}  // namespace keyproj
