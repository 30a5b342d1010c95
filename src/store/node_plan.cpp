#include "store/node_plan.h"

#include <map>

#include "domain/record_rules.h"
#include "store/milestone_undo.h"
#include "store/milestones.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

NodePlanOutcome plan_approval_nodes(Database& db, const Project& p, const NodeTemplate& t, const NodePlanRequest& r) {
  require_not_archived(p, N_("new milestones"));
  std::vector<Milestone> open;
  std::map<std::string, std::string> reached;
  MilestoneFilter f;
  f.project_id = p.id;
  f.kind = MilestoneKind::Approval;
  for_each_milestone(db, f, [&](const Milestone& m) {
    if (m.done_on) reached.emplace(m.title, *m.done_on);
    else open.push_back(m);
  });
  if ((!open.empty() || !reached.empty()) && !r.again)
    throw rejected(trf("{} already has {} approval nodes; to plan them anew from {}, add --again (the open ones are "
                       "replaced, the done ones kept)",
                       p.code, open.size() + reached.size(), r.from.iso()));
  NodePlanOutcome out;
  const std::string reason = trf("planned anew from {0} with template {1}", r.from.iso(), quote(t.name));
  for (const auto& m : open) {
    delete_milestone(db, m, reason, r.as_of.iso(), r.user);
    out.deleted.push_back(m.id);
  }
  for (const auto& n : plan_nodes(t, r.from, reached)) {
    const auto id = add_milestone(db, p, n.title, n.due, r.as_of.iso(), r.user, std::nullopt, MilestoneKind::Approval,
                                  n.marks_start);
    if (n.marks_start && p.started_on) mark_milestone_done(db, *find_milestone(db, id), *p.started_on, r.user);
    out.added.push_back(id);
  }
  return out;
}

}  // namespace keyproj
