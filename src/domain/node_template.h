#pragma once
// A template of approval nodes (审批节点, migrations/0018_approval_nodes.sql): a named list of
// nodes, each with a time limit in calendar days counted from an earlier node it follows or from
// the day the plan starts. Nodes that follow the same node run side by side (用地, 环评, 节能).
// Working days and holidays are not counted: the limits are calendar days.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/model.h"
#include "util/date.h"

namespace keyproj {

struct TemplateNode {
  std::string title;
  Text after;  // the title of an earlier node of the template; none: from the plan's start
  std::int64_t days = 0;
  bool marks_start = false;  // the 开工 node, done by the project's first move to building
};

struct NodeTemplate {
  std::int64_t id = 0;
  std::string name;
  std::vector<TemplateNode> nodes;  // in their order
};

inline constexpr std::int64_t kMaxNodeDays = 3650;

// Error(Rejected) naming the node and the value unless: the name is not empty, there is a node,
// titles differ, each `after` names an earlier node, days are 0 to kMaxNodeDays, and at most one
// node marks the start.
void check_template(const NodeTemplate& t);

struct PlannedNode {
  std::string title;
  std::string due;  // ISO date
  bool marks_start = false;
};

// The nodes of `t` with their due dates when the plan starts on `from`: a node's due date is its
// predecessor's due date (or `from`) plus its days. A node already `reached` (title → the day it
// was done) is not planned again, and the nodes after it count from the day it was done.
std::vector<PlannedNode> plan_nodes(const NodeTemplate& t, const Date& from,
                                    const std::map<std::string, std::string>& reached = {});

}  // namespace keyproj
