#include "store/audit.h"

#include <gtest/gtest.h>

#include "store/milestones.h"
#include "store/projects.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

TEST(Audit, ChangeCountsCountEachRecordsChangesAfterItsCreation) {
  testing::TempDatabase t;
  NewProject np;
  np.code = "TM-011";
  np.name_zh = "天门市综合物流产业园项目";
  np.region = "TM";
  np.entered_on = "2026-01-01";
  insert_project(t.db(), np, "tester");
  const Project p = *find_project(t.db(), "TM-011");
  const auto moved = add_milestone(t.db(), p, "竣工验收", "2026-06-30", "2026-01-01", "tester");
  const auto untouched = add_milestone(t.db(), p, "主体完工", "2026-03-31", "2026-01-01", "tester");
  move_milestone(t.db(), *find_milestone(t.db(), moved), "2026-09-30", "用地延迟", "2026-05-01", "tester");
  mark_milestone_done(t.db(), *find_milestone(t.db(), moved), "2026-09-01", "tester");

  const auto counts = change_counts(t.db(), p.id, "milestone");
  EXPECT_EQ(counts, (std::map<std::int64_t, int>{{moved, 2}}));
  EXPECT_FALSE(counts.contains(untouched));
  EXPECT_TRUE(change_counts(t.db(), p.id, "problem").empty());
  EXPECT_TRUE(change_counts(t.db(), p.id + 1, "milestone").empty());
}

}  // namespace
}  // namespace keyproj
