// import_problem_row (exchange/import_problem_list.cpp), through import_records as import runs it.

#include "exchange/importer.h"

#include <gtest/gtest.h>

#include "store/problems.h"
#include "store/projects.h"
#include "unit/exchange/import_csv.h"
#include "unit/store/temp_database.h"
#include "unit/store/project_fixture.h"

namespace keyproj {
namespace {

class ImportProblemList : public ::testing::Test {
 protected:
  void SetUp() override { testing::add_project(t.db(), "TM-011", "天门市综合物流产业园项目"); }
  ImportResult import(const std::string& csv) { return testing::import_csv(t.db(), csv, What::Problems); }
  testing::TempDatabase t;
};

TEST_F(ImportProblemList, AddsKeepingTheIdAndResolvesWhenTheRowSaysSo) {
  const auto r = import("id,project_code,text,level,raised_on,due,status,resolved_on,resolution\n"
                        "7,TM-011,征地拆迁未完成,市级,2026-09-01,2026-10,open,,\n"
                        ",TM-011,资金未到位,,2026-09-15,,resolved,2026-11-01,已到位\n");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].text;
  EXPECT_EQ(r.added, 2u);
  const auto p = find_problem(t.db(), 7);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->level, ProblemLevel::City);
  EXPECT_EQ(p->due, "2026-10-31");
  EXPECT_TRUE(p->open());
  const auto q = find_problem(t.db(), 8);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->resolved_on, "2026-11-01");
  EXPECT_EQ(q->resolution, "已到位");
}

TEST_F(ImportProblemList, MatchesAnOpenProblemByProjectAndTextAndRefusesWhatItCannotDo) {
  import("project_code,text,raised_on\nTM-011,征地拆迁未完成,2026-09-01\n");
  auto r = import("project_code,text,unit\nTM-011,征地拆迁未完成,天门市自然资源局\n");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].text;
  EXPECT_EQ(r.changed, 1u);
  EXPECT_EQ(find_problem(t.db(), 1)->unit, "天门市自然资源局");
  r = import("id,text,level,raised_on\n1,别的问题,national,2026-09-02\n");
  ASSERT_EQ(r.errors.size(), 1u);  // the level is refused first: the row goes no further
  EXPECT_EQ(r.errors[0].text, "level 'national' is not a level; use county, city or province");
  r = import("id,text,raised_on\n1,别的问题,2026-09-02\n");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].text, "problem 1 reads '征地拆迁未完成'; import does not rewrite a problem");
  EXPECT_EQ(r.errors[1].text, "problem 1 was raised on 2026-09-01; that date never changes");
  r = import("project_code,text,raised_on\nTM-011,新问题,2026-12-01\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].text.find("2026-12-01"), std::string::npos) << r.errors[0].text;
}

}  // namespace
}  // namespace keyproj
