#pragma once
// What a milestone is: a milestone of the plan (主体完工, 设备安装 …) or an approval node
// (审批节点: 立项, 环评, 施工许可 …) planned from a template (domain/node_template.h).

#include <optional>
#include <string_view>

namespace keyproj {

enum class MilestoneKind { Milestone, Approval };

std::string_view milestone_kind_name(MilestoneKind k);     // "milestone", "approval": as stored
std::string_view milestone_kind_name_zh(MilestoneKind k);  // "里程碑", "审批节点"
// Either language's name; none for any other text.
std::optional<MilestoneKind> milestone_kind_from_name(std::string_view text);

}  // namespace keyproj
