// Who may do what on a shared server: every writing command, run by an admin, an officer of
// Tianmen (TM), an officer of Wuhan (WH) and a viewer against a Tianmen project. Exactly the
// expected ones succeed; the rest exit 6 and change nothing. Then the same kinds of change
// through psql, logged in as each of them: the database itself refuses what keyproj refused.

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

// Who may run a command on a TM project: the admin alone; the admin and TM's officer (the
// project's own rows); or anyone who writes (adding an owner or a leader, which belong to no
// region).
enum class Allowed { Admin, Project, Writers };

struct Attempt {
  std::vector<std::string> args;
  Allowed allowed;
  std::string input = "";  // standard input (an import's file is written by the fixture)
};

// The roles of the matrix. "boss" is an admin who does not own the portfolio (the sandbox's
// own user does): the rules hold for admins by their role, not by ownership.
struct Role {
  const char* name;
  const char* kind;  // admin, officer, viewer
};
constexpr Role kBoss{"boss", "admin"};
constexpr Role kTianmen{"li_tm", "officer"};
constexpr Role kWuhan{"li_wh", "officer"};
constexpr Role kViewer{"kan", "viewer"};

bool allowed(const Attempt& a, const Role& r) {
  if (std::string(r.name) == kBoss.name) return true;
  if (std::string(r.name) == kTianmen.name) return a.allowed != Allowed::Admin;
  if (std::string(r.name) == kWuhan.name) return a.allowed == Allowed::Writers;
  return false;
}

std::string joined(const std::vector<std::string>& args) {
  std::string out;
  for (const auto& a : args) out += (out.empty() ? "" : " ") + a;
  return out;
}

class Permissions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (test_backend() != Backend::postgres) return;
    base_ = std::make_unique<Sandbox>();
    Sandbox& s = *base_;
    const auto ok = [&s](const std::vector<std::string>& args) {
      const Outcome r = s.keyproj(args);
      ASSERT_EQ(r.code, 0) << joined(args) << ": " << r.err;
    };
    ok({"init"});
    ok({"owner", "add", "--name", "天门市商务局"});
    ok({"owner", "add", "--name", "天门市交通局"});
    ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
    ok({"project", "add", "--code", "TM-001", "--name", "天门物流园", "--region", "TM", "--county", "竟陵街道",
        "--owner", "天门市商务局"});
    ok({"project", "add", "--code", "TM-002", "--name", "天门冷链中心", "--region", "TM"});
    ok({"project", "archive", "TM-002"});
    ok({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH"});
    ok({"milestone", "add", "TM-001", "--title", "主体完工", "--due", "2027-06-30"});  // 1
    ok({"milestone", "add", "TM-001", "--title", "开工", "--due", "2026-03-31"});      // 2
    ok({"milestone", "done", "2", "--date", "2026-03-20"});
    ok({"problem", "add", "TM-001", "--text", "征地拆迁未完成"});  // 1
    ok({"problem", "add", "TM-001", "--text", "用电指标不足"});    // 2
    ok({"problem", "resolve", "2", "--note", "已增容"});
    ok({"log", "TM-001", "--progress", "10", "--date", "2026-10-31"});  // report 1
    ok({"plan", "set", "TM-001", "--year", "2026", "--class", "new", "--investment", "1亿", "--start", "2026-03"});
    for (const Role& r : {kBoss, kTianmen, kWuhan, kViewer}) {
      std::vector<std::string> add{"user", "add", r.name, "--role", r.kind};
      if (std::string(r.kind) == "officer") {
        add.push_back("--region");
        add.push_back(std::string(r.name) == kTianmen.name ? "TM" : "WH");
      }
      ok(add);
    }
    reports_ = s.write("reports.csv", "项目编号,调度日期,形象进度（%）\nTM-001,2026-11-15,30\n");
    plans_ = s.write("plans.csv", "项目编号,年度,类别\nTM-001,2027,continuing\n");
  }
  static void TearDownTestSuite() { base_.reset(); }

  void SetUp() override { KEYPROJ_SERVER_ONLY("a file has one officer and no users"); }

  static std::vector<Attempt> attempts() {
    using enum Allowed;
    return {
        {{"project", "add", "--code", "TM-009", "--name", "天门新项目", "--region", "TM"}, Project},
        {{"project", "edit", "TM-001", "--location", "竟陵"}, Project},
        {{"project", "archive", "TM-001"}, Project},
        {{"project", "unarchive", "TM-002"}, Project},
        {{"log", "TM-001", "--progress", "20", "--date", "2026-11-20"}, Project},
        {{"log", "TM-001", "--correct", "1", "--progress", "12", "--reason", "笔误"}, Project},
        {{"milestone", "add", "TM-001", "--title", "竣工验收", "--due", "2027-12-31"}, Project},
        {{"milestone", "edit", "1", "--title", "主体工程完工"}, Project},
        {{"milestone", "done", "1", "--date", "2026-11-20"}, Project},
        {{"milestone", "move", "1", "--due", "2027-09-30", "--reason", "雨季"}, Project},
        {{"milestone", "reopen", "2", "--reason", "未真正开工"}, Project},
        {{"milestone", "delete", "1", "--reason", "重复"}, Project},
        {{"milestone", "plan", "TM-001", "--template", "approvals", "--from", "2026-01-01"}, Project},
        {{"problem", "add", "TM-001", "--text", "资金未到位"}, Project},
        {{"problem", "update", "1", "--note", "已协调"}, Project},
        {{"problem", "resolve", "1", "--note", "已解决"}, Project},
        {{"problem", "reopen", "2", "--reason", "再次不足"}, Project},
        {{"import", reports_, "--what", "updates"}, Project},
        {{"owner", "add", "--name", "天门市水利局"}, Writers},
        {{"leader", "add", "--name", "李明", "--title", "副县长"}, Writers},
        {{"owner", "rename", "天门市交通局", "--to", "天门市交通运输局"}, Admin},
        {{"owner", "merge", "天门市交通局", "--into", "天门市商务局"}, Admin},
        {{"leader", "edit", "1", "--title", "市长"}, Admin},
        {{"plan", "set", "TM-001", "--year", "2027", "--class", "continuing"}, Admin},
        {{"plan", "remove", "TM-001", "--year", "2026", "--reason", "调整"}, Admin},
        {{"plan", "copy", "--from", "2026", "--to", "2027"}, Admin},
        {{"import", plans_, "--what", "plans"}, Admin},
        {{"config", "set", "light.start_rule", "off"}, Admin},
        {{"config", "profile", "yinchuan"}, Admin},
        {{"seed", "--region", "TM"}, Admin},
        {{"user", "add", "zhao", "--role", "viewer"}, Admin},
        {{"user", "remove", "kan"}, Admin},
    };
  }

  static Outcome run_as(const Sandbox& s, const Role& r, const std::vector<std::string>& args,
                        const std::string& input = "") {
    std::vector<std::string> full{"--db", s.db_as(r.name), "--as-of", s.as_of};
    full.insert(full.end(), args.begin(), args.end());
    return s.raw(full, {}, input);
  }

  // The portfolio and its users, who are not in the dump (they are the server's own).
  static std::string state(const Sandbox& s) {
    std::string out = s.dump();
    for (const auto& row : s.rows("SELECT name, role FROM keyproj_user ORDER BY name")) out += row[0] + "|" + row[1] + "\n";
    return out;
  }

  // Every attempt as `role`: an allowed one on a copy of its own (each starts from the same
  // portfolio) succeeds and changes it; a refused one exits 6, says so, and changes nothing.
  static void check_matrix(const Role& role) {
    const auto refused_here = Sandbox::copy_of(*base_);
    const std::string before = state(*refused_here);
    int succeeded = 0, refused = 0;
    for (const Attempt& a : attempts()) {
      SCOPED_TRACE(std::string(role.name) + ": " + joined(a.args));
      if (allowed(a, role)) {
        const auto own = Sandbox::copy_of(*base_);
        const Outcome r = run_as(*own, role, a.args, a.input);
        EXPECT_EQ(r.code, 0) << r.err;
        EXPECT_TRUE(state(*own) != before) << "nothing changed";
        ++succeeded;
      } else {
        const Outcome r = run_as(*refused_here, role, a.args, a.input);
        EXPECT_EQ(r.code, 6) << r.out << r.err;
        EXPECT_TRUE(r.err.starts_with("keyproj: permission denied: ")) << r.err;
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;  // one sentence
        EXPECT_TRUE(state(*refused_here) == before) << "the refused command changed the portfolio";
        ++refused;
      }
    }
    const int all = static_cast<int>(attempts().size());
    int expected_ok = 0;
    for (const Attempt& a : attempts()) expected_ok += allowed(a, role) ? 1 : 0;
    EXPECT_EQ(succeeded, expected_ok);
    EXPECT_EQ(refused, all - expected_ok);
  }

  static std::unique_ptr<Sandbox> base_;
  static std::string reports_;
  static std::string plans_;
};

std::unique_ptr<Sandbox> Permissions::base_;
std::string Permissions::reports_;
std::string Permissions::plans_;

TEST_F(Permissions, AnAdminWhoDoesNotOwnThePortfolioMayDoEverything) { check_matrix(kBoss); }

TEST_F(Permissions, TheOfficerOfTheRegionWritesItsProjectsAndNothingOfTheAdmins) { check_matrix(kTianmen); }

TEST_F(Permissions, AnotherRegionsOfficerAddsOwnersAndLeadersAndNothingElse) { check_matrix(kWuhan); }

TEST_F(Permissions, AViewerChangesNothing) { check_matrix(kViewer); }

TEST_F(Permissions, TheRefusalNamesTheProjectAndTheScopeInTheReadersLanguage) {
  const auto s = Sandbox::copy_of(*base_);
  Outcome r = run_as(*s, kWuhan, {"log", "TM-001", "--progress", "20"});
  EXPECT_EQ(r.code, 6);
  EXPECT_EQ(r.err, "keyproj: permission denied: project TM-001 (TM 竟陵街道) is outside the scope of li_wh, an "
                   "officer of WH\n");
  r = run_as(*s, kWuhan, {"--lang", "zh", "log", "TM-001", "--progress", "20"});
  EXPECT_EQ(r.code, 6);
  EXPECT_EQ(r.err, "keyproj: 权限不足：项目 TM-001（TM 竟陵街道）不在 li_wh 的范围内，其身份为WH 的经办人\n");
  r = run_as(*s, kTianmen, {"config", "set", "light.start_rule", "off"});
  EXPECT_EQ(r.err, "keyproj: permission denied: only an admin changes the settings; li_tm is an officer of TM\n");
  r = run_as(*s, kViewer, {"problem", "add", "TM-001", "--text", "x"});
  EXPECT_EQ(r.err, "keyproj: permission denied: kan is a viewer and changes nothing, project TM-001 included\n");
  // A role the portfolio does not know reads nothing either: it is told so.
  r = run_as(*s, Role{"stranger", "viewer"}, {"overdue"});
  EXPECT_EQ(r.code, 6);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: permission denied: stranger is not a user of this portfolio; an admin adds them with "
                   "keyproj user add\n");
}

TEST_F(Permissions, OnAServerTheAuthorIsTheRoleAndUserIsRefused) {
  const auto s = Sandbox::copy_of(*base_);
  const std::string before = s->dump();
  const Outcome r = s->raw({"--db", s->db_as(kTianmen.name), "--user", "boss", "log", "TM-001", "--progress", "20"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: --user names the author in a database file; on a server the author is the role keyproj "
                   "logs in as (li_tm): give it as the user of --db\n");
  EXPECT_EQ(s->dump(), before);
}

TEST_F(Permissions, APasswordFromStandardInputReachesTheServerAsAVerifierOnly) {
  const auto s = Sandbox::copy_of(*base_);
  const std::string name = "pw_" + std::to_string(::getpid());
  const Outcome r = s->keyproj({"user", "add", name, "--role", "viewer", "--password-stdin"}, "S3cret 口令\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "added user " + name + ", a viewer\n");
  EXPECT_EQ(r.err, "");  // a pipe is asked nothing
  EXPECT_EQ(s->rows("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = ?", {name}),
            (Rows{{"SCRAM-SHA-256$"}}));
  EXPECT_EQ(s->rows("SELECT count(*) FROM pg_authid WHERE rolpassword LIKE '%S3cret%'"), (Rows{{"0"}}));
  ASSERT_EQ(s->keyproj({"user", "remove", name}).code, 0);
}

TEST_F(Permissions, AnOfficerWritesTheProjectsOfTheirOwnRegion) {
  const auto s = Sandbox::copy_of(*base_);
  const Outcome r = run_as(*s, kWuhan, {"log", "WH-001", "--progress", "5", "--date", "2026-11-01"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(s->rows("SELECT u.author, u.progress_pct FROM progress_update u JOIN project p ON p.id = u.project_id "
                    "WHERE p.code = 'WH-001'"),
            (Rows{{"li_wh", "5"}}));
}

TEST_F(Permissions, AnOfficerOfOneCountyWritesThatCountyAlone) {
  const auto s = Sandbox::copy_of(*base_);
  ASSERT_EQ(s->keyproj({"user", "add", "zhang", "--role", "officer", "--region", "天门", "--county", "竟陵街道"}).code,
            0);
  const Role county{"zhang", "officer"};
  EXPECT_EQ(run_as(*s, county, {"log", "TM-001", "--progress", "15", "--date", "2026-11-01"}).code, 0);
  const std::string before = s->dump();
  // TM-002 is in Tianmen but in no county.
  const Outcome r = run_as(*s, county, {"project", "unarchive", "TM-002"});
  EXPECT_EQ(r.code, 6);
  EXPECT_EQ(r.err, "keyproj: permission denied: project TM-002 (TM) is outside the scope of zhang, an officer of TM "
                   "竟陵街道\n");
  // Nor may the officer move a project of theirs out of their county.
  EXPECT_EQ(run_as(*s, county, {"project", "edit", "TM-001", "--county", "岳口镇"}).code, 6);
  EXPECT_EQ(s->dump(), before);
}

// psql, logged in as each role: what the database itself allows, whatever the program.
struct Psql {
  int code;
  std::string err;
};

Psql psql(const std::string& conninfo, const std::string& sql) {
  const char* bin = std::getenv("PG_BIN");
  const std::string program = std::string(bin && *bin ? bin : "/usr/lib/postgresql/15/bin") + "/psql";
  char err_path[] = "/tmp/keyproj-psql-XXXXXX";
  const int fd = mkstemp(err_path);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fd, STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    execl(program.c_str(), "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo.c_str(), "-c", "BEGIN", "-c",
          sql.c_str(), "-c", "ROLLBACK", static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(fd);
  std::ifstream in(err_path);
  std::string err((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  unlink(err_path);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128, err};
}

TEST_F(Permissions, ThroughPsqlTheDatabaseRefusesWhatKeyprojRefuses) {
  const auto s = Sandbox::copy_of(*base_);
  const std::string tm = "(SELECT id FROM project WHERE code = 'TM-001')";
  struct Change {
    std::string sql;
    Allowed allowed;
  };
  const std::vector<Change> changes{
      {"UPDATE project SET location = 'x' WHERE code = 'TM-001'", Allowed::Project},
      // Moving a project out of the officer's region is writing the other region.
      {"UPDATE project SET region_id = (SELECT id FROM region WHERE code = 'WH') WHERE code = 'TM-001'",
       Allowed::Admin},
      {"INSERT INTO progress_update (project_id, reported_on, author, created_at) VALUES (" + tm +
           ", '2026-11-21', 'x', '2026-11-21T00:00:00.000Z')",
       Allowed::Project},
      {"INSERT INTO milestone (project_id, title, due, baseline_due, created_at) VALUES (" + tm +
           ", 't', '2027-01-01', '2027-01-01', 'x')",
       Allowed::Project},
      {"UPDATE problem SET status = 'resolved', resolved_on = '2026-11-21' WHERE id = 1", Allowed::Project},
      {"INSERT INTO owner (name, created_at) VALUES ('psql单位', 'x')", Allowed::Writers},
      {"UPDATE owner SET name = 'x' WHERE name = '天门市交通局'", Allowed::Admin},
      {"UPDATE setting SET updated_at = '2026-11-22T00:00:00Z' WHERE key = 'stale.days'", Allowed::Admin},
      {"DELETE FROM annual_plan", Allowed::Admin},
      {"SELECT keyproj_user_add('psql_x', 'viewer', NULL, NULL, NULL)", Allowed::Admin},
  };
  // Refused to everyone but the owner: reports and the audit are never rewritten, the access
  // tables are the owner's functions' alone, the rules are the owner's to lift.
  const std::vector<std::string> never{
      "UPDATE progress_update SET progress_pct = 1",
      "DELETE FROM progress_update",
      "UPDATE audit SET \"user\" = 'x'",
      "DELETE FROM audit",
      "TRUNCATE milestone",
      "UPDATE keyproj_user SET role = 'admin'",
      "INSERT INTO keyproj_user (name, role) VALUES ('li_wh2', 'admin')",
      "SELECT keyproj_grant_access('li_wh')",
      "DELETE FROM row_change",
      "ALTER TABLE project NO FORCE ROW LEVEL SECURITY",
      "ALTER TABLE project DISABLE TRIGGER keyproj_guard",
      "DROP POLICY keyproj_add ON project",
      "SET ROLE tester",
  };
  for (const Role& role : {kBoss, kTianmen, kWuhan, kViewer}) {
    const std::string db = s->db_as(role.name);
    for (const Change& c : changes) {
      SCOPED_TRACE(std::string(role.name) + ": " + c.sql);
      const Psql r = psql(db, c.sql);
      if (allowed(Attempt{{}, c.allowed}, role)) {
        EXPECT_EQ(r.code, 0) << r.err;
      } else {
        EXPECT_NE(r.code, 0);
        EXPECT_NE(r.err.find("permission denied"), std::string::npos) << r.err;
      }
    }
    for (const std::string& sql : never) {
      SCOPED_TRACE(std::string(role.name) + ": " + sql);
      const Psql r = psql(db, sql);
      EXPECT_NE(r.code, 0);
      EXPECT_NE(r.err.find("ERROR"), std::string::npos) << r.err;
    }
  }
  // An audit entry an officer writes by hand is theirs, whatever name it gives.
  const Psql forged = psql(s->db_as(kTianmen.name), "INSERT INTO audit (at, \"user\", entity, action) VALUES "
                                                   "('2026-11-22T00:00:00.000Z', 'boss', 'owner', 'create'); COMMIT");
  EXPECT_EQ(forged.code, 0) << forged.err;
  EXPECT_EQ(s->rows("SELECT \"user\" FROM audit WHERE at = '2026-11-22T00:00:00.000Z'"), (Rows{{"li_tm"}}));
  // The statement log has every statement's rows, by whom, however they were written: the ids
  // of the rows added, the rows changed as they were and became.
  const std::string forged_id = s->query_one("SELECT CAST(id AS text) FROM audit WHERE at = '2026-11-22T00:00:00.000Z'");
  EXPECT_EQ(s->rows("SELECT by_role, operation, CAST(after AS text) FROM row_change WHERE table_name = 'audit' "
                    "AND by_role = 'li_tm'"),
            (Rows{{"li_tm", "INSERT", "[" + forged_id + "]"}}));
  const Psql edited = psql(s->db_as(kTianmen.name), "UPDATE project SET location = '竟陵' WHERE code = 'TM-001'; COMMIT");
  EXPECT_EQ(edited.code, 0) << edited.err;
  EXPECT_EQ(s->rows("SELECT operation, coalesce(before->0->>'location', 'NULL'), after->0->>'location', "
                    "after->0->>'code' FROM row_change WHERE table_name = 'project' AND by_role = 'li_tm'"),
            (Rows{{"UPDATE", "NULL", "竟陵", "TM-001"}}));
}

}  // namespace
}  // namespace keyproj::e2e
