// keyproj problem reopen ID --reason T [--date D]: a resolved problem is open again.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/problem_options.h"
#include "store/problems.h"
#include "util/translate.h"
#include "view/problem_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  declare_problem_id(o, p);
  o.add_options()("reason", po::value<std::string>(), tr("why it is not solved after all"));
  declare_entry_date(o, tr("the day it was reopened"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  const std::string reason = required_field(args, "reason", Lines::Many);
  const std::string date = entry_date(args, g.as_of);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Problem p = problem_by_id(db, id);
  reopen_problem(db, p, reason, date, g.user);
  tx.commit();
  io.confirm << trf("problem {} of {} reopened on {}", p.id, p.project_code, date) << "\n";
  return 0;
}

}  // namespace

extern const Command problem_reopen_command{"problem reopen", "ID", N_("reopen a resolved problem"), declare, run};

}  // namespace keyproj
