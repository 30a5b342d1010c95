// keyproj seed [--region R]: loads the portfolio of the five plans (seed/, compiled in), or of
// one city, in one transaction. Running it again adds what is missing, refreshes provenance
// and archives entries a later reading retired; it never duplicates a row nor overwrites what
// officers changed or logged since.

#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "seed/portfolio.h"
#include "store/regions.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()("region", po::value<std::string>(), tr("only this city: its code or name (TM, 天门, 天门市)"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  auto regions = read_portfolio(builtin_seed_files());
  Database db = open_database(g);
  if (const auto named = text_option(args, "region")) {
    const auto code = region_code_named(db, *named);
    if (!code || std::none_of(regions.begin(), regions.end(), [&](const SeedRegion& r) { return r.region == *code; }))
      throw usage_error(trf("--region {} is not a city of the seed; use one of {}", quote(*named), region_list(db)));
    std::erase_if(regions, [&](const SeedRegion& r) { return r.region != *code; });
  }
  WriteTransaction tx(db);
  const SeedCounts c = apply_portfolio(db, regions, g.as_of.iso(), g.user);
  tx.commit();
  auto plans = [](std::size_t n) { return trnf("{} plan", "{} plans", n); };
  io.confirm << trf("seeded {}: {} projects added, {} refreshed, {} unchanged, {} archived as retired; {}, {} "
                    "programmes and {} milestones added",
                    plans(regions.size()), c.projects_added, c.projects_refreshed, c.projects_unchanged,
                    c.projects_archived, plans(c.plans_added), c.programs_added, c.milestones_added)
             << "\n";
  return 0;
}

}  // namespace

extern const Command seed_command{"seed", "",
                                  N_("load the key projects of the five plans, or of one city (safe to run again)"),
                                  declare, run};

}  // namespace keyproj
