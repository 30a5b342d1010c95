// keyproj leader list [--contacts]: every leader with the number of projects each leads. A phone
// is personal data: listed only when asked for.

#include "cli/command.h"
#include "store/leaders.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()("contacts", po::bool_switch(), tr("list the leaders' phone numbers too"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const bool contacts = args["contacts"].as<bool>();
  std::vector<Column> columns{{"id", "Id", "编号", Align::Right},
                                  {"name", "Leader", "包保领导", Align::Left, true},
                                  {"title", "Title", "职务", Align::Left, true}};
  if (contacts) columns.push_back({"phone", "Phone", "电话"});
  columns.push_back({"projects", "Projects", "项目数", Align::Right});
  Database db = open_database(g);
  auto writer = make_row_writer(g.format, io.out, columns, g.style);
  for_each_leader(db, [&](const Leader& l, std::int64_t projects) {
    if (contacts) writer->row({l.id, l.name, l.title, l.phone ? Cell(*l.phone) : Cell(std::monostate{}), projects});
    else writer->row({l.id, l.name, l.title, projects});
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command leader_list_command{"leader list", "", N_("list leaders and how many projects each leads"),
                                         declare, run};

}  // namespace keyproj
