// The foundation as an officer meets it: init, migrations, project and owner commands, errors.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

// The migrations of the source tree, by name (0001_schema, …), in order: the schema keyproj
// builds is theirs, and the newest one's number is its version.
std::vector<std::string> migration_names() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(KEYPROJ_SOURCE_DIR) + "/migrations"))
    if (e.path().extension() == ".sql") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string schema_version() { return std::to_string(std::stoi(migration_names().back().substr(0, 4))); }

TEST(Init, CreatesTheDatabaseAndSaysWhere) {
  KEYPROJ_SQLITE_ONLY("init creates the database file and names its path");
  Sandbox s;
  const Outcome r = s.keyproj({"init"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "database " + s.db() + " is ready at schema version " + schema_version() + "\n");
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(std::filesystem::exists(s.db()));
}

// Only init creates a database: any other command on a path with nothing there is told so,
// and leaves nothing behind, not even the folder; a cron check on a mistyped path fails.
TEST(Init, IsTheOnlyCommandThatCreatesADatabase) {
  KEYPROJ_SQLITE_ONLY("a mistyped file path: no file or folder may appear there");
  Sandbox s;
  const std::string db = (s.dir() / "typo" / "keyproj.db").string();
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"project", "list"}, {"overdue", "--fail-if-any"}, {"seed"}, {"migrate", "--status"},
        {"owner", "add", "--name", "某单位"}}) {
    std::vector<std::string> args{"--db", db};
    args.insert(args.end(), command.begin(), command.end());
    const Outcome r = s.raw(args);
    EXPECT_EQ(r.code, 3) << command[0];
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "keyproj: no database at " + db + "; run 'keyproj init' to create one\n");
    EXPECT_FALSE(std::filesystem::exists(s.dir() / "typo")) << command[0];
  }
  const Outcome r = s.raw({"--db", db, "init"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(db));
  EXPECT_EQ(s.raw({"--db", db, "overdue", "--fail-if-any"}).code, 0);
}

TEST(Init, DatabaseFromEnvironmentThenXdgFolder) {
  KEYPROJ_SQLITE_ONLY("the default database file's path from KEYPROJ_DB and XDG_DATA_HOME");
  Sandbox s;
  const std::string env_db = (s.dir() / "env.db").string();
  Outcome r = s.raw({"init"}, {"KEYPROJ_DB=" + env_db});
  EXPECT_EQ(r.out, "database " + env_db + " is ready at schema version " + schema_version() + "\n");
  const std::string xdg = (s.dir() / "xdg").string();
  r = s.raw({"init"}, {"XDG_DATA_HOME=" + xdg});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "database " + xdg + "/keyproj/keyproj.db is ready at schema version " + schema_version() + "\n");
}

TEST(Migrate, StatusListsAppliedMigrations) {
  Sandbox s;
  s.keyproj({"init"});
  const Outcome r = s.keyproj({"migrate", "--status", "--format", "csv"});
  EXPECT_EQ(r.code, 0) << r.err;
  // applied_at varies; the first three columns do not.
  EXPECT_EQ(r.out.substr(0, r.out.find("\r\n")), "version,name,state,applied_at");
  EXPECT_NE(r.out.find("\r\n1,0001_schema,applied,"), std::string::npos);
  EXPECT_NE(r.out.find("\r\n2,0002_regions,applied,"), std::string::npos);
}

TEST(Migrate, StatusOnAnEmptyFileShowsEveryMigrationPending) {
  Sandbox s;
  // An empty file is an empty SQLite database; the sandbox's PostgreSQL database is empty already.
  if (s.backend() == Backend::sqlite) std::ofstream(s.db()).close();
  const Outcome r = s.keyproj({"migrate", "--status", "--format", "csv"});
  std::string expected = "version,name,state,applied_at\r\n";
  for (const auto& name : migration_names())
    expected += std::to_string(std::stoi(name.substr(0, 4))) + "," + name + ",pending,\r\n";
  EXPECT_EQ(r.out, expected);
}

TEST(Migrate, NewerDatabaseIsRefusedAndLeftUntouched) {
  Sandbox s;
  s.keyproj({"init"});
  s.sql("INSERT INTO schema_migrations VALUES (99, '0099_future', 'x', '2030-01-01')");
  const std::string before = s.dump();
  const Outcome r = s.keyproj({"project", "list"});
  EXPECT_EQ(r.code, 5);
  EXPECT_EQ(r.err, "keyproj: database schema version 99 is newer than this keyproj knows (" + schema_version() + "); use a newer keyproj\n");
  EXPECT_EQ(s.dump(), before);
}

TEST(Database, DirectoryCorruptAndUnreadableFilesGetOneSentence) {
  KEYPROJ_SQLITE_ONLY("a directory or a corrupt file given as the database");
  Sandbox s;
  Outcome r = s.raw({"--db", s.dir().string(), "project", "list"});
  EXPECT_EQ(r.code, 5);
  EXPECT_EQ(r.err, "keyproj: database '" + s.dir().string() + "' is a directory, not a database file\n");
  const std::string junk = s.write("junk.db", std::string(4096, '\x5a'));
  r = s.raw({"--db", junk, "project", "list"});
  EXPECT_EQ(r.code, 5);
  EXPECT_EQ(r.err, "keyproj: database '" + junk + "' cannot be opened: file is not a database\n");
}

class Portfolio : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM",
                         "--name-en", "Tianmen Logistics Park", "--county", "天门市", "--program",
                         "专栏4 农商互联体系工程", "--category", "logistics", "--owner", "天门市商务局", "--budget",
                         "1.5亿元", "--start", "2022", "--finish", "2025"})
                  .code,
              0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "WH-001", "--name", "汉口北市场", "--region", "WH"}).code, 0);
  }
  Sandbox s;
};

TEST_F(Portfolio, ListAsTable) {
  const Outcome r = s.keyproj({"project", "list"});  // not a terminal: nothing is cut
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Code    Name                      Region  Stage    Owner          Budget  Invested  Finish      Light\n"
            "------  ------------------------  ------  -------  ------------  -------  --------  ----------  -----\n"
            "TM-011  天门市综合物流产业园项目  TM      planned  天门市商务局  1.5亿元       0元  2025-12-31  red\n"
            "WH-001  汉口北市场                WH      planned  —                   —       0元  —           green\n");
}

TEST_F(Portfolio, ListFilters) {
  EXPECT_EQ(s.keyproj({"project", "list", "--region", "WH", "--format", "csv"}).out,
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light\r\n"
            "WH-001,汉口北市场,WH,planned,,,0,,green\r\n");
  EXPECT_EQ(s.keyproj({"project", "list", "--owner", "天门市商务局", "--format", "csv"}).out,
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light\r\n"
            "TM-011,天门市综合物流产业园项目,TM,planned,天门市商务局,150000000,0,2025-12-31,red\r\n");
  EXPECT_EQ(s.keyproj({"project", "list", "--search", "汉口", "--format", "csv"}).out,
            "code,name_zh,region,stage,owner,budget_yuan,invested_yuan,planned_finish,light\r\n"
            "WH-001,汉口北市场,WH,planned,,,0,,green\r\n");
  EXPECT_EQ(s.keyproj({"project", "list", "--stage", "building", "--format", "json"}).out, "[]\n");
}

TEST_F(Portfolio, ShowAsJsonHasEveryFieldWithNullsForMissingFacts) {
  const Outcome r = s.keyproj({"project", "show", "WH-001", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["code"], "WH-001");
  EXPECT_EQ(j["name_zh"], "汉口北市场");
  EXPECT_EQ(j["region"], "WH");
  EXPECT_EQ(j["stage"], "planned");
  EXPECT_EQ(j["invested_yuan"], 0);
  for (const char* key : {"name_en", "county", "program", "category", "location", "scale", "owner", "budget_yuan",
                          "planned_start", "planned_finish"})
    EXPECT_TRUE(j.contains(key) && j[key].is_null()) << key;
}

TEST_F(Portfolio, ShowTakesGlobalOptionsAfterTheCommandAndAUniqueNamePart) {
  const Outcome r = s.raw({"project", "show", "物流产业园", "--format", "json", "--db", s.db()});
  ASSERT_EQ(r.code, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["code"], "TM-011");
  EXPECT_EQ(j["budget_yuan"], 150000000);
  EXPECT_EQ(j["planned_start"], "2022-01-01");
  EXPECT_EQ(j["planned_finish"], "2025-12-31");
  EXPECT_EQ(j["county"], "天门市");
  EXPECT_EQ(j["program"], "专栏4 农商互联体系工程");
  EXPECT_EQ(j["owner"], "天门市商务局");
  EXPECT_EQ(j["name_en"], "Tianmen Logistics Park");
}

TEST_F(Portfolio, OwnersAreListedWithTheirProjects) {
  ASSERT_EQ(s.keyproj({"owner", "add", "--name", "荆门市发改委", "--kind", "unit", "--contact", "0724-000"}).code, 0);
  // A contact is personal data: listed only when asked for.
  EXPECT_EQ(s.keyproj({"owner", "list", "--format", "csv"}).out,
            "name,kind,projects\r\n天门市商务局,,1\r\n荆门市发改委,unit,0\r\n");
  EXPECT_EQ(s.keyproj({"owner", "list", "--format", "csv", "--contacts"}).out,
            "name,kind,contact,projects\r\n天门市商务局,,,1\r\n荆门市发改委,unit,0724-000,0\r\n");
  EXPECT_EQ(s.keyproj({"export", "--what", "owners"}).out,
            "name,kind,projects\r\n天门市商务局,,1\r\n荆门市发改委,unit,0\r\n");
}

struct BadCase {
  std::vector<std::string> args;
  int code;
  std::string err;
};

TEST_F(Portfolio, BadInputGetsOneSentenceAnExitCodeAndWritesNothing) {
  const std::vector<BadCase> cases = {
      {{"project", "add", "--code", "TM-011", "--name", "x", "--region", "TM"}, 4,
       "keyproj: code 'TM-011' is already used by another project\n"},
      {{"project", "add", "--code", "TM-900", "--name", "x", "--region", "XX"}, 4,
       "keyproj: region 'XX' is not known; use one of TM, EZ, WH, ZS, JM\n"},
      {{"project", "add", "--code", "TM-900", "--name", "x", "--region", "TM", "--budget", "-1"}, 4,
       "keyproj: budget '-1' is negative; money must be zero or more\n"},
      {{"project", "add", "--code", "TM-900", "--name", "x", "--region", "TM", "--budget", "1.5亿亿"}, 4,
       "keyproj: budget '1.5亿亿' is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿\n"},
      {{"project", "add", "--code", "TM-900", "--name", "x", "--region", "TM", "--finish", "2025-02-30"}, 4,
       "keyproj: finish '2025-02-30' is not a day of the calendar\n"},
      {{"project", "add", "--code", "TM-900", "--name", "x", "--region", "TM", "--start", "2026", "--finish", "2025"}, 4,
       "keyproj: finish '2025-12-31' is before start '2026-01-01'\n"},
      {{"project", "add", "--code", "TM-900", "--region", "TM"}, 2, "keyproj: --name is required\n"},
      {{"project", "add", "--code", "TM-900", "--name", "x", "--region", "TM", "--stage", "started"}, 4,
       "keyproj: stage 'started' is not a stage; use planned, preparing, building, completed, operating, suspended or "
       "cancelled\n"},
      {{"owner", "add", "--name", "天门市商务局"}, 4, "keyproj: owner name '天门市商务局' is already taken\n"},
      {{"owner", "add", "--name", "x", "--kind", "person"}, 4,
       "keyproj: kind 'person' is not known; use unit or enterprise\n"},
      {{"project", "show", "TM-999"}, 3,
       "keyproj: project 'TM-999' is not a code nor part of any project's name\n"},
      {{"project", "show", "港口"}, 3, "keyproj: project '港口' is not a code nor part of any project's name\n"},
      {{"project", "show", "市"}, 2,
       "keyproj: project '市' matches several projects; name one by code: TM-011 天门市综合物流产业园项目, WH-001 "
       "汉口北市场\n"},
      {{"frobnicate"}, 2, "keyproj: command 'frobnicate' is not known; run 'keyproj help' for the list\n"},
      {{"project", "list", "--colour"}, 2, "keyproj: unrecognised option '--colour'; see 'keyproj help'\n"},
      {{"--format", "xml", "project", "list"}, 2, "keyproj: format 'xml' is not known; use table, csv, json, xlsx or ics\n"},
  };
  const std::string before = s.dump();
  for (const auto& c : cases) {
    const Outcome r = s.keyproj(c.args);
    EXPECT_EQ(r.code, c.code) << c.args[0] << " " << (c.args.size() > 1 ? c.args[1] : "");
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
  const Outcome r = s.raw({"--db", s.db(), "--as-of", "2025-13-01", "project", "list"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: as-of '2025-13-01' has no month 13\n");
  EXPECT_EQ(s.dump(), before);
}

TEST_F(Portfolio, SqlTextInNamesIsStoredVerbatim) {
  const std::string name = "x'); DROP TABLE project; --";
  ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-901", "--name", name, "--region", "TM"}).code, 0);
  const json j = json::parse(s.keyproj({"project", "show", "TM-901", "--format", "json"}).out);
  EXPECT_EQ(j["name_zh"], name);
  EXPECT_EQ(s.keyproj({"project", "list", "--format", "json"}).code, 0);
}

TEST_F(Portfolio, EveryChangeIsAudited) {
  std::vector<std::string> rows;
  for (const auto& row : s.rows("SELECT entity, action, \"user\", after FROM audit ORDER BY id")) {
    const json after = json::parse(row[3]);
    rows.push_back(row[0] + "/" + row[1] + "/" + row[2] + "/" + after.value("code", ""));
  }
  EXPECT_EQ(rows, (std::vector<std::string>{"owner/create/tester/", "project/create/tester/TM-011",
                                            "project/create/tester/WH-001"}));
}

TEST(Help, OverviewCommandUsageAndVersion) {
  Sandbox s;
  Outcome r = s.raw({"help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("usage: keyproj [global options] COMMAND [command options]"), std::string::npos);
  EXPECT_NE(r.out.find("project add"), std::string::npos);
  r = s.raw({"help", "project", "show"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "usage: keyproj project show PROJECT [options]");
  EXPECT_EQ(s.raw({"project", "show", "--help"}).out, r.out);
  r = s.raw({"--version"});
  EXPECT_EQ(r.out, "keyproj 0.1.0\n");
  r = s.raw({});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("usage: keyproj"), std::string::npos);
}

TEST(Help, AGroupListsItsSubcommands) {
  Sandbox s;
  Outcome r = s.raw({"help", "config"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "usage: keyproj config SUBCOMMAND [options]\n"
            "\n"
            "Subcommands:\n"
            "  config list         list the settings with their values and defaults\n"
            "  config set          change a setting (thresholds, home region)\n"
            "  config profile      apply a named set of the lights' rules (default, \n"
            "                      yinchuan, sanya)\n"
            "\n"
            "Run 'keyproj help config SUBCOMMAND' for a subcommand's options.\n");
  EXPECT_EQ(s.raw({"config", "--help"}).out, r.out);
  // Every group: the subcommands that `keyproj GROUP` alone names in its refusal are each listed.
  for (const std::string group : {"project", "milestone", "owner", "config"}) {
    const Outcome refusal = s.raw({group});
    ASSERT_EQ(refusal.code, 2) << group;
    const std::string lead = "keyproj: command '" + group + "' needs one of: ";
    ASSERT_EQ(refusal.err.substr(0, lead.size()), lead) << refusal.err;
    std::string subs = refusal.err.substr(lead.size());
    subs.pop_back();  // the newline
    r = s.raw({"help", group});
    EXPECT_EQ(r.code, 0) << group;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "usage: keyproj " + group + " SUBCOMMAND [options]");
    std::size_t listed = 0;
    for (std::size_t from = 0; from <= subs.size();) {
      const std::size_t comma = std::min(subs.find(", ", from), subs.size());
      const std::string sub = subs.substr(from, comma - from);
      EXPECT_NE(r.out.find("\n  " + group + " " + sub + " "), std::string::npos) << group << " " << sub;
      ++listed;
      from = comma + 2;
    }
    EXPECT_GE(listed, 2u) << group;
  }
  // An unknown group, or an unknown subcommand of a known one, is a usage error.
  r = s.raw({"help", "projects"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: command 'projects' is not known; run 'keyproj help' for the list\n");
  r = s.raw({"help", "config", "unset"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: command 'config unset' is not known; 'config' takes list, set, profile\n");
}

}  // namespace
}  // namespace keyproj::e2e
