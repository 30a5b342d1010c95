#include "domain/milestone_kind.h"

namespace keyproj {

std::string_view milestone_kind_name(MilestoneKind k) {
  return k == MilestoneKind::Approval ? "approval" : "milestone";
}

std::string_view milestone_kind_name_zh(MilestoneKind k) {
  return k == MilestoneKind::Approval ? "审批节点" : "里程碑";
}

std::optional<MilestoneKind> milestone_kind_from_name(std::string_view text) {
  for (MilestoneKind k : {MilestoneKind::Milestone, MilestoneKind::Approval})
    if (text == milestone_kind_name(k) || text == milestone_kind_name_zh(k)) return k;
  return std::nullopt;
}

}  // namespace keyproj
