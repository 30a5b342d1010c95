// How wide a table is: whole in a pipe or a file, cut to COLUMNS (a terminal's width) with the
// head and the tail of each long name kept, and whole again with --wide.

#include <gtest/gtest.h>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

// Three projects of one city whose names differ only in their last four characters.
class TableWidth : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    const char* names[] = {"鄂州国际航空货运枢纽项目", "鄂州国际航空货运物流园区", "鄂州国际航空货运冷链中心"};
    for (int i = 0; i < 3; ++i)
      ASSERT_EQ(s.keyproj({"project", "add", "--code", "EZ-" + std::to_string(i + 1), "--name", names[i], "--region",
                           "EZ"}).code,
                0);
  }
  Outcome list(const std::vector<std::string>& extra, const std::vector<std::string>& env) {
    std::vector<std::string> args{"--db", s.db(), "--as-of", s.as_of, "project", "list"};
    args.insert(args.end(), extra.begin(), extra.end());
    return s.raw(args, env);
  }
  Sandbox s;
};

// 87 columns: 4 + 24 + 6 + 7 + 5 + 6 + 8 + 6 + 5, and two between each.
const std::string kWhole =
    "Code  Name                      Region  Stage    Owner  Budget  Invested  Finish  Light\n"
    "----  ------------------------  ------  -------  -----  ------  --------  ------  -----\n"
    "EZ-1  鄂州国际航空货运枢纽项目  EZ      planned  —           —       0元  —       green\n"
    "EZ-2  鄂州国际航空货运物流园区  EZ      planned  —           —       0元  —       green\n"
    "EZ-3  鄂州国际航空货运冷链中心  EZ      planned  —           —       0元  —       green\n";

TEST_F(TableWidth, APipeOrAFileGetsEveryNameWhole) {
  const Outcome r = list({}, {});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, kWhole);
}

TEST_F(TableWidth, ATerminalOf80ColumnsCutsTheNamesInTheMiddle) {
  // The name column gives up the 7 columns over 80 (24 → 17): 8 of head, "…", 8 of tail.
  const Outcome r = list({}, {"COLUMNS=80"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Code  Name               Region  Stage    Owner  Budget  Invested  Finish  Light\n"
            "----  -----------------  ------  -------  -----  ------  --------  ------  -----\n"
            "EZ-1  鄂州国际…枢纽项目  EZ      planned  —           —       0元  —       green\n"
            "EZ-2  鄂州国际…物流园区  EZ      planned  —           —       0元  —       green\n"
            "EZ-3  鄂州国际…冷链中心  EZ      planned  —           —       0元  —       green\n");
}

TEST_F(TableWidth, WideTurnsCuttingOff) {
  Outcome r = list({"--wide"}, {"COLUMNS=80"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, kWhole);
  r = list({}, {"COLUMNS=87"});  // exactly wide enough: nothing to cut
  EXPECT_EQ(r.out, kWhole);
}

}  // namespace
}  // namespace keyproj::e2e
