// keyproj init: creates (or opens) the database and brings its schema up to date.

#include <ostream>

#include "cli/command.h"
#include "store/migrator.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals& g, Io& io) {
  Database db = create_database(g);
  const auto applied = applied_migrations(db);
  io.confirm << trf("database {} is ready at schema version {}", db.name(), applied.empty() ? 0 : applied.back().version)
             << "\n";
  return 0;
}

}  // namespace

extern const Command init_command{"init", "", N_("create the database (or open it) and apply its migrations"),
                                  declare, run};

}  // namespace keyproj
