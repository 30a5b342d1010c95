#pragma once
// The bulletin (view/bulletin.h) as JSON, for `bulletin --format json`: the sums in the very
// rows `report --format json` and `report --year … --format json` print for the same as-of date
// and filters (so that a program, or a test, can hold one against the other), and the lists with
// how many each left out.

#include <nlohmann/json.hpp>

#include "domain/light.h"
#include "util/translate.h"
#include "view/bulletin.h"

namespace keyproj {

nlohmann::ordered_json bulletin_json(const Bulletin& b, const LightThresholds& t, Lang lang);

}  // namespace keyproj
