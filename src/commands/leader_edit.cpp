// keyproj leader edit ID [--name] [--title] [--phone]: a leader's facts put right, or a new post.
// Each change is audited; a change of name or title shows in the history of each project the
// leader is responsible for.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/leaders.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("leader", po::value<std::string>(), tr("the leader's id, as 'leader list' shows it (or a name only one has)"))
      ("name", po::value<std::string>(), tr("the leader's name"))
      ("title", po::value<std::string>(), tr("the leader's post, e.g. 副市长"))
      ("phone", po::value<std::string>(), tr("a phone number; '' clears it"));
  p.add("leader", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "leader");
  LeaderEdit e;
  if (args.count("name")) e.name = required_field(args, "name");
  if (args.count("title")) e.title = required_field(args, "title");
  if (auto phone = field_option(args, "phone")) e.phone = phone->empty() ? Text() : Text(*phone);
  if (!e.name && !e.title && !e.phone)
    throw usage_error(tr("leader edit needs a field to change: --name, --title or --phone"));
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Leader l = resolve_leader(db, which);
  const auto changed = edit_leader(db, l, e, g.user);
  tx.commit();
  if (changed.empty()) io.confirm << trf("leader {} {}: nothing changed", l.id, l.name) << "\n";
  else io.confirm << trf("edited leader {} {}", l.id, e.name.value_or(l.name)) << "\n";
  return 0;
}

}  // namespace

extern const Command leader_edit_command{"leader edit", "ID", N_("change a leader's name, title or phone"), declare,
                                         run};

}  // namespace keyproj
