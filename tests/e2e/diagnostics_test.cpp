// What keyproj says, and where: the data a command exists to print on stdout, always; the
// sentence confirming a change on stdout unless -q; warnings on stderr unless -q; the notes
// of -v (a migration applied) on stderr only when asked for.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

class Diagnostics : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(s.keyproj({"init"}).code, 0);
    ASSERT_EQ(s.keyproj({"project", "add", "--code", "TM-101", "--name", "物流园", "--region", "TM", "--budget", "1亿"})
                  .code,
              0);
  }
  Sandbox s;
};

const std::string kBeyond =
    "keyproj: warning: invested total 1.2亿元 of TM-101 is beyond its budget of 1亿元; the report is recorded\n";

TEST_F(Diagnostics, QuietSilencesConfirmationsAndWarnings) {
  const Outcome quiet = s.keyproj({"-q", "log", "TM-101", "--invested", "1.2亿"});
  EXPECT_EQ(quiet.code, 0);
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.err, "");
  const Outcome told = s.keyproj({"log", "TM-101", "--date", "2026-11-21", "--invested", "0", "--note", "x"});
  EXPECT_EQ(told.code, 0);
  EXPECT_EQ(told.out.rfind("logged report 2 for TM-101 物流园 on 2026-11-21\n", 0), 0u) << told.out;
  // Both were recorded.
  EXPECT_NE(s.keyproj({"history", "TM-101"}).out.find("x"), std::string::npos);
}

TEST_F(Diagnostics, AWarningGoesToStderrWithThePrefix) {
  const Outcome r = s.keyproj({"log", "TM-101", "--invested", "1.2亿"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, kBeyond);
  EXPECT_EQ(s.keyproj({"-q", "config", "set", "stale.days", "45"}).out, "");
  EXPECT_EQ(s.keyproj({"config", "set", "stale.days", "40"}).out, "stale.days: 45 → 40\n");
}

TEST_F(Diagnostics, QuietNeverSilencesTheDataACommandPrints) {
  const Outcome id = s.keyproj({"-q", "milestone", "add", "TM-101", "--title", "封顶", "--due", "2026-06"});
  EXPECT_EQ(id.code, 0);
  EXPECT_EQ(id.out, "1\n");
  for (const std::vector<std::string>& args : {std::vector<std::string>{"project", "list"},
                                               {"milestone", "list"},
                                               {"overdue"},
                                               {"report"},
                                               {"export", "--what", "projects"}}) {
    std::vector<std::string> quiet{"-q"};
    quiet.insert(quiet.end(), args.begin(), args.end());
    const Outcome loud = s.keyproj(args);
    ASSERT_EQ(loud.code, 0) << args[0] << ": " << loud.err;
    EXPECT_FALSE(loud.out.empty()) << args[0];
    EXPECT_EQ(s.keyproj(quiet).out, loud.out) << args[0];
  }
}

TEST_F(Diagnostics, AnImportsConfirmationAndWarningsFollowQuietToo) {
  const std::string file = s.write("u.csv", "code,date,invested\nTM-101,2026-10-31,1.2亿\n");
  const Outcome quiet = s.keyproj({"-q", "import", file, "--what", "updates"});
  EXPECT_EQ(quiet.code, 0) << quiet.err;
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.err, "");
  const std::string more = s.write("v.csv", "code,date,invested\nTM-101,2026-11-10,1000万\n");
  const Outcome told = s.keyproj({"import", more, "--what", "updates"});
  EXPECT_EQ(told.out, "imported updates from " + more + ": 1 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(told.err, "keyproj: warning: " + more +
                          " line 2, column C: invested total 1.3亿元 of TM-101 is beyond its budget of 1亿元; the "
                          "report is recorded\n");
}

TEST(DiagnosticsVerbose, VerboseShowsTheMigrationsAppliedAndOnlyThen) {
  Sandbox quiet_one;
  EXPECT_EQ(quiet_one.keyproj({"init"}).err, "");
  Sandbox s;
  const Outcome r = s.keyproj({"-v", "init"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.err.find("keyproj: info: applied migration 0001_schema\n"), std::string::npos) << r.err;
  const Outcome q = Sandbox().keyproj({"-q", "init"});
  EXPECT_EQ(q.code, 0);
  EXPECT_EQ(q.out, "");
}

}  // namespace
}  // namespace keyproj::e2e
