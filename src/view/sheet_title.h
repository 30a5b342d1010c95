#pragma once
// The title row of a workbook for people (report, overdue, plan list): what the sheet is, the
// date it is as of and the conditions in effect (the filters given, the overdue list's rules),
// in the reader's language, so that a sheet passed on still says what it holds.
// "Overdue list, as of 2026-11-22; region TM, stage building" or
// "逾期清单（截至2026-11-22；地区 TM，阶段 在建）".

#include <string>
#include <string_view>
#include <vector>

#include "store/overdue.h"
#include "store/portfolio_filter.h"
#include "util/date.h"
#include "util/translate.h"

namespace keyproj {

// One piece per filter `f` sets ("region TM", 地区 TM), in the order the options are listed.
std::vector<std::string> filter_pieces(const PortfolioFilter& f, Lang lang);

// The overdue list's filters, then its rules: the kinds when not all five, the least days late
// when more than one, the days after which a project is stale when stale projects are listed.
std::vector<std::string> overdue_pieces(const OverdueQuery& q, Lang lang);

// What, as of when, and the pieces.
std::string sheet_title(std::string_view what, const Date& as_of, const std::vector<std::string>& pieces, Lang lang);

}  // namespace keyproj
