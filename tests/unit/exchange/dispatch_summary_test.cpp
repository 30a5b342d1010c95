#include "exchange/dispatch_summary.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "unit/in_language.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class DispatchSummaryTest : public ::testing::Test {
 protected:
  std::int64_t add(const std::string& code, const std::string& region) {
    NewProject p;
    p.code = code;
    p.name_zh = "项目" + code;
    p.region = region;
    p.entered_on = "2026-01-01";
    return insert_project(t_.db(), p, "tester");
  }
  testing::TempDatabase t_;
};

TEST_F(DispatchSummaryTest, TheMonthIsTheLatestRowsAndOnlyItsInvestmentCounts) {
  const auto a = add("TM-001", "TM");
  add("TM-002", "TM");  // active, and no report: not reported
  add("JM-001", "JM");  // another region: not this sheet's
  ImportResult result;
  result.reported = {{a, "2026-10-31", 20000000}, {a, "2026-09-30", 1000000}, {a, "2026-10-15", std::nullopt},
                     {a, "2026-10-01", 3505000}};
  result.errors.resize(2);
  const DispatchSummary s = summarize(t_.db(), "天门.csv", 7, result, parse_date("2026-11-05", "as-of"));
  EXPECT_EQ(s.month, "2026-10");
  EXPECT_EQ(s.invested, 20000000 + 3505000);
  EXPECT_EQ(s.rows, 7u);
  EXPECT_EQ(s.problems, 2u);
  // No report of TM-001 is in the database: the summary asks it, as after an import's writes.
  EXPECT_EQ(s.unreported, (std::vector<std::string>{"TM-001", "TM-002"}));
  EXPECT_EQ(summary_text(s), "天门.csv: 7 rows, 2 problems; invested in 2026-10: 2350.5万元; not reported in "
                             "2026-10: 2 active projects of its regions (TM-001, TM-002)");
}

TEST_F(DispatchSummaryTest, Wording) {
  DispatchSummary s{"a.csv", 1, 1, "", 0, {}};
  EXPECT_EQ(summary_text(s), "a.csv: 1 row, 1 problem; no new report to date its month");
  s.month = "2026-11";
  s.invested = 15000000;
  EXPECT_EQ(summary_text(s),
            "a.csv: 1 row, 1 problem; invested in 2026-11: 1500万元; not reported in 2026-11: 0 active projects of "
            "its regions");
  for (int i = 1; i <= 12; ++i) s.unreported.push_back("TM-" + std::to_string(100 + i));
  EXPECT_EQ(summary_text(s),
            "a.csv: 1 row, 1 problem; invested in 2026-11: 1500万元; not reported in 2026-11: 12 active projects of "
            "its regions (TM-101, TM-102, TM-103, TM-104, TM-105, TM-106, TM-107, TM-108, TM-109, TM-110 and 2 more)");
  InLanguage zh(Lang::Zh);
  s.unreported.resize(1);
  EXPECT_EQ(summary_text(s), "a.csv：1 行，1 个问题；2026-11 完成投资：1500万元；2026-11 未报送：所属地区谋划、前期、在建项目 1 个"
                             "（TM-101）");
}

}  // namespace
}  // namespace keyproj
