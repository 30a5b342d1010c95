#include "store/unreported.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "store/updates.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class UnreportedTest : public ::testing::Test {
 protected:
  std::int64_t add(const std::string& code, const std::string& region, const std::string& stage) {
    NewProject p;
    p.code = code;
    p.name_zh = "项目" + code;
    p.region = region;
    p.stage = stage;
    p.entered_on = "2026-01-01";
    return insert_project(t_.db(), p, "tester");
  }
  void report(std::int64_t project, const std::string& day) {
    ProgressUpdate u;
    u.project_id = project;
    u.reported_on = day;
    u.author = "tester";
    insert_update(t_.db(), u);
  }
  std::vector<std::string> unreported(const std::vector<std::int64_t>& named, const std::string& as_of = "2026-11-05") {
    return unreported_codes(t_.db(), named, parse_date("2026-10-01", "from"), parse_date("2026-10-31", "to"),
                            parse_date(as_of, "as_of"));
  }
  testing::TempDatabase t_;
};

TEST_F(UnreportedTest, ActiveProjectsOfTheNamedRegionsWithNoReportInTheMonth) {
  const auto reported = add("TM-001", "TM", "building");
  const auto september = add("TM-002", "TM", "planned");   // reported, but the month before
  const auto preparing = add("TM-003", "TM", "preparing");
  add("TM-004", "TM", "completed");  // not active: owes no report
  add("TM-005", "TM", "suspended");  // nor a suspended one
  const auto archived = add("TM-006", "TM", "building");
  const auto other_region = add("JM-001", "JM", "building");
  report(reported, "2026-10-31");
  report(september, "2026-09-30");
  report(preparing, "2026-11-01");  // after the month
  archive_project(t_.db(), *find_project(t_.db(), "TM-006"), "2026-11-01", "tester");
  (void)archived;

  EXPECT_EQ(unreported({reported}), (std::vector<std::string>{"TM-002", "TM-003"}));
  // As of a day before the archive, TM-006 was in the portfolio and owed its report.
  EXPECT_EQ(unreported({reported}, "2026-10-31"), (std::vector<std::string>{"TM-002", "TM-003", "TM-006"}));
  EXPECT_EQ(unreported({reported, other_region}), (std::vector<std::string>{"JM-001", "TM-002", "TM-003"}));
  EXPECT_EQ(unreported({}), std::vector<std::string>{});
}

}  // namespace
}  // namespace keyproj
