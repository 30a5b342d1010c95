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

TEST(Seeding, ARegionIsNamedByCodeOrName) {
  testing::TempDatabase t;
  for (const char* name : {"TM", "tm", "天门", "天门市", "Tianmen"})
    EXPECT_EQ(region_code_named(t.db(), name), "TM") << name;
  EXPECT_EQ(region_code_named(t.db(), "荆门市"), "JM");
  EXPECT_EQ(region_code_named(t.db(), "孝感"), std::nullopt);
  EXPECT_EQ(region_code_named(t.db(), "天"), std::nullopt);
  EXPECT_EQ(region_list(t.db()), "TM 天门, EZ 鄂州, WH 武汉, ZS 中山, JM 荆门");
}

}  // namespace
}  // namespace keyproj
