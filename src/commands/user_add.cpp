// keyproj user add NAME --role admin|officer|viewer [--region R [--county C]] [--password-stdin]:
// gives a login role of the server a role in this shared portfolio (PostgreSQL only; admins
// only). An officer writes the projects of their region, or of one county of it, and reads the
// rest; a viewer reads; an admin does everything, users, settings and the annual plan included.

#include <unistd.h>

#include <iostream>
#include <optional>
#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "domain/user_name.h"
#include "io/hidden_input.h"
#include "store/users.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("name", po::value<std::string>(), tr("the login role: an existing one, or one made now"))
      ("role", po::value<std::string>(), tr("admin, officer or viewer"))
      ("region", po::value<std::string>(), tr("an officer's region: code or name (TM, 天门)"))
      ("county", po::value<std::string>(), tr("narrows an officer's scope to one county of the region"))
      ("password-stdin", po::bool_switch(), tr("read the new role's password from the first line of standard input"));
  p.add("name", 1);
}

// The password on the first line of standard input, without its line end. Typed at a terminal,
// it is asked for and not shown.
std::string read_password(const std::string& name, std::ostream& err) {
  HiddenInput hidden(STDIN_FILENO);
  if (hidden.hiding()) err << trf("password for {}: ", name) << std::flush;
  const std::optional<std::string> line = first_line(std::cin);
  if (hidden.hiding()) err << "\n";
  if (!line) throw rejected(tr("password-stdin: standard input holds no password"));
  if (line->empty()) throw rejected(tr("password-stdin: the password is empty"));
  return *line;
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  PortfolioUser user;
  user.name = clean_role_name(required_text(args, "name"), "name");
  user.role = required_text(args, "role");
  if (user.role != "admin" && user.role != "officer" && user.role != "viewer")
    throw rejected(trf("role {} is not known; use admin, officer or viewer", quote(user.role)));
  user.region = filled_text_option(args, "region", Lines::One);
  user.county = filled_text_option(args, "county", Lines::One);
  if (user.role == "officer" && !user.region)
    throw rejected(tr("an officer writes the projects of one region: give --region"));
  if (user.role != "officer" && (user.region || user.county))
    throw rejected(trf("a scope (--region, --county) is an officer's; {} {} has none", user.role, quote(user.name)));
  const std::optional<std::string> password =
      args["password-stdin"].as<bool>() ? std::optional(read_password(user.name, io.err)) : std::nullopt;
  Database db = open_database(g);
  WriteTransaction tx(db);
  const PortfolioUser kept = add_user(db, user, password);
  tx.commit();
  if (kept.role == "officer")
    io.confirm << trf("added user {}, an officer of {}", kept.name,
                      *kept.region + (kept.county ? " " + *kept.county : std::string()))
               << "\n";
  else
    io.confirm << trf("added user {}, {}", user.name, user.role == "admin" ? tr("an admin") : tr("a viewer")) << "\n";
  return 0;
}

}  // namespace

extern const Command user_add_command{"user add", "NAME",
                                      N_("give a server role a role in this shared portfolio (admins; PostgreSQL)"),
                                      declare, run};

}  // namespace keyproj
