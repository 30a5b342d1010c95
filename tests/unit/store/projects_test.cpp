#include "store/projects.h"

#include <gtest/gtest.h>

#include "store/field_changes.h"
#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class ProjectsTest : public ::testing::Test {
 protected:
  void add(const std::string& code, const std::string& name, const std::string& region = "TM") {
    NewProject p;
    p.code = code;
    p.name_zh = name;
    p.region = region;
    p.entered_on = "2026-01-01";
    insert_project(db_, p, "tester");
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(ProjectsTest, InsertThenFindReadsEveryField) {
  NewProject p;
  p.code = "TM-011";
  p.name_zh = "天门市综合物流产业园项目";
  p.name_en = "Tianmen Comprehensive Logistics Industrial Park";
  p.region = "TM";
  p.program = "专栏4 农商互联体系工程";
  p.owner = "天门市商务局";
  p.budget_yuan = 150000000;
  p.planned_finish = "2025-12-31";
  p.finish_source = "plan";
  p.entered_on = "2026-01-01";
  insert_project(db_, p, "tester");
  const auto got = find_project(db_, "TM-011");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->name_zh, p.name_zh);
  EXPECT_EQ(got->name_en, p.name_en);
  EXPECT_EQ(got->region, "TM");
  EXPECT_EQ(got->region_zh, "天门");
  EXPECT_EQ(got->program, p.program);
  EXPECT_EQ(got->owner, p.owner);
  EXPECT_EQ(got->budget_yuan, 150000000);
  EXPECT_EQ(got->invested_yuan, 0);
  EXPECT_EQ(got->county, std::nullopt);
  EXPECT_EQ(got->stage, Stage::Planned);
  EXPECT_EQ(got->finish_source, "plan");
  EXPECT_EQ(got->created_on, "2026-01-01");
}

TEST_F(ProjectsTest, EveryInsertWritesItsAuditRow) {
  add("TM-001", "甲");
  sql::Statement q(db_.sql(), "SELECT user, entity, action, json_extract(after, '$.code') FROM audit");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.string(0), "tester");
  EXPECT_EQ(q.string(1), "project");
  EXPECT_EQ(q.string(2), "create");
  EXPECT_EQ(q.string(3), "TM-001");
  EXPECT_FALSE(q.step());
}

TEST_F(ProjectsTest, DuplicateCodeAndUnknownRegionAreRejected) {
  add("TM-001", "甲");
  try {
    add("TM-001", "乙");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "code 'TM-001' is already used by another project");
  }
  try {
    add("XX-001", "乙", "XX");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "region 'XX' is not known; use one of TM, EZ, WH, ZS, JM");
  }
}

// A region is named as officers name it: its code in any case, its name, its name with 市, or
// its English name; the project stores the code.
TEST_F(ProjectsTest, ARegionIsTakenByItsCodeInAnyCaseOrItsChineseName) {
  const std::vector<std::string> names{"TM", "tm", "Tm", "天门", "天门市", "Tianmen"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string code = "TM-10" + std::to_string(i);
    add(code, "项目" + std::to_string(i), names[i]);
    EXPECT_EQ(find_project(db_, code)->region, "TM") << names[i];
  }
  try {
    add("TM-200", "乙", "天门县");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "region '天门县' is not known; use one of TM, EZ, WH, ZS, JM");
  }
}

// A category is stored as its code whether typed as the code or as its Chinese name; a word
// outside the list is kept as typed. An edit to the Chinese name of the stored one changes nothing.
TEST_F(ProjectsTest, ACategoryTypedInChineseIsStoredAsItsCode) {
  NewProject p;
  p.code = "TM-001";
  p.name_zh = "甲";
  p.region = "TM";
  p.category = "冷链物流";
  p.entered_on = "2026-01-01";
  insert_project(db_, p, "tester");
  EXPECT_EQ(find_project(db_, "TM-001")->category, "cold_chain");
  ProjectEdit e;
  e.category = Text("冷链物流");
  EXPECT_TRUE(edit_project(db_, *find_project(db_, "TM-001"), e, "tester").after.empty());
  e.category = Text("物流");
  edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
  EXPECT_EQ(find_project(db_, "TM-001")->category, "logistics");
  e.category = Text("港航物流");
  edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
  EXPECT_EQ(find_project(db_, "TM-001")->category, "港航物流");
  e.category = Text();
  edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
  EXPECT_EQ(find_project(db_, "TM-001")->category, std::nullopt);
}

TEST_F(ProjectsTest, ResolveByCodeOrUniqueNamePart) {
  add("TM-011", "天门市综合物流产业园项目");
  add("TM-012", "天门市冷链物流配送中心项目");
  EXPECT_EQ(resolve_project(db_, "TM-012").code, "TM-012");
  EXPECT_EQ(resolve_project(db_, "物流产业园").code, "TM-011");
  try {
    resolve_project(db_, "物流");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Usage);
    EXPECT_STREQ(e.what(),
                 "project '物流' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, "
                 "TM-012 天门市冷链物流配送中心项目");
  }
  try {
    resolve_project(db_, "港口");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::NotFound);
  }
}

TEST_F(ProjectsTest, ListFiltersAndOrdersByCode) {
  add("WH-002", "武汉乙", "WH");
  add("TM-001", "天门甲");
  add("WH-001", "武汉甲", "WH");
  std::vector<std::string> codes;
  PortfolioFilter f;
  f.region = "WH";
  for_each_project(db_, f, [&](const Project& p) { codes.push_back(p.code); });
  EXPECT_EQ(codes, (std::vector<std::string>{"WH-001", "WH-002"}));
  codes.clear();
  f = {};
  f.search = "甲";
  for_each_project(db_, f, [&](const Project& p) { codes.push_back(p.code); });
  EXPECT_EQ(codes, (std::vector<std::string>{"TM-001", "WH-001"}));
}

std::vector<std::string> audit_rows(Database& db) {
  sql::Statement q(db.sql(), "SELECT action, ifnull(before, '-'), ifnull(after, '-'), ifnull(reason, '-') FROM audit "
                                "WHERE entity = 'project' AND action <> 'create' ORDER BY id");
  std::vector<std::string> rows;
  while (q.step())
    rows.push_back(q.string(0) + " " + q.string(1) + " " + q.string(2) +
                   " " + q.string(3));
  return rows;
}

TEST_F(ProjectsTest, EditAuditsOnlyTheFieldsThatChangedAndMarksAnOfficersFinish) {
  NewProject np;
  np.code = "TM-011";
  np.name_zh = "天门市综合物流产业园项目";
  np.region = "TM";
  np.budget_yuan = 150000000;
  np.planned_finish = "2025-12-31";
  np.finish_source = "plan";
  np.entered_on = "2026-01-01";
  insert_project(db_, np, "tester");
  ProjectEdit e;
  e.budget_yuan = Money(150000000);  // unchanged: not audited
  e.planned_finish = "2026-06-30";
  e.owner = Text("天门市商务局");
  const auto changes = edit_project(db_, *find_project(db_, "TM-011"), e, "张三");
  EXPECT_EQ(changes.after.dump(),
            R"({"owner":"天门市商务局","planned_finish":"2026-06-30","finish_source":"officer"})");
  const auto p = find_project(db_, "TM-011");
  EXPECT_EQ(p->planned_finish, "2026-06-30");
  EXPECT_EQ(p->finish_source, "officer");
  EXPECT_EQ(p->owner, "天门市商务局");
  EXPECT_EQ(audit_rows(db_),
            (std::vector<std::string>{
                R"(edit {"owner":null,"planned_finish":"2025-12-31","finish_source":"plan"} )"
                R"({"owner":"天门市商务局","planned_finish":"2026-06-30","finish_source":"officer"} -)"}));
}

TEST_F(ProjectsTest, EditClearsAFieldGivenEmptyAndWritesNothingWhenNothingChanges) {
  add("TM-001", "甲");
  ProjectEdit e;
  e.county = Text("天门市");
  edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
  EXPECT_EQ(find_project(db_, "TM-001")->county, "天门市");
  e.county = Text();
  edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
  EXPECT_EQ(find_project(db_, "TM-001")->county, std::nullopt);
  const auto changes = edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
  EXPECT_TRUE(changes.after.empty());
  EXPECT_EQ(audit_rows(db_).size(), 2u);
}

TEST_F(ProjectsTest, EditRefusesAFinishBeforeTheStart) {
  add("TM-001", "甲");
  ProjectEdit e;
  e.planned_start = "2026-01-01";
  e.planned_finish = "2025-12-31";
  try {
    edit_project(db_, *find_project(db_, "TM-001"), e, "tester");
    FAIL();
  } catch (const Error& err) {
    EXPECT_EQ(err.code(), ExitCode::Rejected);
    EXPECT_STREQ(err.what(), "finish '2025-12-31' is before start '2026-01-01'");
  }
}

TEST_F(ProjectsTest, StageMovesStoreTheStageASuspensionLeftAndAuditTheReason) {
  add("TM-001", "甲");
  set_project_stage(db_, *find_project(db_, "TM-001"),
                    decide_stage_move(Stage::Planned, std::nullopt, Stage::Building, false, std::nullopt), "tester",
                    std::nullopt, "2026-02-01");
  set_project_stage(db_, *find_project(db_, "TM-001"),
                    decide_stage_move(Stage::Building, std::nullopt, Stage::Suspended, false, std::nullopt), "tester",
                    std::nullopt, "2026-03-01");
  auto p = find_project(db_, "TM-001");
  EXPECT_EQ(p->stage, Stage::Suspended);
  EXPECT_EQ(p->resume_stage, Stage::Building);
  set_project_stage(db_, *p, decide_stage_move(Stage::Suspended, Stage::Building, Stage::Preparing, true, "重新报批"),
                    "tester", "重新报批", "2026-04-01");
  p = find_project(db_, "TM-001");
  EXPECT_EQ(p->stage, Stage::Preparing);
  EXPECT_EQ(p->resume_stage, std::nullopt);
  EXPECT_EQ(p->started_on, "2026-02-01");  // a move back does not take the start away
  EXPECT_EQ(p->start_source, "stage");
  EXPECT_EQ(audit_rows(db_), (std::vector<std::string>{
                                 // The first move to building starts the project, in the same row.
                                 R"(stage {"stage":"planned","started_on":null} {"stage":"building","started_on":"2026-02-01"} -)",
                                 R"(stage {"stage":"building"} {"stage":"suspended"} -)",
                                 R"(stage {"stage":"suspended"} {"stage":"preparing"} 重新报批)"}));
}

TEST_F(ProjectsTest, AProjectIsReadWithTheStageItHadOnTheAsOfDate) {
  add("TM-001", "甲");
  const std::pair<Stage, const char*> moves[] = {{Stage::Building, "2026-02-01"}, {Stage::Suspended, "2026-03-01"}};
  for (const auto& [to, day] : moves) {
    const auto p = find_project(db_, "TM-001");
    set_project_stage(db_, *p, decide_stage_move(p->stage, p->resume_stage, to, false, std::nullopt), "tester",
                      std::nullopt, std::string(day));
  }
  auto stage_on = [&](const char* day) { return find_project(db_, "TM-001", parse_date(day, "as-of"))->stage; };
  EXPECT_EQ(stage_on("2026-01-31"), Stage::Planned);
  EXPECT_EQ(stage_on("2026-02-01"), Stage::Building);  // a move counts from the day it was made
  EXPECT_EQ(stage_on("2026-02-28"), Stage::Building);
  EXPECT_EQ(stage_on("2026-03-01"), Stage::Suspended);
  EXPECT_EQ(find_project(db_, "TM-001")->stage, Stage::Suspended);
  // The stage a project is added in is no change: it had that stage before it entered.
  add("TM-002", "乙");
  set_project_stage(db_, *find_project(db_, "TM-002"),
                    decide_stage_move(Stage::Planned, std::nullopt, Stage::Building, false, std::nullopt), "tester",
                    std::nullopt, std::nullopt);
  EXPECT_EQ(find_project(db_, "TM-002", parse_date("2020-01-01", "as-of"))->stage, Stage::Building);
}

TEST_F(ProjectsTest, AStandingIsWhatFindReadsOfStageBudgetAndInvestment) {
  add("TM-001", "甲");
  set_project_stage(db_, *find_project(db_, "TM-001"),
                    decide_stage_move(Stage::Planned, std::nullopt, Stage::Suspended, false, std::nullopt), "tester",
                    std::nullopt, std::nullopt);
  db_.sql().execute("UPDATE project SET budget_yuan = 900 WHERE code = 'TM-001'");
  db_.sql().execute("INSERT INTO progress_update (project_id, reported_on, invested_yuan, author, created_at) "
                    "SELECT id, '2026-02-01', 400, 'x', 'now' FROM project WHERE code = 'TM-001'");
  const auto p = find_project(db_, "TM-001");
  const auto s = find_project_standing(db_, "TM-001");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->id, p->id);
  EXPECT_EQ(s->code, "TM-001");
  EXPECT_EQ(s->stage, Stage::Suspended);
  EXPECT_EQ(s->resume_stage, Stage::Planned);
  EXPECT_EQ(s->budget_yuan, 900);
  EXPECT_EQ(s->invested_yuan, 400);
  EXPECT_FALSE(s->archived);
  EXPECT_FALSE(find_project_standing(db_, "TM-002"));
  EXPECT_FALSE(find_project_standing(db_, "tm-001"));  // a code is exact
}

TEST_F(ProjectsTest, ArchivedProjectsLeaveListsAndNameMatchesButNotTheirCode) {
  add("TM-011", "天门市综合物流产业园项目");
  add("TM-012", "天门市冷链物流配送中心项目");
  archive_project(db_, *find_project(db_, "TM-012"), "2026-11-22", "tester");
  std::vector<std::string> codes;
  for_each_project(db_, {}, [&](const Project& p) { codes.push_back(p.code); });
  EXPECT_EQ(codes, (std::vector<std::string>{"TM-011"}));
  EXPECT_EQ(resolve_project(db_, "物流").code, "TM-011");  // no longer ambiguous
  EXPECT_TRUE(resolve_project(db_, "TM-012").archived);
  EXPECT_EQ(audit_rows(db_), (std::vector<std::string>{R"(archive {"archived_at":null} {"archived_at":"2026-11-22"} -)"}));
}

TEST_F(ProjectsTest, UnarchiveBringsTheProjectBackAndRefusesALiveOne) {
  add("TM-011", "天门市综合物流产业园项目");
  archive_project(db_, *find_project(db_, "TM-011"), "2026-11-22", "tester");
  EXPECT_EQ(unarchive_project(db_, *find_project(db_, "TM-011"), "tester"), "2026-11-22");
  EXPECT_FALSE(find_project(db_, "TM-011")->archived);
  EXPECT_EQ(resolve_project(db_, "物流").code, "TM-011");
  EXPECT_EQ(audit_rows(db_), (std::vector<std::string>{R"(archive {"archived_at":null} {"archived_at":"2026-11-22"} -)",
                                                       R"(unarchive {"archived_at":"2026-11-22"} {"archived_at":null} -)"}));
  try {
    unarchive_project(db_, *find_project(db_, "TM-011"), "tester");
    FAIL() << "a live project was unarchived";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "project 'TM-011' is not archived");
  }
}

TEST_F(ProjectsTest, UnarchiveLeavesAnEntryTheSeedRetiredArchived) {
  add("TM-011", "天门市综合物流产业园项目");
  db_.sql().execute("UPDATE project SET archived_at = '2026-01-01', retired = '措施标题' WHERE code = 'TM-011'");
  try {
    unarchive_project(db_, *find_project(db_, "TM-011"), "tester");
    FAIL() << "a retired entry was unarchived";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(),
                 "project 'TM-011' was retired by the seed as not a project of its plan (措施标题); it stays archived");
  }
  EXPECT_TRUE(find_project(db_, "TM-011")->archived);
}

}  // namespace
}  // namespace keyproj
