#include "store/history.h"

#include <gtest/gtest.h>

#include "store/milestones.h"
#include "store/projects.h"
#include "unit/store/temp_database.h"
#include "store/updates.h"

namespace keyproj {
namespace {

Project add(Database& db, const std::string& code, const std::string& name) {
  NewProject p;
  p.code = code;
  p.name_zh = name;
  p.region = "TM";
  p.owner = "天门市商务局";
  p.entered_on = "2026-01-01";
  insert_project(db, p, "tester");
  return *find_project(db, code);
}

TEST(History, EveryRowOfTheProjectItsMilestonesAndReportsOldestFirst) {
  testing::TempDatabase t;
  const Project p = add(t.db(), "TM-011", "天门市综合物流产业园项目");
  const Project other = add(t.db(), "TM-012", "天门市冷链物流配送中心项目");
  ProgressUpdate u;
  u.project_id = p.id;
  u.reported_on = "2026-02-28";
  u.author = "张三";
  insert_update(t.db(), u);
  u.project_id = other.id;
  insert_update(t.db(), u);  // another project's report: not in this history
  const auto m = add_milestone(t.db(), p, "主体工程完工", "2026-06-30", "2026-03-01", "李四");
  move_milestone(t.db(), *find_milestone(t.db(), m), "2026-09-30", "征地延误", "2026-04-01", "李四");
  archive_project(t.db(), p, "2026-05-01", "王五");

  std::vector<std::string> rows;
  std::int64_t last_id = 0;
  for_each_history(t.db(), p.id, [&](const AuditRow& r) {
    EXPECT_GT(r.id, last_id);
    last_id = r.id;
    EXPECT_EQ(r.at.size(), 24u) << r.at;        // 2026-11-22T08:30:00.000Z
    EXPECT_EQ(r.at_local.size(), 19u) << r.at_local;  // 2026-11-22 16:30:00
    rows.push_back(r.user + " " + r.entity + " " + r.action + " " + r.reason);
  });
  // The owner added with the project is the owner's own record, not the project's.
  EXPECT_EQ(rows, (std::vector<std::string>{"tester project create ", "张三 progress_update log ",
                                            "李四 milestone create ", "李四 milestone move 征地延误",
                                            "王五 project archive "}));
}

}  // namespace
}  // namespace keyproj
