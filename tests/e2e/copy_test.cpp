// keyproj copy on the backend under test: its portfolio into a new file, and that file into a
// new database of the backend under test (file to file on SQLite; server to file and back on
// PostgreSQL). tests/postgres/copy_test.cpp covers a fuller history from a file to a server.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

namespace fs = std::filesystem;

// What an officer reads: the exports and a project's history.
std::vector<std::string> answers(const Sandbox& s) {
  std::vector<std::string> out;
  for (const char* what : {"projects", "milestones", "updates", "owners", "problems", "templates", "overdue"}) {
    std::vector<std::string> args{"export", "--what", what, "--format", "csv"};
    // Contacts and phones too, where an export has them.
    if (std::string(what) == "projects" || std::string(what) == "owners" || std::string(what) == "overdue")
      args.push_back("--contacts");
    const auto r = s.keyproj(args);
    EXPECT_EQ(r.code, 0) << what << ": " << r.err;
    out.push_back(r.out);
  }
  out.push_back(s.keyproj({"history", "TM-001"}).out);
  out.push_back(s.keyproj({"config", "list", "--format", "csv"}).out);
  return out;
}

// Every row of every table but the migrations' record, which says when each was applied here.
std::string portfolio_dump(const Sandbox& s) {
  const std::string dump = s.dump();
  const auto from = dump.find("## schema_migrations\n");
  if (from == std::string::npos) return dump;
  const auto to = dump.find("## ", from + 3);
  return dump.substr(0, from) + (to == std::string::npos ? "" : dump.substr(to));
}

TEST(Copy, APortfolioIntoANewFileAndFromThereIntoANewDatabaseAnswersAlike) {
  Sandbox original;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"init"},
        {"seed", "--region", "TM"},
        {"log", "TM-001", "--date", "2026-01-31", "--stage", "building", "--invested", "1000万", "--blocker", "征地未完成"},
        {"config", "set", "stale.days", "45"},
        {"owner", "add", "--name", "天门市商务局"}}) {
    const auto r = original.keyproj(args);
    ASSERT_EQ(r.code, 0) << args[0] << ": " << r.err;
  }
  Sandbox file(Backend::sqlite);
  Sandbox again(original.backend());

  auto r = original.raw({"copy", "--from", original.db(), "--to", file.db()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("copied 5 regions, 1 plan, 5 programmes, 1 owner, 21 projects, ")) << r.out;
  r = file.raw({"copy", "--from", file.db(), "--to", again.db()});
  ASSERT_EQ(r.code, 0) << r.err;

  const auto expected = answers(original);
  EXPECT_EQ(answers(file), expected);
  EXPECT_EQ(answers(again), expected);
  EXPECT_EQ(portfolio_dump(again), portfolio_dump(original));

  // Once there, a portfolio is not copied over, nor a database onto itself; nothing changes.
  const std::string before = again.dump();
  r = again.raw({"copy", "--from", file.db(), "--to", again.db()});
  EXPECT_EQ(r.code, 4) << r.err;
  EXPECT_NE(r.err.find("already holds a portfolio (its table plan has rows)"), std::string::npos) << r.err;
  r = again.raw({"copy", "--from", again.db(), "--to", again.db()});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(again.dump(), before);
  EXPECT_EQ(r.out, "");
}

TEST(Copy, AFailedCopyLeavesNoFileBehind) {
  Sandbox original;
  ASSERT_EQ(original.keyproj({"init"}).code, 0);
  const std::string target = (original.dir() / "copy.db").string();
  // A source that is not a keyproj database: refused before the target is made.
  const std::string notes = original.write("notes.txt", "not a database\n");
  auto r = original.raw({"copy", "--from", notes, "--to", target});
  EXPECT_EQ(r.code, 5) << r.err;
  EXPECT_FALSE(fs::exists(target));

  // A source with a table the copy does not know fails after the target was made: it goes.
  original.sql("CREATE TABLE visit (id INTEGER PRIMARY KEY, note TEXT)");
  r = original.raw({"copy", "--from", original.db(), "--to", target});
  EXPECT_EQ(r.code, 70) << r.err;
  EXPECT_NE(r.err.find("the copy does not know the table visit"), std::string::npos) << r.err;
  for (const char* suffix : {"", "-wal", "-shm"}) EXPECT_FALSE(fs::exists(target + suffix)) << suffix;

  // An empty portfolio copies the rows its migrations hold.
  original.sql("DROP TABLE visit");
  r = original.raw({"copy", "--from", original.db(), "--to", target});
  EXPECT_EQ(r.code, 0) << r.err;
  const auto n = [&](const char* table) { return original.query_one(std::string("SELECT count(*) FROM ") + table); };
  const int rows = std::stoi(n("region")) + std::stoi(n("setting")) + std::stoi(n("setting_profile")) +
                   std::stoi(n("node_template")) + std::stoi(n("template_node"));
  const std::string summary = "copied " + n("region") + " regions, " + n("setting") + " settings, " +
                              n("setting_profile") + " profile settings, 1 template, " + n("template_node") +
                              " template nodes (" + std::to_string(rows) + " rows in 19 tables) from ";
  EXPECT_TRUE(r.out.starts_with(summary)) << r.out;
  EXPECT_TRUE(r.out.ends_with(" to " + target + "\n")) << r.out;
}

}  // namespace
}  // namespace keyproj::e2e
