// `keyproj seed` as an officer runs it: once, again, and after officers changed things.

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

TEST(Seed, LoadsThePortfolioOnceAndAgainWithoutChange) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  Outcome r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 699 projects added, 0 refreshed, 0 unchanged; 5 plans, 91 programmes and 43 milestones "
            "added\n");
  const std::string first = s.dump();
  r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 0 projects added, 0 refreshed, 699 unchanged; 0 plans, 0 programmes and 0 milestones "
            "added\n");
  EXPECT_EQ(s.dump(), first);
}

TEST(Seed, NeverOverwritesWhatOfficersChangedButRefreshesProvenance) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  {
    SQLite::Database db(s.db(), SQLite::OPEN_READWRITE);
    // An officer's correction of the budget and owner, and stale provenance from an older seed.
    db.exec("UPDATE project SET budget_yuan = 200000000, owner_id = NULL, source_lines = '1-1' WHERE code = 'TM-012'");
    db.exec("DELETE FROM audit");
  }
  const Outcome r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 0 projects added, 1 refreshed, 698 unchanged; 0 plans, 0 programmes and 0 milestones "
            "added\n");
  const json j = json::parse(s.keyproj({"project", "show", "TM-012", "--format", "json"}).out);
  EXPECT_EQ(j["budget_yuan"], 200000000);
  EXPECT_EQ(j["source_lines"], "240-253");
  SQLite::Database db(s.db(), SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT action || ' ' || before || ' ' || after FROM audit").getString(),
            "seed {\"source_file\":\"000_40e186d4b49ede7c.txt\",\"source_lines\":\"1-1\",\"source_quote\":"
            "\"天门市冷链物流配送中心项目\"} {\"source_file\":\"000_40e186d4b49ede7c.txt\",\"source_lines\":"
            "\"240-253\",\"source_quote\":\"天门市冷链物流配送中心项目\"}");
}

TEST(Seed, ShowSaysWhereTheFinishCameFrom) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  const json j = json::parse(s.keyproj({"project", "show", "TM-011", "--format", "json"}).out);
  EXPECT_EQ(j["planned_finish"], "2025-12-31");
  EXPECT_EQ(j["finish_source"], "plan");
  EXPECT_EQ(j["plan"], "天门市商务发展“十四五”规划");
  EXPECT_EQ(j["source_file"], "000_40e186d4b49ede7c.txt");
  EXPECT_EQ(j["source_lines"], "238-252");
  EXPECT_EQ(j["source_quote"], "天门市综合物流产业园项目");
  EXPECT_TRUE(j["budget_yuan"].is_null());
  const Outcome card = s.keyproj({"project", "show", "TM-011"});
  EXPECT_NE(card.out.find("Finish       2025-12-31 (end of the plan period; the plan states no date for this project)\n"),
            std::string::npos)
      << card.out;
  const Outcome zh = s.keyproj({"--lang", "zh", "project", "show", "TM-011"});
  EXPECT_NE(zh.out.find("计划完成      2025-12-31（规划期末；规划未载明本项目完成时间）\n"), std::string::npos) << zh.out;
}

TEST(Seed, SourcePrintsTheCitedLines) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  const Outcome r = s.keyproj({"project", "show", "EZ-011", "--source"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "001_b9e974545e0e31fa.txt, lines 113-113:");
  EXPECT_NE(r.out.find("   113  "), std::string::npos);
  EXPECT_NE(r.out.find("拟于2022年10月动工新建"), std::string::npos);
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-900", "--name", "手工录入项目", "--region", "TM"}).code, 0);
  EXPECT_EQ(s.keyproj({"project", "show", "TM-900", "--source"}).out,
            "TM-900 has no source lines: it was entered by hand, not taken from a plan\n");
}

}  // namespace
}  // namespace keyproj::e2e
