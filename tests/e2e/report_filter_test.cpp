// `keyproj report` with the filters of `project list` (--region --stage --owner --program
// --search): the sums cover exactly the projects the filter selects. Every expected figure is
// worked out here from the projects this test enters.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

using json = nlohmann::json;

struct Entered {
  std::string code, name, region, stage, owner, program;
  std::int64_t budget_yuan, invested_yuan;
};

const std::vector<Entered> kProjects = {
    {"TM-001", "天门物流园", "TM", "building", "天门市商务局", "专栏4", 150000000, 30000000},
    {"TM-002", "天门冷链中心", "TM", "preparing", "天门市商务局", "", 80000000, 5000000},
    {"EZ-001", "鄂州物流港", "EZ", "building", "鄂州市商务局", "专栏4", 200000000, 120000000},
    {"WH-001", "汉口北市场", "WH", "planned", "武汉市商务局", "专栏1", 60000000, 0},
    {"WH-002", "武汉港物流中心", "WH", "building", "", "", 90000000, 45000000},
};

class ReportFilter : public ::testing::Test {
 protected:
  void SetUp() override {
    s.as_of = "2026-03-01";
    for (const Entered& p : kProjects) {
      std::vector<std::string> add{"project", "add", "--code", p.code, "--name", p.name, "--region", p.region,
                                   "--stage", p.stage, "--budget", std::to_string(p.budget_yuan), "--finish", "2027"};
      if (!p.owner.empty()) add.insert(add.end(), {"--owner", p.owner});
      if (!p.program.empty()) add.insert(add.end(), {"--program", p.program});
      ASSERT_EQ(s.keyproj(add).code, 0) << p.code;
      if (p.invested_yuan > 0) {
        ASSERT_EQ(s.keyproj({"log", p.code, "--invested", std::to_string(p.invested_yuan)}).code, 0) << p.code;
      }
    }
  }

  // The total row of the report the options ask for, against the one this test works out from
  // the projects `keep` selects.
  void expect_total(const std::vector<std::string>& options, const std::function<bool(const Entered&)>& keep) {
    std::int64_t projects = 0, budget = 0, invested = 0;
    std::map<std::string, std::int64_t> stages;
    for (const Entered& p : kProjects) {
      if (!keep(p)) continue;
      ++projects;
      budget += p.budget_yuan;
      invested += p.invested_yuan;
      ++stages[p.stage];
    }
    std::vector<std::string> args{"report", "--format", "json"};
    args.insert(args.end(), options.begin(), options.end());
    const Outcome r = s.keyproj(args);
    ASSERT_EQ(r.code, 0) << r.err;
    const json rows = json::parse(r.out);
    const json& total = rows.back();
    const std::string what = options.empty() ? "no filter" : options[0] + " " + options[1];
    EXPECT_EQ(total["row"], "total") << what;
    EXPECT_EQ(total["projects"], projects) << what;
    EXPECT_EQ(total["budget_yuan"], budget) << what;
    EXPECT_EQ(total["invested_yuan"], invested) << what;
    for (const char* stage : {"planned", "preparing", "building"}) EXPECT_EQ(total[stage], stages[stage]) << what;
    std::int64_t grouped = 0;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) grouped += rows[i]["projects"].get<std::int64_t>();
    EXPECT_EQ(grouped, projects) << what;
  }

  Sandbox s;
};

TEST_F(ReportFilter, WithoutAFilterEveryProjectCounts) {
  expect_total({}, [](const Entered&) { return true; });
}

TEST_F(ReportFilter, Region) {
  expect_total({"--region", "TM"}, [](const Entered& p) { return p.region == "TM"; });
}

TEST_F(ReportFilter, Stage) {
  expect_total({"--stage", "building"}, [](const Entered& p) { return p.stage == "building"; });
  expect_total({"--stage", "在建"}, [](const Entered& p) { return p.stage == "building"; });
}

TEST_F(ReportFilter, Owner) {
  expect_total({"--owner", "天门市商务局"}, [](const Entered& p) { return p.owner == "天门市商务局"; });
}

TEST_F(ReportFilter, Program) {
  expect_total({"--program", "专栏4"}, [](const Entered& p) { return p.program == "专栏4"; });
}

TEST_F(ReportFilter, Search) {
  expect_total({"--search", "物流"}, [](const Entered& p) { return p.name.find("物流") != std::string::npos; });
  expect_total({"--search", "WH-"}, [](const Entered& p) { return p.code.rfind("WH-", 0) == 0; });
}

TEST_F(ReportFilter, FiltersCombine) {
  expect_total({"--region", "TM", "--stage", "building", "--by", "owner"},
               [](const Entered& p) { return p.region == "TM" && p.stage == "building"; });
}

TEST_F(ReportFilter, GroupsAreThoseOfTheSelectedProjects) {
  std::map<std::string, int> expected;
  for (const Entered& p : kProjects)
    if (p.program == "专栏4") ++expected[p.region];
  std::map<std::string, int> seen;
  const json rows = json::parse(s.keyproj({"report", "--program", "专栏4", "--format", "json"}).out);
  for (const auto& r : rows)
    if (r["row"] == "group") seen[r["group"].get<std::string>()] = r["projects"].get<int>();
  EXPECT_EQ(seen, expected);
}

TEST_F(ReportFilter, UnknownNamesAreRefusedNotReportedAsEmpty) {
  Outcome r = s.keyproj({"report", "--owner", "天门市商务厅"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "keyproj: owner '天门市商务厅' is not known; 'keyproj owner list' shows the owners\n");
  r = s.keyproj({"report", "--region", "XX"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: region 'XX' is not known; use one of TM, EZ, WH, ZS, JM\n");
  r = s.keyproj({"report", "--stage", "started"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("stage 'started' is not a stage"), std::string::npos) << r.err;
  r = s.keyproj({"report", "--program", "专栏9"});
  EXPECT_EQ(r.code, 4);
  EXPECT_EQ(r.err, "keyproj: program '专栏9' is not known\n");
}

}  // namespace
}  // namespace keyproj::e2e
