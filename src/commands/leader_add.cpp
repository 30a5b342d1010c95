// keyproj leader add --name NAME --title TITLE [--phone P]: a responsible leader (包保领导).
// Prints the new id alone, for scripts: two leaders may share a name, and the id tells them apart.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/leaders.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("name", po::value<std::string>(), tr("the leader's name, e.g. 张伟"))
      ("title", po::value<std::string>(), tr("the leader's post, e.g. 副市长"))
      ("phone", po::value<std::string>(), tr("a phone number (shown on cards; in exports only with --contacts)"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  Leader leader;
  leader.name = required_field(args, "name");
  leader.title = required_field(args, "title");
  leader.phone = filled_text_option(args, "phone");
  Database db = open_database(g);
  WriteTransaction tx(db);
  const auto id = add_leader(db, leader, g.user);
  tx.commit();
  io.out << id << "\n";
  return 0;
}

}  // namespace

extern const Command leader_add_command{"leader add", "", N_("add a responsible leader (包保领导); prints the id"),
                                        declare, run};

}  // namespace keyproj
