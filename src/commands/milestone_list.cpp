// keyproj milestone list [PROJECT] [--open] [--kind milestone|approval]: milestones with baseline, due and done dates, and
// the days an open one is late as of --as-of.

#include "cli/command.h"
#include "cli/options.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "util/error.h"
#include "util/text.h"
#include "view/milestone_view.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("only this project: code or a unique part of the name"))
      ("open", po::bool_switch(), tr("only milestones not done by the as-of date"))
      ("kind", po::value<std::string>(), tr("only this kind: milestone or approval (审批节点)"));
  p.add("project", 1);
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  MilestoneFilter f;
  f.open_only = args["open"].as<bool>();
  f.as_of = g.as_of;
  if (auto kind = text_option(args, "kind")) {
    f.kind = milestone_kind_from_name(*kind);
    if (!f.kind) throw usage_error(trf("kind {} is not known; use milestone or approval", quote(*kind)));
  }
  Database db = open_database(g);
  if (auto which = text_option(args, "project")) f.project_id = resolve_project(db, *which, g.as_of).id;
  auto writer = make_row_writer(g.format, io.out, milestone_columns(), g.style);
  for_each_milestone(db, f, [&](const Milestone& m) { writer->row(milestone_cells(m, g.as_of)); });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command milestone_list_command{"milestone list", "[PROJECT]",
                                            N_("list milestones: baseline, due, done, days late"), declare, run};

}  // namespace keyproj
