// keyproj copy through the built binary: a portfolio with a history, built on a SQLite file by
// the commands an officer runs, copied to a new PostgreSQL database and from there to a new
// file. The three must answer alike: every export, history, overdue, report and the migrations'
// versions; and the file that made the round trip must hold the original's rows, typed alike.
// Run by ctest with the fixture "postgres" (KEYPROJ_TEST_PG names the cluster); each test runs
// keyproj against explicit --db values of its own.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/process.h"
#include "store/copying.h"
#include "store/database.h"
#include "store/sql/postgres.h"
#include "unit/store/copy_portfolio.h"
#include "unit/store/server_database.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;
using testing::ServerDatabase;

const char* const kAsOf = "2026-11-22";

class CopyCommand : public ::testing::Test {
 public:
  void SetUp() override {
    ASSERT_FALSE(testing::test_cluster().empty())
        << "KEYPROJ_TEST_PG names no database: run through ctest, or start a cluster with scripts/pg-cluster";
    dir_ = fs::temp_directory_path() /
           ("keyproj-copy-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // keyproj with `args` on `db`, as of kAsOf.
  e2e::ProcessResult on(const std::string& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db, "--as-of", kAsOf});
    return e2e::run_keyproj(args, dir_ / ("run" + std::to_string(runs_++)));
  }
  // The same, which must succeed; its standard output.
  std::string ok(const std::string& db, const std::vector<std::string>& args) {
    const auto r = on(db, args);
    std::string line;
    for (const auto& a : args) line += a + " ";
    EXPECT_EQ(r.code, 0) << line << "\n" << r.err;
    return r.out;
  }
  e2e::ProcessResult copy(const std::string& from, const std::string& to) {
    return e2e::run_keyproj({"copy", "--from", from, "--to", to}, dir_ / ("run" + std::to_string(runs_++)));
  }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
  int runs_ = 0;
};

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// A portfolio with a history: the seed of one city, reports and a correction, milestones
// added, moved and done, approval nodes, the annual plan, problems raised and resolved, owners
// merged, a leader, settings changed, a project archived.
void build_portfolio(CopyCommand& t, const std::string& db) {
  t.ok(db, {"init"});
  t.ok(db, {"seed", "--region", "TM"});
  t.ok(db, {"owner", "add", "--name", "天门市商务局", "--kind", "unit"});
  t.ok(db, {"owner", "add", "--name", "天门商务局", "--kind", "unit"});
  t.ok(db, {"owner", "merge", "天门商务局", "--into", "天门市商务局"});
  t.ok(db, {"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  t.ok(db, {"project", "edit", "TM-001", "--leader", "张伟", "--owner", "天门商务局", "--budget", "2亿"});
  t.ok(db, {"log", "TM-001", "--date", "2026-01-31", "--stage", "building", "--progress", "20", "--invested", "1000万",
            "--note", "主体结构施工", "--blocker", "征地未完成"});
  const std::string second = t.ok(db, {"log", "TM-001", "--date", "2026-02-28", "--progress", "30", "--invested", "5000000000"});
  std::smatch m;
  ASSERT_TRUE(std::regex_search(second, m, std::regex("logged report ([0-9]+)"))) << second;
  t.ok(db, {"log", "TM-001", "--correct", m[1].str(), "--invested", "500万", "--reason", "县里把万元填成了元"});
  t.ok(db, {"log", "TM-002", "--date", "2026-03-31", "--stage", "preparing", "--progress", "5"});
  const std::string milestone = trimmed(t.ok(db, {"milestone", "add", "TM-001", "--title", "主体工程完工", "--due", "2026-06"}));
  t.ok(db, {"milestone", "move", milestone, "--due", "2026-09", "--reason", "征地延误"});
  const std::string done = trimmed(t.ok(db, {"milestone", "add", "TM-002", "--title", "土地摘牌", "--due", "2026-04"}));
  t.ok(db, {"milestone", "done", done, "--date", "2026-04-20"});
  t.ok(db, {"milestone", "plan", "TM-003", "--template", "approvals", "--from", "2026-03-01"});
  t.ok(db, {"plan", "set", "TM-001", "--year", "2026", "--class", "new", "--investment", "3亿", "--start", "2026-05"});
  t.ok(db, {"plan", "set", "TM-002", "--year", "2026", "--class", "continuing", "--investment", "8000万"});
  const std::string problem = trimmed(t.ok(
      db, {"problem", "add", "TM-002", "--text", "资金未落实", "--unit", "天门市自然资源局", "--due", "2026-10", "--date", "2026-04-01"}));
  t.ok(db, {"problem", "resolve", problem, "--note", "已落实专项债", "--date", "2026-05-10"});
  t.ok(db, {"problem", "add", "TM-004", "--text", "规划调整", "--level", "city", "--due", "2026-08", "--date", "2026-04-02"});
  t.ok(db, {"config", "set", "light.red_days", "120"});
  t.ok(db, {"config", "set", "home.region", "TM"});
  t.ok(db, {"project", "archive", "TM-005"});
}

// What an officer reads from a database: every export, history, overdue, report, the
// migrations' versions and names.
std::map<std::string, std::string> answers(CopyCommand& t, const std::string& db) {
  std::map<std::string, std::string> a;
  for (const char* what :
       {"projects", "milestones", "updates", "owners", "leaders", "plans", "problems", "templates", "overdue"}) {
    a[std::string("export ") + what] = t.ok(db, {"export", "--what", what, "--format", "csv"});
  }
  for (const char* what : {"owners", "leaders", "projects", "overdue"}) {
    a[std::string("export --contacts ") + what] = t.ok(db, {"export", "--what", what, "--contacts", "--format", "csv"});
  }
  for (const char* code : {"TM-001", "TM-002", "TM-003", "TM-005"}) a[std::string("history ") + code] = t.ok(db, {"history", code});
  a["overdue"] = t.ok(db, {"overdue"});
  a["overdue csv"] = t.ok(db, {"overdue", "--format", "csv"});
  a["report"] = t.ok(db, {"report"});
  a["report --by owner"] = t.ok(db, {"report", "--by", "owner", "--format", "csv"});
  a["report --year"] = t.ok(db, {"report", "--year", "2026", "--format", "csv"});
  a["config list"] = t.ok(db, {"config", "list", "--format", "csv"});
  // Version and name of each migration: the time it was applied is each database's own.
  std::istringstream status(t.ok(db, {"migrate", "--status", "--format", "csv"}));
  std::string line, versions;
  while (std::getline(status, line)) {
    const auto third = line.find(',', line.find(',', line.find(',') + 1) + 1);
    versions += line.substr(0, third) + "\n";
  }
  a["migrate --status"] = versions;
  return a;
}

std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// "5 regions, 1 plan, …": the rows of each table of the file at `path` that holds any.
std::string rows_of_tables(const std::string& path) {
  const std::map<std::string, std::pair<std::string, std::string>> words = {
      {"region", {"region", "regions"}},
      {"plan", {"plan", "plans"}},
      {"program", {"programme", "programmes"}},
      {"owner", {"owner", "owners"}},
      {"leader", {"leader", "leaders"}},
      {"project", {"project", "projects"}},
      {"milestone", {"milestone", "milestones"}},
      {"milestone_move", {"milestone move", "milestone moves"}},
      {"progress_update", {"report", "reports"}},
      {"report_superseded", {"superseded report", "superseded reports"}},
      {"stage_change", {"stage change", "stage changes"}},
      {"audit", {"audit entry", "audit entries"}},
      {"setting", {"setting", "settings"}},
      {"setting_profile", {"profile setting", "profile settings"}},
      {"annual_plan", {"annual plan entry", "annual plan entries"}},
      {"problem", {"problem", "problems"}},
      {"problem_entry", {"problem log entry", "problem log entries"}},
      {"node_template", {"template", "templates"}},
      {"template_node", {"template node", "template nodes"}},
  };
  Database db = Database::open(path);
  std::string list;
  for (const CopiedTable& t : copied_tables()) {
    sql::Statement q(db.sql(), "SELECT count(*) FROM " + testing::sql_name(t.name));
    q.step();
    const std::int64_t n = q.int64(0);
    if (n == 0) continue;
    const auto& [one, many] = words.at(std::string(t.name));
    if (!list.empty()) list += ", ";
    list += grouped(static_cast<std::size_t>(n)) + " " + (n == 1 ? one : many);
  }
  return list;
}

std::vector<std::string> dump_file(const std::string& path) {
  Database db = Database::open(path);
  return testing::dump_portfolio(db.sql(), true);
}

TEST_F(CopyCommand, AFileToANewServerDatabaseAndBackToANewFileAnswersAlike) {
  const std::string original = file("original.db");
  build_portfolio(*this, original);
  if (HasFailure()) return;
  ServerDatabase server;
  const std::string shared = server.conninfo();
  const std::string back = file("back.db");

  const auto there = copy(original, shared);
  ASSERT_EQ(there.code, 0) << there.err;
  const auto rows = dump_file(original);
  const std::size_t tables = copied_tables().size();
  // One sentence: the rows of each table that has any, their sum and the number of tables,
  // naming both databases as messages do (a server's without a password).
  EXPECT_EQ(there.err, "");
  EXPECT_EQ(there.out, "copied " + rows_of_tables(original) + " (" + grouped(rows.size()) + " rows in " +
                           std::to_string(tables) + " tables) from " + original + " to " +
                           sql::postgres_display_name(shared) + "\n");

  const auto again = copy(shared, back);
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_TRUE(again.out.ends_with(" from " + sql::postgres_display_name(shared) + " to " + back + "\n")) << again.out;

  const auto expected = answers(*this, original);
  const auto on_server = answers(*this, shared);
  const auto on_return = answers(*this, back);
  for (const auto& [what, text] : expected) {
    EXPECT_FALSE(text.empty()) << what;
    EXPECT_EQ(on_server.at(what), text) << what << " differs on the server";
    EXPECT_EQ(on_return.at(what), text) << what << " differs after the round trip";
  }
  // Every row of every table, each value of the same type, and the settings and profiles in the
  // order the original's rows were written.
  EXPECT_EQ(dump_file(back), rows);
  {
    Database a = Database::open(original);
    Database b = Database::open(back);
    EXPECT_EQ(testing::written_order(b.sql()), testing::written_order(a.sql()));
  }

  // The next ids are the original's on all three.
  std::vector<std::string> next;
  for (const std::string& db : {original, shared, back}) {
    next.push_back(ok(db, {"milestone", "add", "TM-004", "--title", "竣工验收", "--due", "2026-12"}) +
                   ok(db, {"leader", "add", "--name", "李强", "--title", "区长"}) +
                   ok(db, {"problem", "add", "TM-004", "--text", "资金缺口"}));
    ok(db, {"project", "add", "--code", "TM-950", "--name", "天门市新项目", "--region", "TM"});
  }
  EXPECT_EQ(next[1], next[0]);
  EXPECT_EQ(next[2], next[0]);
  EXPECT_EQ(ok(shared, {"export", "--what", "projects", "--format", "csv"}),
            ok(original, {"export", "--what", "projects", "--format", "csv"}));
  EXPECT_EQ(dump_file(back).size(), dump_file(original).size());
}

TEST_F(CopyCommand, RefusesATargetThatHoldsAPortfolioAndTheSameDatabaseTwiceWritingNothing) {
  const std::string original = file("original.db");
  build_portfolio(*this, original);
  if (HasFailure()) return;
  ServerDatabase server;
  const std::string shared = server.conninfo();
  ASSERT_EQ(copy(original, shared).code, 0);
  const std::string before = ok(shared, {"export", "--what", "updates", "--format", "csv"});

  auto r = copy(original, shared);
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: database '" + sql::postgres_display_name(shared) +
                       "' already holds a portfolio (its table plan has rows); copy into a new file or an empty "
                       "database\n");

  r = copy(shared, shared + " application_name=again");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--from and --to name the same database"), std::string::npos) << r.err;

  // A server database without keyproj's schema is no source.
  ServerDatabase empty("_e");
  r = copy(empty.conninfo(), file("new.db"));
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("no keyproj database at " + sql::postgres_display_name(empty.conninfo())), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(file("new.db")));
  EXPECT_EQ(ok(shared, {"export", "--what", "updates", "--format", "csv"}), before);

  // In Chinese.
  r = e2e::run_keyproj({"--lang", "zh", "copy", "--from", original, "--to", shared}, dir_ / "zh");
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: 数据库 '" + sql::postgres_display_name(shared) +
                       "' 已有项目库（其 plan 表中有数据）；请复制到新文件或空数据库\n");
}

}  // namespace
}  // namespace keyproj
