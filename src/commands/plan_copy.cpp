// keyproj plan copy --from 2025 --to 2026: the next year's list begins as this year's, carried
// over: the projects not completed, operating or cancelled, those started as continuing, the
// others in their class, with no plan amount, start or finish, for the officer to fill in.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "domain/annual_plan.h"
#include "store/plans.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("from", po::value<std::string>(), tr("the year whose list is carried over"))
      ("to", po::value<std::string>(), tr("the year it is carried to"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const int from = parse_plan_year(required_text(args, "from"), "from");
  const int to = parse_plan_year(required_text(args, "to"), "to");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const PlanCopy c = copy_plans(db, from, to, g.user);
  tx.commit();
  io.confirm << trnf("carried {0} project over from {1} to {2} with no plan amount; {3} completed, operating or "
                     "cancelled stay behind; {4} already in the {2} plan kept as they are",
                     "carried {0} projects over from {1} to {2} with no plan amount; {3} completed, operating or "
                     "cancelled stay behind; {4} already in the {2} plan kept as they are",
                     static_cast<unsigned long>(c.carried), from, to, c.finished, c.already)
             << "\n";
  return 0;
}

}  // namespace

extern const Command plan_copy_command{"plan copy", "", N_("carry a year's plan over to the next (audited)"), declare,
                                       run};

}  // namespace keyproj
