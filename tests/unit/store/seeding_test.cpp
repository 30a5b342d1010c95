#include "store/seeding.h"

#include <gtest/gtest.h>

#include "unit/store/scalar.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

TEST(Seeding, RetireArchivesOnceWithTheReasonAudited) {
  testing::TempDatabase t;
  NewProject p;
  p.code = "WH-065";
  p.name_zh = "强化各方责任";
  p.region = "WH";
  p.entered_on = "2026-01-01";
  insert_project(t.db(), p, "seed");
  EXPECT_TRUE(retire_project(t.db(), "WH-065", "2026-11-22", "a measure heading, not a project", "张三"));
  EXPECT_FALSE(retire_project(t.db(), "WH-065", "2026-11-23", "a measure heading, not a project", "张三"));
  EXPECT_FALSE(retire_project(t.db(), "WH-999", "2026-11-22", "no such project", "张三"));
  auto& sql = t.db().sql();
  EXPECT_EQ(testing::scalar_text(sql, "SELECT archived_at FROM project WHERE code = 'WH-065'"), "2026-11-22");
  EXPECT_EQ(testing::scalar_int(sql, "SELECT count(*) FROM audit WHERE action = 'archive'"), 1);
  EXPECT_EQ(testing::scalar_text(sql, "SELECT user || ' ' || before || ' ' || after || ' ' || reason FROM audit "
                                     "WHERE action = 'archive'"),
            "张三 {\"archived_at\":null,\"retired\":null} {\"archived_at\":\"2026-11-22\",\"retired\":\"a measure "
            "heading, not a project\"} a measure heading, not a project");
  EXPECT_EQ(testing::scalar_text(sql, "SELECT retired FROM project WHERE code = 'WH-065'"), "a measure heading, not a project");
}

TEST(Seeding, AMilestoneRetitledOrDeletedSinceIsFoundAndNotAddedAgain) {
  testing::TempDatabase t;
  NewProject p;
  p.code = "TM-011";
  p.name_zh = "天门市综合物流产业园项目";
  p.region = "TM";
  p.entered_on = "2026-01-01";
  insert_project(t.db(), p, "seed");
  SeedMilestone m{"TM-011", "一期建成", std::string("2025-12-31"), std::nullopt, std::string("12"), std::nullopt};
  SeedMilestone other{"TM-011", "二期建成", std::string("2025-12-31"), std::nullopt, std::string("13"), std::nullopt};
  EXPECT_EQ(seed_milestone(t.db(), m, "seed"), SeedOutcome::Added);
  EXPECT_EQ(seed_milestone(t.db(), other, "seed"), SeedOutcome::Added);
  auto& sql = t.db().sql();
  // An officer retitles the first (as milestone edit records it) and deletes the second.
  const std::int64_t first = testing::scalar_int(sql, "SELECT id FROM milestone WHERE title = '一期建成'");
  sql.execute("UPDATE milestone SET title = '一期主体建成' WHERE title = '一期建成'");
  sql.execute("INSERT INTO audit (at, user, entity, entity_id, project_id, action, before, after) VALUES ("
              "'2026-02-01T00:00:00Z', '张三', 'milestone', " + std::to_string(first) +
              ", (SELECT id FROM project), 'edit', '{\"title\":\"一期建成\"}', '{\"title\":\"一期主体建成\"}')");
  sql.execute("UPDATE milestone SET deleted_on = '2026-02-01' WHERE title = '二期建成'");
  EXPECT_EQ(seed_milestone(t.db(), m, "seed"), SeedOutcome::Unchanged);
  EXPECT_EQ(seed_milestone(t.db(), other, "seed"), SeedOutcome::Unchanged);
  EXPECT_EQ(testing::scalar_int(sql, "SELECT count(*) FROM milestone"), 2);
  EXPECT_EQ(testing::scalar_int(sql, "SELECT count(*) FROM milestone WHERE deleted_on IS NULL"), 1);
}

}  // namespace
}  // namespace keyproj
