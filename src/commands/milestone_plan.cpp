// keyproj milestone plan PROJECT --template NAME --from DATE [--again]: the template's approval
// nodes (审批节点) added to the project, each due its time limit in calendar days after the node
// it follows or after --from. Prints the new nodes as `milestone list` does.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "store/milestones.h"
#include "store/node_plan.h"
#include "store/node_templates.h"
#include "store/projects.h"
#include "util/error.h"
#include "util/date.h"
#include "util/text.h"
#include "util/translate.h"
#include "view/milestone_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("template", po::value<std::string>(), tr("the template of nodes, e.g. approvals (`template list`)"))
      ("from", po::value<std::string>(), trf("the day the time limits count from: {}", tr(kDayForms)).c_str())
      ("again", po::bool_switch(), tr("plan a project that has approval nodes anew: the open ones are replaced"));
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  const std::string name = required_text(args, "template");
  if (!args.count("from")) throw usage_error(tr("--from is required"));
  NodePlanRequest r;
  r.from = *date_option(args, "from");
  r.again = args["again"].as<bool>();
  r.as_of = g.as_of;
  r.user = g.user;
  Database db = open_database(g);
  WriteTransaction tx(db);
  const Project p = resolve_project(db, which);
  const auto t = find_template(db, name);
  if (!t) throw not_found(trf("template {} does not exist; `template list` lists the templates", quote(name)));
  const NodePlanOutcome out = plan_approval_nodes(db, p, *t, r);
  tx.commit();
  auto writer = make_row_writer(g.format, io.out, milestone_columns(), g.style);
  for (const auto id : out.added) writer->row(milestone_cells(*find_milestone(db, id), g.as_of));
  writer->finish();
  if (g.format != Format::Table) return 0;  // the rows alone, for a script or a sheet
  io.confirm << trf("planned {0} approval nodes of {1} from {2} with template {3}", out.added.size(), p.code, r.from.iso(),
                    quote(t->name));
  if (!out.deleted.empty()) io.confirm << trf("; {} open nodes of the earlier plan deleted", out.deleted.size());
  io.confirm << "\n";
  return 0;
}

}  // namespace

extern const Command milestone_plan_command{"milestone plan", "PROJECT",
                                            N_("add a template's approval nodes with due dates (审批节点)"), declare,
                                            run};

}  // namespace keyproj
