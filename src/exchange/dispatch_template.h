#pragma once
// The monthly dispatch template (调度表) sent to counties: a row per active project, prefilled
// with what the office knows (the report day, the project, its county, owner, leader, stage,
// what it has invested, this year's plan and how much of it is done), and the cells a county
// fills in: the month's investment in 万元, 形象进度, the stage, 进展情况, 存在问题. Its headers
// are those of an updates import, so the filled sheet imports back as it is
// (`import FILE --what updates`): the prefilled columns are read past (columns.h, sheet_only),
// and a row whose fill-in cells are all blank is no report.

#include <string>
#include <vector>

#include "domain/model.h"
#include "exchange/columns.h"
#include "output/dispatch_workbook.h"
#include "output/row_writer.h"
#include "store/database.h"
#include "store/portfolio_filter.h"

namespace keyproj {

// The template's columns, in order: the headers an updates import reads.
std::vector<TemplateColumn> dispatch_columns();

// The template as CSV, for those who prefer it: the same columns, the headers (in --lang) naming
// 万元 for money (`key` holds the English header), money written in 万元 and the share of the
// plan as a percentage, as the workbook shows them.
std::vector<Column> dispatch_csv_columns();
std::vector<Cell> dispatch_csv_cells(std::vector<Cell> cells);

struct DispatchSheet {
  std::string region;  // region code
  std::string region_zh;
  Text county;  // with --by county: the county of its rows (none: the projects without one)
  std::vector<std::vector<Cell>> rows;  // one per project, dispatch_columns() long
};

struct DispatchRequest {
  PortfolioFilter filter;   // its as_of: the day the prefilled figures are taken on
  std::string report_day;   // the last day of the month reported on: the report date column
  bool by_county = false;   // a sheet per county of each region, else one for the whole list
  Lang words = Lang::Zh;    // the stage's name in the stage columns
};

// The active projects (planned, preparing or building on the as-of date) the filter selects, by
// code, as sheets: one, or one per region and county. No sheet when there is no such project.
std::vector<DispatchSheet> dispatch_sheets(Database& db, const DispatchRequest& request);

// The sheet's name (a tab: 31 characters at most, none of []:*?/\) and its title row: the
// city, the month and the day the figures are taken on.
std::string dispatch_sheet_name(const DispatchSheet& sheet, Lang lang);
std::string dispatch_title(const DispatchSheet& sheet, const std::string& report_day, const Date& as_of, Lang lang);

}  // namespace keyproj
