// keyproj template list: the templates of approval nodes, each with its nodes and the calendar
// days from a plan's start to its last node.

#include "cli/command.h"
#include "store/node_templates.h"
#include "util/translate.h"
#include "view/node_template_view.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals& g, Io& io) {
  Database db = open_database(g);
  auto writer = make_row_writer(g.format, io.out, template_columns(), g.style);
  for (const auto& t : all_templates(db)) writer->row(template_cells(t));
  writer->finish();
  return 0;
}

}  // namespace

extern const Command template_list_command{"template list", "", N_("list the templates of approval nodes"), declare,
                                           run};

}  // namespace keyproj
