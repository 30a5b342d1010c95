// keyproj owner add: a responsible unit (责任单位) or implementing enterprise (建设单位).

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/owners.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("name", po::value<std::string>(), tr("the owner's name as written, e.g. 天门市商务局"))
      ("contact", po::value<std::string>(), tr("a person, phone or address"))
      ("kind", po::value<std::string>(), tr("unit (责任单位) or enterprise (建设单位)"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  Owner owner;
  owner.name = required_field(args, "name");
  owner.contact = filled_text_option(args, "contact", Lines::Many);
  owner.kind = text_option(args, "kind");
  if (owner.kind && *owner.kind != "unit" && *owner.kind != "enterprise")
    throw rejected(trf("kind {} is not known; use unit or enterprise", quote(*owner.kind)));
  Database db = open_database(g);
  WriteTransaction tx(db);
  const auto id = add_owner(db, owner, g.user);
  tx.commit();
  io.confirm << trf("added owner {} {}", id, owner.name) << "\n";
  return 0;
}

}  // namespace

extern const Command owner_add_command{"owner add", "", N_("add an owner: a responsible unit or an enterprise"),
                                       declare, run};

}  // namespace keyproj
