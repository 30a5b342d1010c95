#pragma once
// Planning a project's approval nodes (审批节点) from a template: the nodes become approval
// milestones whose due dates are fixed when they are planned (a template edited later does not
// move them; `milestone move` does, with a reason).

#include <cstdint>
#include <string>
#include <vector>

#include "domain/model.h"
#include "domain/node_template.h"
#include "store/database.h"
#include "util/date.h"

namespace keyproj {

struct NodePlanRequest {
  Date from;           // the day the limits count from
  bool again = false;  // plan anew a project that has approval nodes
  Date as_of;          // the day the nodes are entered
  std::string user;
};

struct NodePlanOutcome {
  std::vector<std::int64_t> added;    // the new nodes' ids, in the template's order
  std::vector<std::int64_t> deleted;  // the open nodes an --again plan replaced
};

// Adds the template's nodes to `p` as approval milestones. Refused (nothing written) when the
// project is archived, or already has approval nodes and `again` is not set. With `again`, the
// open nodes are deleted with a reason naming the new plan, the nodes already done are kept and
// not planned twice, and the nodes after a done node count from the day it was done. When the
// project has started, its start node is added done on the day it started.
NodePlanOutcome plan_approval_nodes(Database& db, const Project& p, const NodeTemplate& t, const NodePlanRequest& r);

}  // namespace keyproj
