// keyproj problem resolve ID --note T [--date D]: 销号, the problem closed with what was done.

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
  o.add_options()("note", po::value<std::string>(), tr("what was done to solve it"));
  declare_entry_date(o, tr("the day it was resolved"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  const std::string note = required_field(args, "note", Lines::Many);
  const std::string date = entry_date(args, g.as_of);
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Problem p = problem_by_id(db, id);
  resolve_problem(db, p, note, date, g.user);
  tx.commit();
  io.confirm << trf("problem {} of {} resolved on {}", p.id, p.project_code, date) << "\n";
  return 0;
}

}  // namespace

extern const Command problem_resolve_command{"problem resolve", "ID", N_("close out a problem (销号) with what was done"),
                                             declare, run};

}  // namespace keyproj
