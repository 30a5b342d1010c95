// keyproj milestone edit ID --title T: a milestone's title put right. The title is cleaned as
// `milestone add` cleans it; the old one is in the history.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "store/milestone_undo.h"
#include "view/milestone_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  declare_milestone_id(o, p);
  o.add_options()
      ("title", po::value<std::string>(), tr("the new title"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string id = required_text(args, "id");
  const std::string title = required_field(args, "title");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Milestone m = milestone_by_id(db, id);
  if (!retitle_milestone(db, m, title, g.user)) {
    io.confirm << trf("milestone {} of {}: nothing changed", m.id, m.project_code) << "\n";
    return 0;
  }
  tx.commit();
  io.confirm << trf("milestone {} of {} retitled: {} → {}", m.id, m.project_code, m.title, title) << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_edit_command{"milestone edit", "ID", N_("change a milestone's title"), declare, run};

}  // namespace keyproj
