// keyproj project archive PROJECT: hides a project from lists and reports. It stays in the
// database with its reports and history, and `project show CODE` still finds it.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/projects.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("project", po::value<std::string>(), tr("code or a unique part of the name"));
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  if (p.archived) throw rejected(trf("project {} is already archived", quote(p.code)));
  archive_project(db, p, g.as_of.iso(), g.user);
  tx.commit();
  io.confirm << trf("archived {} {}", p.code, p.name_zh) << "\n";
  return 0;
}

}  // namespace

extern const Command project_archive_command{"project archive", "PROJECT",
                                             N_("hide a project from lists and reports (it stays in the database)"),
                                             declare, run};

}  // namespace keyproj
