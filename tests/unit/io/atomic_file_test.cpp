#include "io/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "util/error.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "keyproj-atomic-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir = tmpl;
  }
  void TearDown() override { fs::remove_all(dir); }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {})); }
  fs::path dir;
};

TEST_F(AtomicFileTest, AppearsOnlyOnCommit) {
  const std::string path = (dir / "out.csv").string();
  {
    AtomicFile f(path);
    f.stream() << "a,b\r\n";
    EXPECT_FALSE(fs::exists(path));
    f.commit();
  }
  EXPECT_EQ(read_file(path), "a,b\r\n");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, AbandonedLeavesTheOldFileAndNoTemporary) {
  const std::string path = (dir / "out.csv").string();
  {
    AtomicFile f(path);
    f.stream() << "old";
    f.commit();
  }
  {
    AtomicFile f(path);
    f.stream() << "half of a new file";
  }  // an export that failed half-way
  EXPECT_EQ(read_file(path), "old");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, UnwritablePlacesAreOneSentence) {
  try {
    AtomicFile f((dir / "no" / "such" / "out.csv").string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Database);
    EXPECT_EQ(std::string(e.what()),
              "file '" + (dir / "no" / "such" / "out.csv").string() + "' cannot be written: No such file or directory");
  }
  try {
    read_file((dir / "missing.csv").string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::NotFound);
  }
}

}  // namespace
}  // namespace keyproj
