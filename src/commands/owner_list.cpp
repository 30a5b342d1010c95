// keyproj owner list: every owner with the number of projects it owns.

#include "cli/command.h"
#include "store/owners.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals& g, Io& io) {
  Database db = open_database(g);
  auto writer = make_row_writer(g.format, io.out,
                                {{"name", "Owner", "责任单位", Align::Left, true},
                                 {"kind", "Kind", "类型"},
                                 {"contact", "Contact", "联系方式", Align::Left, true},
                                 {"projects", "Projects", "项目数", Align::Right}},
                                g.style);
  auto text = [](const Text& t) -> Cell { return t ? Cell(*t) : Cell(std::monostate{}); };
  for_each_owner(db, [&](const Owner& o, std::int64_t projects) {
    writer->row({o.name, text(o.kind), text(o.contact), projects});
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command owner_list_command{"owner list", "", N_("list owners and how many projects each owns"), declare,
                                        run};

}  // namespace keyproj
