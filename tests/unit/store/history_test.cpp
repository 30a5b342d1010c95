#include "store/history.h"

#include <gtest/gtest.h>

#include "store/milestones.h"
#include "store/projects.h"
#include "store/sql/statement.h"
#include "store/updates.h"
#include "unit/store/temp_database.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

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

ProgressUpdate report_on(const Project& p, const std::string& date, const std::string& author) {
  ProgressUpdate u;
  u.project_id = p.id;
  u.reported_on = date;
  u.author = author;
  return u;
}

void next_millisecond() {
  const std::string now = utc_timestamp_now();
  while (utc_timestamp_now() == now) {
  }
}

TEST(History, EveryRowOfTheProjectItsMilestonesAndReportsOldestFirst) {
  testing::TempDatabase t;
  const Project p = add(t.db(), "TM-011", "天门市综合物流产业园项目");
  const Project other = add(t.db(), "TM-012", "天门市冷链物流配送中心项目");
  // History is in the order things were written, to the millisecond: each step waits for the
  // clock to move on, or two steps of one millisecond would be ordered by their kind.
  ProgressUpdate u = report_on(p, "2026-02-28", "张三");
  next_millisecond();
  insert_update(t.db(), u);
  u.project_id = other.id;
  insert_update(t.db(), u);  // another project's report: not in this history
  next_millisecond();
  const auto m = add_milestone(t.db(), p, "主体工程完工", "2026-06-30", "2026-03-01", "李四");
  next_millisecond();
  move_milestone(t.db(), *find_milestone(t.db(), m), "2026-09-30", "征地延误", "2026-04-01", "李四");
  next_millisecond();
  archive_project(t.db(), p, "2026-05-01", "王五");

  std::vector<std::string> rows;
  std::string last_at;
  for_each_history(t.db(), p.id, [&](const AuditRow& r) {
    EXPECT_GE(r.at, last_at);
    last_at = r.at;
    EXPECT_EQ(r.at.size(), 24u) << r.at;        // 2026-11-22T08:30:00.000Z
    EXPECT_EQ(r.at_local.size(), 19u) << r.at_local;  // 2026-11-22 16:30:00
    rows.push_back(r.user + " " + r.entity + " " + r.action + " " + r.reason);
  });
  // The owner added with the project is the owner's own record, not the project's.
  EXPECT_EQ(rows, (std::vector<std::string>{"tester project create ", "张三 progress_update log ",
                                            "李四 milestone create ", "李四 milestone move 征地延误",
                                            "王五 project archive "}));
}

// Every row of the history as "at user what id action after reason".
std::vector<std::string> history(Database& db, std::int64_t project_id) {
  std::vector<std::string> rows;
  for_each_history(db, project_id, [&](const AuditRow& r) {
    rows.push_back(r.at + " " + r.user + " " + r.entity + " " + (r.entity_id ? std::to_string(*r.entity_id) : "-") +
                   " " + r.action + " " + r.after + " " + r.reason);
  });
  return rows;
}

TEST(History, AReportReadsAsTheAuditRowOfALogByItsAuthor) {
  testing::TempDatabase t;
  const Project p = add(t.db(), "TM-011", "天门市综合物流产业园项目");
  ProgressUpdate u = report_on(p, "2026-01-31", "李四");
  u.progress_pct = 15;
  u.invested_yuan = 20000000;
  const auto id = insert_update(t.db(), u);
  std::vector<AuditRow> rows;
  for_each_history(t.db(), p.id, [&](const AuditRow& r) { rows.push_back(r); });
  ASSERT_EQ(rows.size(), 2u);
  const AuditRow& r = rows[1];
  EXPECT_EQ(r.user, "李四");
  EXPECT_EQ(r.entity, "progress_update");
  EXPECT_EQ(r.entity_id, id);
  EXPECT_EQ(r.action, "log");
  EXPECT_EQ(r.before, "");
  EXPECT_EQ(r.after, R"({"reported_on":"2026-01-31","progress_pct":15,"invested_yuan":20000000})");
  EXPECT_EQ(r.reason, "");
  sql::Statement created(t.db().sql(), "SELECT created_at FROM progress_update WHERE id = ?");
  created.bind(1, static_cast<int64_t>(id));
  ASSERT_TRUE(created.step());
  EXPECT_EQ(r.at, created.string(0));
}

TEST(History, AReportsFieldsAreEscapedAsTheJsonLibraryEscapesThem) {
  // A report's `after` is built in SQL; history prints it beside rows the JSON library wrote,
  // so the two must agree on every escape.
  testing::TempDatabase t;
  const Project p = add(t.db(), "TM-011", "天门市综合物流产业园项目");
  ProgressUpdate u = report_on(p, "2026-02-28", "王五");
  u.stage = "building";
  u.note = "说\"明\"\\ a/b\n\t\x01 é";
  u.blocker = "";
  insert_update(t.db(), u);
  std::string after;
  for_each_history(t.db(), p.id, [&](const AuditRow& r) {
    if (r.entity == "progress_update") after = r.after;
  });
  const nlohmann::ordered_json expected{
      {"reported_on", "2026-02-28"}, {"stage", "building"}, {"note", *u.note}, {"blocker", ""}};
  EXPECT_EQ(after, expected.dump());
}

TEST(History, AtOneInstantAuditRowsComeBeforeReportsAndTimesCompareInOneForm) {
  testing::TempDatabase t;
  const Project p = add(t.db(), "TM-011", "天门市综合物流产业园项目");
  auto& db = t.db().sql();
  db.execute("DELETE FROM audit");
  const std::string id = std::to_string(p.id);
  // A report's stage move is written before the report, at the same millisecond or earlier.
  db.execute("INSERT INTO progress_update (project_id, reported_on, stage, author, created_at) VALUES "
             "(" + id + ", '2026-02-28', 'building', '张三', '2026-03-01T08:00:00.000Z'), "
             "(" + id + ", '2026-02-27', NULL, '王五', '2026-03-01T07:59:59.999Z')");
  db.execute("INSERT INTO audit (at, user, entity, project_id, action, before, after) VALUES "
             "('2026-03-01T08:00:00Z', '李四', 'project', " + id + ", 'edit', NULL, NULL), "
             "('2026-03-01T08:00:00.000Z', '张三', 'project', " + id +
             ", 'stage', '{\"stage\":\"planned\"}', '{\"stage\":\"building\"}')");
  EXPECT_EQ(history(t.db(), p.id),
            (std::vector<std::string>{
                R"(2026-03-01T07:59:59.999Z 王五 progress_update 2 log {"reported_on":"2026-02-27"} )",
                R"(2026-03-01T08:00:00Z 李四 project - edit  )",
                R"(2026-03-01T08:00:00.000Z 张三 project - stage {"stage":"building"} )",
                R"(2026-03-01T08:00:00.000Z 张三 progress_update 1 log {"reported_on":"2026-02-28","stage":"building"} )"}));
}

TEST(History, AReportAuditedByAnEarlierVersionIsReadOnceFromItsAuditRow) {
  // Before reports were their own audit record, each had a copy in the audit table, written by
  // whoever ran the command; the upgrade keeps those rows, and history shows each report once.
  testing::TempDatabase t;
  const Project p = add(t.db(), "TM-011", "天门市综合物流产业园项目");
  ProgressUpdate u = report_on(p, "2026-01-31", "张三");
  const auto old_id = insert_update(t.db(), u);
  t.db().sql().execute("INSERT INTO audit (at, user, entity, entity_id, project_id, action, after) VALUES "
                       "('2026-02-01T09:00:00.000Z', '调度员', 'progress_update', " + std::to_string(old_id) + ", " +
                    std::to_string(p.id) + ", 'log', '{\"reported_on\":\"2026-01-31\"}')");
  u.reported_on = "2026-02-28";
  const auto new_id = insert_update(t.db(), u);
  std::vector<std::string> reports;
  for_each_history(t.db(), p.id, [&](const AuditRow& r) {
    if (r.entity == "progress_update") reports.push_back(r.user + " " + std::to_string(*r.entity_id));
  });
  EXPECT_EQ(reports, (std::vector<std::string>{"调度员 " + std::to_string(old_id), "张三 " + std::to_string(new_id)}));
}

}  // namespace
}  // namespace keyproj
