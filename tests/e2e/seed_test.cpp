// `keyproj seed` as an officer runs it: once, again, and after officers changed things.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

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
            "seeded 5 plans: 742 projects added, 0 refreshed, 0 unchanged, 110 archived as retired; 5 plans, 91 "
            "programmes and 36 milestones added\n");
  const std::string first = s.dump();
  r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 0 projects added, 0 refreshed, 742 unchanged, 0 archived as retired; 0 plans, 0 "
            "programmes and 0 milestones added\n");
  EXPECT_EQ(s.dump(), first);
}

TEST(Seed, NeverOverwritesWhatOfficersChangedButRefreshesProvenance) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  // An officer's correction of the budget and owner, and stale provenance from an older seed.
  s.sql("UPDATE project SET budget_yuan = 200000000, owner_id = NULL, source_lines = '1-1' WHERE code = 'TM-012'; "
        "DELETE FROM audit");
  const Outcome r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 0 projects added, 1 refreshed, 741 unchanged, 0 archived as retired; 0 plans, 0 "
            "programmes and 0 milestones added\n");
  const json j = json::parse(s.keyproj({"project", "show", "TM-012", "--format", "json"}).out);
  EXPECT_EQ(j["budget_yuan"], 200000000);
  EXPECT_EQ(j["source_lines"], "240-253");
  EXPECT_EQ(s.query_one("SELECT action || ' ' || before || ' ' || after FROM audit"),
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
  // The card cites the lines of the plan it names; the file's hash name is for json only.
  EXPECT_NE(card.out.find("Plan         天门市商务发展“十四五”规划\n"
                          "Source       lines 238–252 (project show --source prints them)\n"
                          "             “天门市综合物流产业园项目”\n"),
            std::string::npos)
      << card.out;
  EXPECT_EQ(card.out.find("000_40e186d4b49ede7c"), std::string::npos) << card.out;
  EXPECT_NE(zh.out.find("出处          第238–252行（project show --source 列出原文）\n"), std::string::npos) << zh.out;
}

// A retired entry's card says when it left the portfolio and why it was never a project, in
// the words of seed/<REGION>/retired.csv.
TEST(Seed, ARetiredEntrysCardGivesItsReason) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  std::ifstream in(std::string(KEYPROJ_SOURCE_DIR) + "/seed/EZ/retired.csv");
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  ASSERT_EQ(header, "code,reason");
  const std::string code = row.substr(0, row.find(','));
  std::string reason = row.substr(row.find(',') + 1);
  if (reason.front() == '"') {  // quoted: the doubled quotes are one
    reason = reason.substr(1, reason.size() - 2);
    for (auto at = reason.find("\"\""); at != std::string::npos; at = reason.find("\"\"", at + 1)) reason.erase(at, 1);
  }
  const Outcome card = s.keyproj({"project", "show", code});
  ASSERT_EQ(card.code, 0) << card.err;
  EXPECT_NE(card.out.find("\nArchived     " + s.as_of + "; retired from the seed: " + reason + "\n"), std::string::npos)
      << card.out;
  const json j = json::parse(s.keyproj({"project", "show", code, "--format", "json"}).out);
  EXPECT_EQ(j["archived_on"], s.as_of);
  EXPECT_EQ(j["retired"], reason);
}

TEST(Seed, SourceNamesThePlanByTitleAndIssuerAndPrintsTheCitedLines) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  Outcome r = s.keyproj({"project", "show", "TM-001", "--source"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "天门市商务发展“十四五”规划, 天门市人民政府办公室, lines 188–206:");
  EXPECT_NE(r.out.find("\n   188  "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n   206  "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("   207  "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(".txt"), std::string::npos) << r.out;
  r = s.keyproj({"--lang", "zh", "project", "show", "TM-001", "--source"});
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "天门市商务发展“十四五”规划（天门市人民政府办公室），第188–206行：");
  // The Ezhou plan prints no issuer.
  r = s.keyproj({"project", "show", "EZ-011", "--source"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "鄂州市商务发展第十四个五年规划, lines 113–113:");
  EXPECT_NE(r.out.find("   113  "), std::string::npos);
  EXPECT_NE(r.out.find("拟于2022年10月动工新建"), std::string::npos);
  // The file name stays in json.
  const json j = json::parse(s.keyproj({"project", "show", "TM-001", "--format", "json"}).out);
  EXPECT_EQ(j["source_file"], "000_40e186d4b49ede7c.txt");
  EXPECT_EQ(j["source_lines"], "188-206");
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-900", "--name", "手工录入项目", "--region", "TM"}).code, 0);
  EXPECT_EQ(s.keyproj({"project", "show", "TM-900", "--source"}).out,
            "TM-900 has no source lines: it was entered by hand, not taken from a plan\n");
}

// code|archived_at|name_zh of every project, in code order.
std::string projects(const Sandbox& s) {
  std::string out;
  for (const auto& row : s.rows("SELECT code, coalesce(CAST(archived_at AS TEXT), '-'), name_zh FROM project ORDER BY code"))
    out += row[0] + "|" + row[1] + "|" + row[2] + "\n";
  return out;
}

std::int64_t count(const Sandbox& s, const std::string& sql) {
  return std::stoll(s.query_one(sql));
}

TEST(Seed, OneCityAtATimeByCodeOrName) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  Outcome r = s.keyproj({"seed", "--region", "TM"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 1 plan: 21 projects added, 0 refreshed, 0 unchanged, 0 archived as retired; 1 plan, 5 programmes "
            "and 12 milestones added\n");
  EXPECT_EQ(count(s, "SELECT count(*) FROM project"), 21);
  EXPECT_EQ(count(s, "SELECT count(*) FROM project p JOIN region g ON g.id = p.region_id WHERE g.code <> 'TM'"), 0);
  EXPECT_EQ(count(s, "SELECT count(*) FROM plan"), 1);
  for (const char* name : {"天门", "天门市", "tm"}) {
    r = s.keyproj({"seed", "--region", name});
    ASSERT_EQ(r.code, 0) << name << ": " << r.err;
    EXPECT_EQ(r.out,
              "seeded 1 plan: 0 projects added, 0 refreshed, 21 unchanged, 0 archived as retired; 0 plans, 0 "
              "programmes and 0 milestones added\n")
        << name;
  }
  r = s.keyproj({"seed", "--region", "鄂州市"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 1 plan: 46 projects added, 0 refreshed, 0 unchanged, 14 archived as retired; 1 plan, 14 "
            "programmes and 10 milestones added\n");
  // The rest, then the whole: the same portfolio as one run of `seed`.
  r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 675 projects added, 0 refreshed, 67 unchanged, 96 archived as retired; 3 plans, 72 "
            "programmes and 14 milestones added\n");
  Sandbox whole;
  ASSERT_EQ(whole.keyproj({"init"}).code, 0);
  ASSERT_EQ(whole.keyproj({"seed"}).code, 0);
  EXPECT_EQ(projects(s), projects(whole));
}

TEST(Seed, AnUnknownCityIsRefusedAndNothingIsWritten) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"seed", "--region", "孝感"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: --region '孝感' is not a city of the seed; use one of TM 天门, EZ 鄂州, WH 武汉, ZS 中山, JM 荆门\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(s.dump(), before);
}

// A database seeded before the closer reading: `seed` run again archives each retired entry
// with its reason (audited), adds the new items under new codes, and keeps what officers logged.
TEST(Seed, RunAgainOnAnOlderPortfolioRetiresEntriesAndAddsTheNewItems) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  // The portfolio as the earlier seed left it: no new items, nothing archived.
  s.sql("DELETE FROM milestone WHERE project_id IN (SELECT id FROM project WHERE code IN ("
        "  SELECT code FROM project WHERE (code LIKE 'WH-%' AND code > 'WH-079') OR (code LIKE 'ZS-%' AND code > 'ZS-042'))); "
        "DELETE FROM audit; "
        "DELETE FROM project WHERE (code LIKE 'WH-%' AND code > 'WH-079') OR (code LIKE 'ZS-%' AND code > 'ZS-042') OR "
        "(code LIKE 'JM-%' AND code > 'JM-511'); "
        "UPDATE project SET archived_at = NULL, retired = NULL");
  ASSERT_EQ(count(s, "SELECT count(*) FROM project"), 699);
  // An officer logged a report on an entry that is now retired: it stays with its project.
  ASSERT_EQ(s.keyproj({"log", "WH-065", "--note", "已召开协调会"}).code, 0);
  Outcome r = s.keyproj({"--user", "张三", "seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "seeded 5 plans: 43 projects added, 0 refreshed, 699 unchanged, 110 archived as retired; 0 plans, 0 "
            "programmes and 1 milestones added\n");
  EXPECT_EQ(projects(s), [] {
    Sandbox whole;
    EXPECT_EQ(whole.keyproj({"init"}).code, 0);
    EXPECT_EQ(whole.keyproj({"seed"}).code, 0);
    return projects(whole);
  }());
  EXPECT_EQ(count(s, "SELECT count(*) FROM audit WHERE action = 'archive' AND \"user\" = '张三'"), 110);
  EXPECT_EQ(s.query_one("SELECT a.before || ' ' || a.after || ' ' || a.reason FROM audit a JOIN project p ON "
                        "p.id = a.project_id WHERE p.code = 'WH-060' AND a.action = 'archive'"),
            "{\"archived_at\":null,\"retired\":null} {\"archived_at\":\"2026-11-22\",\"retired\":\"a measure "
            "heading of its 专栏, not a project; the named items under it are WH-109 to WH-112\"} a measure heading of "
            "its 专栏, not a project; the named items under it are WH-109 to WH-112");
  EXPECT_EQ(s.query_one("SELECT a.reason FROM audit a JOIN project p ON p.id = a.project_id WHERE p.code = 'JM-056' "
                        "AND a.action = 'archive'"),
            "a count of unnamed facilities in its 专栏, not a project; 钟祥市's 各类专业市场 25 处 is a target that names "
            "no market");
  EXPECT_EQ(count(s, "SELECT count(*) FROM progress_update u JOIN project p ON p.id = u.project_id "
                     "WHERE p.code = 'WH-065'"),
            1);
  const json j = json::parse(s.keyproj({"project", "show", "WH-112", "--format", "json"}).out);
  EXPECT_EQ(j["name_zh"], "天河机场保税物流中心(B型)");
  EXPECT_EQ(j["source_lines"], "286-286");
  EXPECT_TRUE(j["budget_yuan"].is_null());
  EXPECT_TRUE(j["owner"].is_null());
  // Lists leave the retired entries out; `project show` still finds them.
  const Outcome list = s.keyproj({"project", "list", "--region", "WH", "--format", "csv"});
  EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 1 + 42) << list.out;
  EXPECT_EQ(s.keyproj({"project", "show", "WH-065"}).code, 0);
  // Run again: nothing more to do.
  r = s.keyproj({"seed"});
  EXPECT_EQ(r.out,
            "seeded 5 plans: 0 projects added, 0 refreshed, 742 unchanged, 0 archived as retired; 0 plans, 0 "
            "programmes and 0 milestones added\n");
}

// The number of projects `report` counts as of `date`, from its JSON totals row.
std::int64_t projects_then(Sandbox& s, const std::string& date) {
  s.as_of = date;
  const Outcome r = s.keyproj({"report", "--format", "json"});
  EXPECT_EQ(r.code, 0) << r.err;
  return json::parse(r.out).back()["projects"].get<std::int64_t>();
}

// The seed's counts, read from its own files: every row of projects.csv is an entry, every row
// of retired.csv one entry that is not a project.
std::int64_t rows_of(const std::string& name) {
  std::int64_t rows = 0;
  for (const auto& region : std::filesystem::directory_iterator(KEYPROJ_SOURCE_DIR "/seed")) {
    if (!region.is_directory()) continue;
    std::ifstream in(region.path() / name);
    std::string line;
    for (bool header = true; std::getline(in, line); header = false) rows += !header && !line.empty();
  }
  return rows;
}

// A retired entry was never a project of its plan: archived on the day the seed ran, it is still
// out of the portfolio as of every earlier date, where a project an officer archived is in.
TEST(Seed, ARetiredEntryIsInThePortfolioOnNoDate) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  const std::int64_t live = rows_of("projects.csv") - rows_of("retired.csv");
  EXPECT_EQ(projects_then(s, "2026-11-22"), live);
  EXPECT_EQ(projects_then(s, "2026-11-21"), live);
  EXPECT_EQ(projects_then(s, "2022-01-01"), live);
  s.as_of = "2026-11-23";
  ASSERT_EQ(s.keyproj({"project", "archive", "TM-001"}).code, 0);
  EXPECT_EQ(projects_then(s, "2026-11-23"), live - 1);
  EXPECT_EQ(projects_then(s, "2026-11-22"), live);
}

// A database whose entries an earlier seed archived without marking them: `seed` run again marks
// each one retired (audited), keeps the day it was archived, and the past figures drop it.
TEST(Seed, RunAgainMarksEntriesAnEarlierSeedArchived) {
  Sandbox s;
  ASSERT_EQ(s.keyproj({"init"}).code, 0);
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  const std::int64_t retired = rows_of("retired.csv");
  s.sql("UPDATE project SET archived_at = '2026-01-05', retired = NULL WHERE retired IS NOT NULL");
  const std::int64_t live = rows_of("projects.csv") - retired;
  EXPECT_EQ(projects_then(s, "2026-01-04"), live + retired);
  s.as_of = "2026-11-22";
  const Outcome r = s.keyproj({"seed"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find(", " + std::to_string(retired) + " archived as retired;"), std::string::npos) << r.out;
  EXPECT_EQ(count(s, "SELECT count(*) FROM project WHERE retired IS NOT NULL AND archived_at = '2026-01-05'"), retired);
  EXPECT_EQ(projects_then(s, "2026-01-04"), live);
}

}  // namespace
}  // namespace keyproj::e2e
