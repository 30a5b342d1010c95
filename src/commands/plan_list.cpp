// keyproj plan list [--year Y] [filters]: the annual plan's entries, by year then code, with
// each project's stage and start as of the as-of date.

#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "store/plans.h"
#include "view/plan_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()("year", po::value<std::string>(), tr("only this year's list, e.g. 2026"));
  declare_filter_options(o, Search::Yes);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  std::optional<int> year;
  if (auto y = text_option(args, "year")) year = parse_plan_year(*y, "year");
  PortfolioFilter filter = portfolio_filter(args, g.as_of);
  Database db = open_database(g);
  // As for project list: a mistyped region or owner must not look like an empty list.
  require_known(db, filter);
  auto writer = make_row_writer(g.format, io.out, plan_list_columns(), g.style);
  for_each_plan(db, year, filter,
                [&](const PlanEntryRow& row) { writer->row(plan_list_cells(row, g.format, g.style.lang)); });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command plan_list_command{"plan list", "", N_("the annual plan's entries (filters: year, region, stage, …)"),
                                       declare, run};

}  // namespace keyproj
