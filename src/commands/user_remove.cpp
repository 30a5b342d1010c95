// keyproj user remove NAME: takes a user's role in this shared portfolio away, and their
// privileges on it (admins; PostgreSQL). What they wrote stays, under their name.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "domain/user_name.h"
#include "store/users.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("name", po::value<std::string>(), tr("the user's login role"));
  p.add("name", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string name = clean_role_name(required_text(args, "name"), "name");
  Database db = open_database(g);
  WriteTransaction tx(db);
  remove_user(db, name);
  tx.commit();
  io.confirm << trf("removed user {}", name) << "\n";
  return 0;
}

}  // namespace

extern const Command user_remove_command{"user remove", "NAME",
                                         N_("take a user's role in a shared portfolio away (admins; PostgreSQL)"),
                                         declare, run};

}  // namespace keyproj
