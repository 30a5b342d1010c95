#pragma once
// Who did not report (未报送) in a month of the monthly dispatch (调度): what the dry run of an
// updates import lists for each sheet, so that the officer sees which projects a county's
// sheet left out before the month is written.

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"
#include "util/date.h"

namespace keyproj {

// The codes, in order, of the projects active on `as_of` (planned, preparing or building then,
// and in the portfolio then) in the regions of the projects `named`, that have no report dated
// from `from` to `to` (a report in force or not: a corrected report was still reported).
// Reports written in the caller's transaction count, so an import asks after writing.
std::vector<std::string> unreported_codes(Database& db, const std::vector<std::int64_t>& named, const Date& from,
                                          const Date& to, const Date& as_of);

}  // namespace keyproj
