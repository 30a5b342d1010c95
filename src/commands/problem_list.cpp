// keyproj problem list [--open|--overdue|--all] [filters]: the problems of the portfolio as they
// stood on the as-of date; open ones by default.

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "store/problems.h"
#include "util/error.h"
#include "util/translate.h"
#include "view/problem_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("open", po::bool_switch(), tr("only problems open on the as-of date (the default)"))
      ("overdue", po::bool_switch(), tr("only open problems past their deadline"))
      ("all", po::bool_switch(), tr("resolved problems too"));
  declare_filter_options(o, Search::Yes);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const bool open = args["open"].as<bool>(), overdue = args["overdue"].as<bool>(), all = args["all"].as<bool>();
  if (int(open) + int(overdue) + int(all) > 1) throw usage_error(tr("give one of --open, --overdue and --all"));
  ProblemFilter f;
  f.status = overdue ? ProblemStatus::Overdue : all ? ProblemStatus::All : ProblemStatus::Open;
  f.portfolio = portfolio_filter(args, g.as_of);
  Database db = open_database(g);
  require_known(db, f.portfolio);
  const bool zh = g.style.lang == Lang::Zh;
  auto writer = make_row_writer(g.format, io.out, problem_columns(), g.style);
  for_each_problem(db, f, [&](const Problem& p) { writer->row(problem_cells(p, g.as_of, zh)); });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command problem_list_command{"problem list", "", N_("list problems: open, overdue or all"), declare, run};

}  // namespace keyproj
