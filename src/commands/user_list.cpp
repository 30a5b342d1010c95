// keyproj user list: the users of a shared portfolio, with their roles and scopes (admins;
// PostgreSQL).

#include "cli/command.h"
#include "store/users.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals& g, Io& io) {
  const std::vector<Column> columns{{"name", "User", "用户", Align::Left, true},
                                    {"role", "Role", "角色"},
                                    {"region", "Region", "地区"},
                                    {"county", "County", "县市区", Align::Left, true}};
  Database db = open_database(g);
  const auto users = list_users(db);
  auto writer = make_row_writer(g.format, io.out, columns, g.style);
  auto text = [](const Text& t) -> Cell { return t ? Cell(*t) : Cell(std::monostate{}); };
  for (const auto& u : users) writer->row({u.name, u.role, text(u.region), text(u.county)});
  writer->finish();
  return 0;
}

}  // namespace

extern const Command user_list_command{"user list", "", N_("list the users of a shared portfolio (admins; PostgreSQL)"),
                                       declare, run};

}  // namespace keyproj
