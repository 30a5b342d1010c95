// The SQLite side of the harness: its file, made when a test first writes, and copied whole.

#include "e2e/sqlite_database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace keyproj::e2e {
namespace {

namespace fs = std::filesystem;

class SqliteDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "keyproj-sqlite-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir = tmpl;
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

TEST_F(SqliteDatabaseTest, TheFileAppearsWithTheFirstStatement) {
  const SqliteDatabase db(dir / "keyproj.db");
  EXPECT_EQ(db.location(), (dir / "keyproj.db").string());
  EXPECT_EQ(db.dump(), "<no database>");
  db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t (v) VALUES ('一'), (NULL)");
  EXPECT_TRUE(fs::exists(dir / "keyproj.db"));
  EXPECT_EQ(db.dump(), "## t\n1|一\n2|NULL\n");
  EXPECT_EQ(db.run("SELECT v FROM t WHERE id = ?", {"2"}), (Rows{{"NULL"}}));
}

TEST_F(SqliteDatabaseTest, ACopyIsTheWholeFileAndThenItsOwn) {
  const SqliteDatabase source(dir / "a.db");
  source.execute("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('x')");
  const SqliteDatabase copy(dir / "b.db");
  copy.copy_from(source);
  EXPECT_EQ(copy.dump(), source.dump());
  copy.execute("DELETE FROM t");
  EXPECT_EQ(copy.dump(), "## t\n");
  EXPECT_EQ(source.dump(), "## t\nx\n");
}

TEST_F(SqliteDatabaseTest, ARefusalNamesTheStatement) {
  const SqliteDatabase db(dir / "keyproj.db");
  try {
    db.run("SELECT * FROM missing", {});
    ADD_FAILURE() << "a missing table was read";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("SELECT * FROM missing"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("no such table"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace keyproj::e2e
