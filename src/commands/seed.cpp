// keyproj seed: loads the portfolio of the five plans (seed/, compiled in) in one transaction.
// Running it again adds what is missing and refreshes provenance; it never duplicates a row
// nor overwrites what officers changed or logged since.

#include <ostream>

#include "cli/command.h"
#include "seed/portfolio.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals& g, Io& io) {
  const auto regions = read_portfolio(builtin_seed_files());
  Database db = open_database(g);
  WriteTransaction tx(db);
  const SeedCounts c = apply_portfolio(db, regions, g.as_of.iso(), g.user);
  tx.commit();
  io.confirm << "seeded " << regions.size() << " plans: " << c.projects_added << " projects added, "
             << c.projects_refreshed << " refreshed, " << c.projects_unchanged << " unchanged; " << c.plans_added
             << " plans, " << c.programs_added << " programmes and " << c.milestones_added << " milestones added\n";
  return 0;
}

}  // namespace

extern const Command seed_command{"seed", "", "load the key projects of the five plans (safe to run again)", declare,
                                  run};

}  // namespace keyproj
