// keyproj template show NAME: a template's nodes in order, each with the node it follows, its
// time limit in calendar days and the days from a plan's start to its due date.

#include "cli/command.h"
#include "cli/options.h"
#include "store/node_templates.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"
#include "view/node_template_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("name", po::value<std::string>(), tr("the template's name, e.g. approvals"));
  p.add("name", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string name = required_text(args, "name");
  Database db = open_database(g);
  const auto t = find_template(db, name);
  if (!t) throw not_found(trf("template {} does not exist; `template list` lists the templates", quote(name)));
  auto writer = make_row_writer(g.format, io.out, template_node_columns(), g.style);
  for (auto& row : template_node_rows(*t, g.style.lang == Lang::Zh)) writer->row(row);
  writer->finish();
  return 0;
}

}  // namespace

extern const Command template_show_command{"template show", "NAME",
                                           N_("show a template's nodes with their time limits in calendar days"),
                                           declare, run};

}  // namespace keyproj
