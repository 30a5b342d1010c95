#include "exchange/standings.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "store/projects.h"
#include "store/recording.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class StandingsTest : public ::testing::Test {
 protected:
  void add(const std::string& code) {
    NewProject p;
    p.code = code;
    p.name_zh = "项目" + code;
    p.region = "TM";
    p.budget_yuan = 1000;
    p.entered_on = "2026-01-01";
    insert_project(t_.db(), p, "tester");
  }
  LogOutcome log(ProjectStanding& p, std::int64_t invested, std::optional<Stage> stage = std::nullopt) {
    LogRequest r;
    r.update.invested_yuan = invested;
    r.update.author = "张三";
    r.stage = stage;
    r.again = true;  // several reports on the as-of date: each one a report of its own
    return log_report(reports_, p, r, parse_date("2026-11-22", "date"), "张三");
  }
  testing::TempDatabase t_;
  ReportAppender reports_{t_.db()};
};

TEST_F(StandingsTest, AnUnknownCodeIsNull) {
  Standings s(reports_);
  EXPECT_EQ(s.find("TM-404"), nullptr);
}

TEST_F(StandingsTest, ReportsKeepTheStandingAsTheDatabaseHasIt) {
  add("TM-001");
  Standings s(reports_);
  ProjectStanding* p = s.find("TM-001");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->invested_yuan, 0);
  log(*p, 300, Stage::Building);
  log(*s.find("TM-001"), 200, Stage::Suspended);
  // The same object, moved on by the reports exactly as a fresh read sees the project once
  // the reports are written.
  EXPECT_EQ(s.find("TM-001"), p);
  // The second report of the day asked the day's reports (to say it is a second one), which
  // wrote the first.
  EXPECT_EQ(reports_.held(), 1u);
  reports_.flush();
  const auto fresh = find_project_standing(t_.db(), "TM-001");
  EXPECT_EQ(p->invested_yuan, 500);
  EXPECT_EQ(fresh->invested_yuan, 500);
  EXPECT_EQ(p->stage, Stage::Suspended);
  EXPECT_EQ(fresh->stage, Stage::Suspended);
  EXPECT_EQ(p->resume_stage, Stage::Building);
  EXPECT_EQ(fresh->resume_stage, Stage::Building);
  log(*p, 0, Stage::Building);
  EXPECT_EQ(p->stage, Stage::Building);
  EXPECT_EQ(p->resume_stage, std::nullopt);
}

TEST_F(StandingsTest, PastItsLimitAProjectIsReadAgainNotLostWithTheReportsHeldForIt) {
  WriteTransaction tx(t_.db());  // one commit, not 5,000
  for (int i = 0; i < 5000; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "TM-%04d", i);
    add(code);
  }
  Standings s(reports_);
  log(*s.find("TM-0000"), 700);
  ASSERT_EQ(reports_.held(), 1u);  // not yet in the database
  for (int i = 1; i < 5000; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "TM-%04d", i);
    ASSERT_NE(s.find(code), nullptr) << code;
  }
  // Letting the kept standings go wrote the held report, so the project read again counts it.
  EXPECT_EQ(reports_.held(), 0u);
  EXPECT_EQ(s.find("TM-0000")->invested_yuan, 700);
}

}  // namespace
}  // namespace keyproj
