#include "domain/milestone_kind.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(MilestoneKind, IsTypedInEitherLanguageAndNamedInBoth) {
  EXPECT_EQ(milestone_kind_from_name("approval"), MilestoneKind::Approval);
  EXPECT_EQ(milestone_kind_from_name("审批节点"), MilestoneKind::Approval);
  EXPECT_EQ(milestone_kind_from_name("milestone"), MilestoneKind::Milestone);
  EXPECT_EQ(milestone_kind_from_name("里程碑"), MilestoneKind::Milestone);
  EXPECT_EQ(milestone_kind_from_name("Approval"), std::nullopt);
  EXPECT_EQ(milestone_kind_from_name(""), std::nullopt);
  EXPECT_EQ(milestone_kind_name(MilestoneKind::Approval), "approval");
  EXPECT_EQ(milestone_kind_name_zh(MilestoneKind::Milestone), "里程碑");
}

}  // namespace
}  // namespace keyproj
