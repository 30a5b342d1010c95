// keyproj project unarchive PROJECT: undoes an archive made by mistake. The project is back in
// lists, reports and exports, on every date, as if it had never been archived.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/projects.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("project", po::value<std::string>(), tr("the code of an archived project"));
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  Database db = open_database(g);
  WriteTransaction tx(db);
  // By code or a unique part of the name; an archived project is found by its code.
  const Project p = resolve_project(db, which);
  const std::string archived_on = unarchive_project(db, p, g.user);
  tx.commit();
  io.confirm << trf("unarchived {} {} (archived on {})", p.code, p.name_zh, archived_on) << "\n";
  return 0;
}

}  // namespace

extern const Command project_unarchive_command{"project unarchive", "PROJECT",
                                               N_("bring an archived project back into lists and reports"), declare, run};

}  // namespace keyproj
