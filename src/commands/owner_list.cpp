// keyproj owner list [--contacts]: every owner with the number of projects it owns. A contact (a
// person, a phone) is personal data: listed only when asked for, as a leader's phone is.

#include "cli/command.h"
#include "store/owners.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()("contacts", po::bool_switch(), tr("list the owners' contacts too"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const bool contacts = args["contacts"].as<bool>();
  std::vector<Column> columns{{"name", "Owner", "责任单位", Align::Left, true}, {"kind", "Kind", "类型"}};
  if (contacts) columns.push_back({"contact", "Contact", "联系方式", Align::Left, true});
  columns.push_back({"projects", "Projects", "项目数", Align::Right});
  Database db = open_database(g);
  auto writer = make_row_writer(g.format, io.out, columns, g.style);
  auto text = [](const Text& t) -> Cell { return t ? Cell(*t) : Cell(std::monostate{}); };
  for_each_owner(db, [&](const Owner& o, std::int64_t projects) {
    if (contacts) writer->row({o.name, text(o.kind), text(o.contact), projects});
    else writer->row({o.name, text(o.kind), projects});
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command owner_list_command{"owner list", "", N_("list owners and how many projects each owns"), declare,
                                        run};

}  // namespace keyproj
