// keyproj plan list [--year Y] [filters]: the annual plan's entries, by year then code, with
// each project's stage and start as of the as-of date; --out FILE.xlsx writes it as a workbook
// for people, under a title row naming the as-of date and the filters.

#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "store/plans.h"
#include "view/plan_view.h"
#include "util/translate.h"
#include "view/sheet_title.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()("year", po::value<std::string>(), tr("only this year's list, e.g. 2026"));
  declare_filter_options(o, Search::Yes);
  declare_out_option(o);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  std::optional<int> year;
  if (auto y = text_option(args, "year")) year = parse_plan_year(*y, "year");
  PortfolioFilter filter = portfolio_filter(args, g.as_of);
  Output output(args, g);
  Database db = open_database(g);
  // As for project list: a mistyped region or owner must not look like an empty list.
  require_known(db, filter);
  const Lang lang = g.style.lang;
  const bool zh = lang == Lang::Zh;
  const std::string what = zh ? (year ? std::to_string(*year) + "年度重点项目计划" : "年度重点项目计划")
                              : (year ? "Annual plan " + std::to_string(*year) : std::string("Annual plans"));
  auto writer = output.rows(io, plan_list_columns(), g.style,
                            {zh ? "年度计划" : "plans", lang, true, sheet_title(what, g.as_of, filter_pieces(filter, lang), lang)});
  for_each_plan(db, year, filter,
                [&](const PlanEntryRow& row) { writer->row(plan_list_cells(row, output.format(), lang)); });
  writer->finish();
  output.commit();
  return 0;
}

}  // namespace

extern const Command plan_list_command{"plan list", "", N_("the annual plan's entries (filters: year, region, stage, …)"),
                                       declare, run};

}  // namespace keyproj
