#pragma once
// The rows `keyproj report --year` sums: every project of a year's list that the filter selects,
// with its group and its figures as of the as-of date, read in group order so that groups can
// be summed as they stream past.

#include <functional>

#include "domain/year_tally.h"
#include "store/database.h"
#include "store/portfolio_filter.h"
#include "store/report.h"
#include "util/date.h"

namespace keyproj {

// Calls `fn` for every project in `year`'s list that `filter` selects (in the portfolio on
// `as_of`), ordered by group then code. Its figures are those of `as_of` (store/as_of.h):
// completed this year sums its reports dated from 1 January of `year` to `as_of`.
void for_each_year_project(Database& db, int year, ReportBy by, const PortfolioFilter& filter, Date as_of,
                           const std::function<void(const ReportGroup& group, const YearProject& p)>& fn);

}  // namespace keyproj
