#include "io/zip_archive.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "unit/io/zip_writer.h"
#include "unit/refusal.h"

namespace keyproj {
namespace {

namespace fs = std::filesystem;

class ZipArchiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("kp-zip-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(ZipArchiveTest, ReadsPartsByName) {
  const std::string big(200000, 'a');
  test::write_zip(path("a.zip"), {{"x/one.xml", "<one/>"}, {"two", big}});
  ZipArchive zip(path("a.zip"), 1 << 20);
  EXPECT_TRUE(zip.has("x/one.xml"));
  EXPECT_FALSE(zip.has("three"));
  EXPECT_EQ(zip.read_all("x/one.xml"), "<one/>");
  EXPECT_EQ(zip.read_all("two"), big);
  EXPECT_EQ(refusal_of([&] { zip.read_all("three"); }),
            path("a.zip") + " is not a readable workbook: part 'three' is missing");
}

TEST_F(ZipArchiveTest, StopsWhenTheReaderHasEnough) {
  test::write_zip(path("a.zip"), {{"two", std::string(300000, 'b')}});
  ZipArchive zip(path("a.zip"), 1 << 20);
  std::size_t got = 0;
  zip.read("two", [&](std::string_view piece) {
    got += piece.size();
    return false;
  });
  EXPECT_LT(got, 300000u);
  EXPECT_GT(got, 0u);
}

TEST_F(ZipArchiveTest, FindsAWordWhereverItLiesEvenCutBetweenPieces) {
  // Parts are read in pieces of 64 kB: the word is put across the first boundary, inside the
  // second piece, and at the very end; and left out.
  const std::size_t piece = 1 << 16;
  std::string across(200000, 'x'), inside = across, last = across;
  across.replace(piece - 4, 9, "mergeCell");
  inside.replace(piece + 100, 9, "mergeCell");
  last.replace(last.size() - 9, 9, "mergeCell");
  test::write_zip(path("w.zip"), {{"across", across}, {"inside", inside}, {"last", last}, {"none", std::string(200000, 'x')}});
  ZipArchive zip(path("w.zip"), 1 << 20);
  EXPECT_TRUE(zip.contains("across", "mergeCell"));
  EXPECT_TRUE(zip.contains("inside", "mergeCell"));
  EXPECT_TRUE(zip.contains("last", "mergeCell"));
  EXPECT_FALSE(zip.contains("none", "mergeCell"));
  EXPECT_FALSE(zip.contains("across", "mergeCells"));
}

TEST_F(ZipArchiveTest, RefusesPartsThatInflatePastTheBudget) {
  // Two parts of 600 kB under a budget of 1 MB: the second passes it. Reading the first
  // again does not count it twice.
  test::write_zip(path("bomb.zip"), {{"a", std::string(600000, '\0')}, {"b", std::string(600000, '\0')}});
  ZipArchive zip(path("bomb.zip"), 1 << 20);
  EXPECT_EQ(zip.read_all("a").size(), 600000u);
  EXPECT_EQ(zip.read_all("a").size(), 600000u);
  EXPECT_EQ(refusal_of([&] { zip.read_all("b"); }),
            path("bomb.zip") + " inflates to more than 1 MB, more than a workbook of its size holds (a zip bomb?); refused");
}

TEST_F(ZipArchiveTest, RefusesWhatIsNoZipOrIsCutShort) {
  test::write_zip(path("a.zip"), {{"one", std::string(5000, 'c')}});
  const auto size = fs::file_size(path("a.zip"));
  fs::copy_file(path("a.zip"), path("cut.zip"));
  fs::resize_file(path("cut.zip"), size / 2);
  const std::string sentence = " is not a readable workbook: its zip container is damaged or cut short; save it again from Excel or WPS";
  EXPECT_EQ(refusal_of([&] { ZipArchive(path("cut.zip"), 1 << 20); }), path("cut.zip") + sentence);
  std::ofstream(path("text.zip")) << "code,name\n";
  EXPECT_EQ(refusal_of([&] { ZipArchive(path("text.zip"), 1 << 20); }), path("text.zip") + sentence);
}

}  // namespace
}  // namespace keyproj
