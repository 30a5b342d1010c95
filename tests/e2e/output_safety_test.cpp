// Where output goes, and what happens when it cannot: `export --out` never destroys the
// database nor replaces a device or a link with a plain file, keeps a file's permissions,
// leaves no temporaries behind; a failed write exits 5, never 0 with a cut file.

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "e2e/harness.h"
#include "e2e/process.h"

namespace keyproj::e2e {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A shell command line's exit code (for redirections the harness does not make).
int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class Output : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-011", "--name", "天门市综合物流产业园项目", "--region", "TM",
                         "--budget", "1.5亿元"})
                  .code,
              0);
    ASSERT_EQ(s.keyproj({"log", "TM-011", "--invested", "2000万", "--note", "主体施工"}).code, 0);
  }
  // keyproj with the sandbox's database, as a shell command line.
  std::string command(const std::string& args) const {
    // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) of "'" + std::string.
    std::string line = "'";
    line += keyproj_binary();
    line += "' --db '" + s.db() + "' --as-of 2026-11-22 " + args;
    return line;
  }
  std::string csv() const { return s.keyproj({"export", "--what", "projects"}).out; }
  Sandbox s;
};

TEST_F(Output, TheDatabaseAndItsFilesAreNeverAnExportTarget) {
  KEYPROJ_SQLITE_ONLY("the database's file and its -wal, -shm and .bak-v companions");
  const std::string before = s.dump();
  const std::string bytes = slurp(s.db());
  for (const std::string& out : {s.db(), s.db() + "-wal", s.db() + "-shm", s.db() + ".bak-v5",
                                 (s.dir() / "." / "keyproj.db").string()}) {
    const Outcome r = s.keyproj({"export", "--what", "projects", "--out", out});
    EXPECT_EQ(r.code, 2) << out;
    EXPECT_EQ(r.err, "keyproj: --out '" + out + "' is a file of the database " + s.db() +
                         "; give another file to export to\n");
  }
  EXPECT_EQ(s.dump(), before);
  EXPECT_EQ(slurp(s.db()), bytes);
}

TEST_F(Output, ASymbolicLinkIsFollowedAndStays) {
  const fs::path target = s.dir() / "real.csv";
  const fs::path link = s.dir() / "link.csv";
  std::ofstream(target) << "old\n";
  fs::create_symlink(target, link);
  ASSERT_EQ(s.keyproj({"export", "--what", "projects", "--out", link.string()}).code, 0);
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(slurp(target), csv());
}

TEST_F(Output, AReplacedFileKeepsItsPermissions) {
  const fs::path out = s.dir() / "private.csv";
  std::ofstream(out) << "old\n";
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write);
  ASSERT_EQ(s.keyproj({"export", "--what", "projects", "--out", out.string()}).code, 0);
  EXPECT_EQ(fs::status(out).permissions(), fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(slurp(out), csv());
}

TEST_F(Output, AFifoIsWrittenInPlace) {
  const fs::path fifo = s.dir() / "pipe.csv";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  const fs::path got = s.dir() / "got.csv";
  ASSERT_EQ(shell("cat '" + fifo.string() + "' > '" + got.string() + "' & " +
                  command("export --what projects --out '" + fifo.string() + "'") + "; code=$?; wait; exit $code"),
            0);
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(slurp(got), csv());
}

TEST_F(Output, AFullDeviceIsAnErrorNamingTheOutput) {
  const fs::path err = s.dir() / "err.txt";
  for (const std::string& args : {std::string("export --what updates"), std::string("project list"),
                                  std::string("report"), std::string("project show TM-011"), std::string("history TM-011")}) {
    EXPECT_EQ(shell(command(args) + " > /dev/full 2> '" + err.string() + "'"), 5) << args;
    EXPECT_EQ(slurp(err), "keyproj: standard output cannot be written: the disk may be full; what was printed is "
                          "incomplete\n")
        << args;
  }
  const Outcome r = s.keyproj({"export", "--what", "updates", "--out", "/dev/full"});
  EXPECT_EQ(r.code, 5);
  EXPECT_EQ(r.err, "keyproj: file '/dev/full' cannot be written: the disk may be full\n");
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
  const Outcome x = s.keyproj({"export", "--what", "updates", "--out", "/dev/full", "--format", "xlsx"});
  EXPECT_EQ(x.code, 5);
  EXPECT_TRUE(x.err.starts_with("keyproj: file '/dev/full' cannot be written")) << x.err;
  EXPECT_EQ(x.err.find("[ERROR]"), std::string::npos) << x.err;
  EXPECT_EQ(std::count(x.err.begin(), x.err.end(), '\n'), 1) << x.err;
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST_F(Output, AClosedPipeIsQuiet) {
  ASSERT_EQ(s.keyproj({"seed"}).code, 0);
  const fs::path err = s.dir() / "err.txt";
  shell(command("project list --format csv") + " 2> '" + err.string() + "' | head -c 10 > /dev/null");
  EXPECT_EQ(slurp(err), "");
}

TEST_F(Output, AKilledExportLeavesNoTemporaryForever) {
  // What kill -9 during an xlsx export leaves: a temporary that no process holds.
  const fs::path stale = s.dir() / "x.xlsx.tmp-Ab12Cd";
  std::ofstream(stale) << "half a workbook";
  ASSERT_EQ(s.keyproj({"export", "--what", "projects", "--out", (s.dir() / "x.xlsx").string()}).code, 0);
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(s.dir() / "x.xlsx"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(s.dir())) ++files;
  // The workbook, and on SQLite the database's file with what WAL left beside it.
  const std::size_t database_files = s.backend() == Backend::sqlite
                                         ? 1u + (fs::exists(s.db() + "-wal") ? 1 : 0) + (fs::exists(s.db() + "-shm") ? 1 : 0)
                                         : 0u;
  EXPECT_EQ(files, 1u + database_files);
}

TEST_F(Output, FormatAndExtensionMustAgree) {
  const fs::path xlsx = s.dir() / "a.xlsx";
  const Outcome r = s.keyproj({"export", "--what", "projects", "--format", "csv", "--out", xlsx.string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: --format csv contradicts --out '" + xlsx.string() +
                       "', whose extension names xlsx; change one of them\n");
  EXPECT_FALSE(fs::exists(xlsx));
  const fs::path upper = s.dir() / "B.XLSX";
  ASSERT_EQ(s.keyproj({"export", "--what", "projects", "--out", upper.string()}).code, 0);
  EXPECT_EQ(slurp(upper).substr(0, 2), "PK");  // a zip archive: a workbook
}

TEST_F(Output, TheExcelWritersOwnMessagesNeverReachStderr) {
  // A cell longer than Excel holds: refused in keyproj's sentence alone.
  // As an older keyproj, or another program, could have stored it (log refuses so long a note).
  s.sql("INSERT INTO progress_update (project_id, reported_on, note, author, created_at) "
        "SELECT id, '2026-11-01', ?, 'x', '2026-11-01T00:00:00Z' FROM project",
        {std::string(40000, 'x')});
  const Outcome r = s.keyproj({"export", "--what", "updates", "--out", (s.dir() / "u.xlsx").string()});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: row 2 note is longer than the 32767 characters an Excel cell holds; export it as csv or json\n");
}

TEST_F(Output, CharactersXmlCannotHoldNeverMakeAMalformedWorkbook) {
  // As an import of another program's file, or an older keyproj, could have stored them.
  // U+0001, U+FFFF and U+FFFE.
  s.sql("UPDATE project SET scale = ?", {"a\x01" "b\xEF\xBF\xBF" "c\xEF\xBF\xBE"});
  const fs::path out = s.dir() / "p.xlsx";
  ASSERT_EQ(s.keyproj({"export", "--what", "projects", "--out", out.string()}).code, 0);
  FILE* pipe = popen(("unzip -p '" + out.string() + "' xl/worksheets/sheet1.xml").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string sheet;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) sheet.append(buf, n);
  pclose(pipe);
  ASSERT_NE(sheet.find("a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD"), std::string::npos) << sheet;
  EXPECT_EQ(sheet.find('\x01'), std::string::npos);
  EXPECT_EQ(sheet.find("\xEF\xBF\xBF"), std::string::npos);
  EXPECT_EQ(sheet.find("\xEF\xBF\xBE"), std::string::npos);
}

}  // namespace
}  // namespace keyproj::e2e
