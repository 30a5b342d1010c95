#include "store/report.h"

#include <gtest/gtest.h>

#include <sstream>

#include "store/projects.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class ReportTest : public ::testing::Test {
 protected:
  ReportTest() {
    add("TM-002", "TM", "building", 100000000, "logistics", "天门市商务局", "专栏4");
    add("TM-001", "TM", "cancelled", std::nullopt, std::nullopt, std::nullopt, "专栏4");
    add("EZ-001", "EZ", "planned", 5000, "airport", "鄂州市商务局", std::nullopt);
    add("WH-001", "WH", "preparing", std::nullopt, "logistics", "天门市商务局", "专栏1");
    add("WH-002", "WH", "building", 1, "logistics", std::nullopt, std::nullopt);
    db_.sql().execute("UPDATE project SET archived_at = '2026-02-01' WHERE code = 'WH-002'");
    db_.sql().execute(
        "INSERT INTO milestone (project_id, title, due, done_on, created_at) VALUES "
        "(1, 'a', '2026-03-01', NULL, 'x'), (1, 'b', '2026-02-01', NULL, 'x'), (1, 'c', '2026-01-01', '2026-01-02', 'x'),"
        "(1, 'd', '2026-05-01', NULL, 'x'), (2, 'e', '2026-01-01', NULL, 'x');"
        "INSERT INTO progress_update (project_id, reported_on, invested_yuan, author, created_at) VALUES "
        "(1, '2026-02-01', 300, 't', 'x'), (1, '2026-03-01', 200, 't', 'x'), (3, '2026-01-15', NULL, 't', 'x');");
  }
  void add(const std::string& code, const std::string& region, const std::string& stage, Money budget,
           Text category, Text owner, Text program) {
    NewProject p;
    p.code = code;
    p.name_zh = "项目" + code;
    p.region = region;
    p.stage = stage;
    p.budget_yuan = budget;
    p.category = category;
    p.owner = owner;
    p.program = program;
    p.planned_start = "2025-06-01";
    p.planned_finish = "2026-12-31";
    p.entered_on = "2026-01-01";
    insert_project(db_, p, "tester");
  }
  std::string rows(ReportBy by, const PortfolioFilter& filter = {}) {
    std::ostringstream out;
    for_each_report_project(db_, by, filter, parse_date("2026-03-10", "as-of"),
                            [&](const ReportGroup& g, const Project& p, std::int64_t late, ProblemCounts) {
                              out << (g.value ? *g.value : "(none)") << " " << p.code << " " << late << "\n";
                            });
    return out.str();
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(ReportTest, ReadsEveryFactTheSumsNeed) {
  std::vector<Project> seen;
  std::vector<ReportGroup> groups;
  for_each_report_project(db_, ReportBy::Region, {}, parse_date("2026-03-10", "as-of"),
                          [&](const ReportGroup& g, const Project& p, std::int64_t, ProblemCounts) {
                            groups.push_back(g);
                            seen.push_back(p);
                          });
  ASSERT_EQ(seen.size(), 4u);  // the archived project is left out
  EXPECT_EQ(seen[1].code, "TM-001");  // after EZ-001; then TM-002 and WH-001
  EXPECT_EQ(seen[2].code, "TM-002");
  EXPECT_EQ(seen[2].stage, Stage::Building);
  EXPECT_EQ(seen[2].budget_yuan, 100000000);
  EXPECT_EQ(seen[2].invested_yuan, 500);
  EXPECT_EQ(seen[2].planned_start, "2025-06-01");
  EXPECT_EQ(seen[2].planned_finish, "2026-12-31");
  EXPECT_EQ(seen[2].created_on, "2026-01-01");
  EXPECT_EQ(seen[2].last_update, "2026-03-01");
  EXPECT_EQ(seen[2].earliest_open_due, "2026-02-01");
  EXPECT_EQ(seen[0].budget_yuan, 5000);
  EXPECT_EQ(seen[1].budget_yuan, std::nullopt);
  EXPECT_EQ(seen[1].last_update, std::nullopt);
  EXPECT_EQ(groups[2].id, "TM");
  EXPECT_EQ(groups[2].name_zh, "天门");
  EXPECT_EQ(groups[2].name_en, "Tianmen");
}

TEST_F(ReportTest, OverdueMilestonesAsOfTheDateAndNoneForACancelledProject) {
  EXPECT_EQ(rows(ReportBy::Region),
            "EZ EZ-001 0\n"
            "TM TM-001 0\n"
            "TM TM-002 2\n"
            "WH WH-001 0\n");
}

TEST_F(ReportTest, GroupsInOrderWithProjectsThatHaveNoValueLast) {
  EXPECT_EQ(rows(ReportBy::Category), "airport EZ-001 0\nlogistics TM-002 2\nlogistics WH-001 0\n(none) TM-001 0\n");
  EXPECT_EQ(rows(ReportBy::Owner), "天门市商务局 TM-002 2\n天门市商务局 WH-001 0\n鄂州市商务局 EZ-001 0\n(none) TM-001 0\n");
  EXPECT_EQ(rows(ReportBy::Program), "专栏1 WH-001 0\n专栏4 TM-001 0\n专栏4 TM-002 2\n(none) EZ-001 0\n");
  EXPECT_EQ(rows(ReportBy::Stage), "planned EZ-001 0\npreparing WH-001 0\nbuilding TM-002 2\ncancelled TM-001 0\n");
}

TEST_F(ReportTest, SumsOnlyTheProjectsTheFilterSelects) {
  PortfolioFilter f;
  f.owner = "天门市商务局";
  EXPECT_EQ(rows(ReportBy::Region, f), "TM TM-002 2\nWH WH-001 0\n");
  f.stage = Stage::Preparing;
  EXPECT_EQ(rows(ReportBy::Stage, f), "preparing WH-001 0\n");
  f = {};
  f.search = "EZ";
  EXPECT_EQ(rows(ReportBy::Category, f), "airport EZ-001 0\n");
}

// A group per leader (two of one name stay two groups, each shown with the post); the projects
// without a leader last. --leader selects one leader's projects.
TEST_F(ReportTest, GroupsByLeaderAndFiltersByOne) {
  db_.sql().execute("INSERT INTO leader (name, title, created_at) VALUES ('张伟', '副市长', 'x'), ('张伟', '区长', 'x');"
                    "UPDATE project SET leader_id = 2 WHERE code = 'EZ-001';"
                    "UPDATE project SET leader_id = 1 WHERE code IN ('TM-002', 'WH-001');");
  EXPECT_EQ(rows(ReportBy::Leader), "张伟（副市长） TM-002 2\n张伟（副市长） WH-001 0\n张伟（区长） EZ-001 0\n(none) TM-001 0\n");
  PortfolioFilter f;
  f.leader = "2";
  require_known(db_, f);
  EXPECT_EQ(rows(ReportBy::Region, f), "EZ EZ-001 0\n");
  f.leader = "张伟";
  EXPECT_THROW(require_known(db_, f), Error);
  EXPECT_EQ(parse_report_by("leader"), ReportBy::Leader);
}

TEST(ReportBy, Names) {
  EXPECT_EQ(parse_report_by("owner"), ReportBy::Owner);
  EXPECT_EQ(report_by_name(ReportBy::Category), "category");
  try {
    parse_report_by("city");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(), "by 'city' is not known; use region, program, owner, leader, stage or category");
  }
}

}  // namespace
}  // namespace keyproj
