#include "store/problems.h"

#include <gtest/gtest.h>

#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/refusal.h"
#include "unit/store/temp_database.h"
#include "unit/store/project_fixture.h"

namespace keyproj {
namespace {

class ProblemsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = testing::add_project(t_.db(), "TM-011", "天门市综合物流产业园项目");
    testing::add_project(t_.db(), "TM-012", "天门市冷链物流配送中心项目");
  }
  std::int64_t add(const std::string& text, const std::string& raised_on, Text due = std::nullopt) {
    NewProblem n;
    n.text = text;
    n.raised_on = raised_on;
    n.due = due;
    return add_problem(t_.db(), project_.id, n, "tester");
  }
  std::vector<std::string> listed(ProblemStatus status, const std::string& as_of) {
    ProblemFilter f;
    f.status = status;
    f.portfolio.as_of = parse_date(as_of, "as-of");
    std::vector<std::string> out;
    for_each_problem(t_.db(), f, [&](const Problem& p) { out.push_back(std::to_string(p.id) + " " + p.text); });
    return out;
  }
  std::int64_t count(const std::string& sql) {
    sql::Statement q(t_.db().sql(), sql);
    q.step();
    return q.int64(0);
  }
  testing::TempDatabase t_;
  Project project_;
};

TEST_F(ProblemsTest, AddKeepsTheFieldsWithARaiseEntryAndAnAuditRow) {
  NewProblem n;
  n.text = "征地拆迁未完成";
  n.unit = "天门市自然资源局";
  n.level = ProblemLevel::City;
  n.raised_on = "2026-09-01";
  n.due = "2026-10-31";
  const auto id = add_problem(t_.db(), project_.id, n, "tester");
  const auto p = find_problem(t_.db(), id);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->project_code, "TM-011");
  EXPECT_EQ(p->unit, "天门市自然资源局");
  EXPECT_EQ(p->level, ProblemLevel::City);
  EXPECT_EQ(p->due, "2026-10-31");
  EXPECT_TRUE(p->open());
  const auto entries = problem_entries(t_.db(), id);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].kind, "raise");
  EXPECT_EQ(entries[0].entered_on, "2026-09-01");
  EXPECT_EQ(count("SELECT count(*) FROM audit WHERE entity = 'problem' AND action = 'create'"), 1);
  EXPECT_EQ(find_open_problem(t_.db(), project_.id, "征地拆迁未完成"), id);
  EXPECT_EQ(find_open_problem(t_.db(), project_.id, "资金未到位"), std::nullopt);
}

TEST_F(ProblemsTest, TheListsAreTakenAsOfADate) {
  add("征地拆迁未完成", "2026-09-01", "2026-10-31");
  add("资金未到位", "2026-10-15");
  EXPECT_EQ(listed(ProblemStatus::Open, "2026-09-30"), (std::vector<std::string>{"1 征地拆迁未完成"}));
  EXPECT_EQ(listed(ProblemStatus::Overdue, "2026-10-31"), std::vector<std::string>{});
  EXPECT_EQ(listed(ProblemStatus::Overdue, "2026-11-01"), (std::vector<std::string>{"1 征地拆迁未完成"}));
  resolve_problem(t_.db(), *find_problem(t_.db(), 1), "已完成", "2026-11-10", "tester");
  EXPECT_EQ(listed(ProblemStatus::Overdue, "2026-11-09"), (std::vector<std::string>{"1 征地拆迁未完成"}));
  EXPECT_EQ(listed(ProblemStatus::Open, "2026-11-10"), (std::vector<std::string>{"2 资金未到位"}));
  EXPECT_EQ(listed(ProblemStatus::All, "2026-11-10"), (std::vector<std::string>{"1 征地拆迁未完成", "2 资金未到位"}));
  EXPECT_EQ(find_open_problem(t_.db(), project_.id, "征地拆迁未完成"), std::nullopt);
}

TEST_F(ProblemsTest, UpdateSetsOnlyWhatItNamesAndALevelWithANoteIsAnEscalation) {
  const auto id = add("征地拆迁未完成", "2026-09-01", "2026-10-31");
  ProblemChange c;
  c.level = ProblemLevel::Province;
  c.note = "需省级协调";
  update_problem(t_.db(), *find_problem(t_.db(), id), c, "2026-10-01", "张三");
  const auto p = find_problem(t_.db(), id);
  EXPECT_EQ(p->level, ProblemLevel::Province);
  EXPECT_EQ(p->due, "2026-10-31");
  EXPECT_EQ(count("SELECT count(*) FROM audit WHERE entity = 'problem' AND action = 'escalate'"), 1);
  ProblemChange due;
  due.due = "2026-12-31";
  update_problem(t_.db(), *find_problem(t_.db(), id), due, "2026-10-02", "张三");
  EXPECT_EQ(find_problem(t_.db(), id)->due, "2026-12-31");
  EXPECT_EQ(find_problem(t_.db(), id)->level, ProblemLevel::Province);
  EXPECT_EQ(count("SELECT count(*) FROM audit WHERE entity = 'problem' AND action = 'edit'"), 1);
  EXPECT_EQ(problem_entries(t_.db(), id).size(), 3u);
  EXPECT_EQ(testing::refusal([&] { update_problem(t_.db(), *find_problem(t_.db(), id), due, "2026-10-03", "张三"); }),
            "problem 1: the update changes nothing; give --note, or a new --level, --due or --unit");
  EXPECT_EQ(testing::refusal([&] { update_problem(t_.db(), *find_problem(t_.db(), id), c, "2026-08-31", "张三"); }),
            "--date 2026-08-31 is before problem 1 was raised (2026-09-01)");
}

TEST_F(ProblemsTest, ResolveAndReopenRefuseTheStateTheyWouldMake) {
  const auto id = add("征地拆迁未完成", "2026-09-01");
  EXPECT_EQ(testing::refusal([&] { reopen_problem(t_.db(), *find_problem(t_.db(), id), "误", "2026-11-01", "t"); }),
            "problem 1 is open; only a resolved problem can be reopened");
  resolve_problem(t_.db(), *find_problem(t_.db(), id), "已完成征地", "2026-11-01", "t");
  EXPECT_EQ(find_problem(t_.db(), id)->resolution, "已完成征地");
  EXPECT_EQ(testing::refusal([&] { resolve_problem(t_.db(), *find_problem(t_.db(), id), "再", "2026-11-02", "t"); }),
            "problem 1 is already resolved (on 2026-11-01)");
  EXPECT_EQ(testing::refusal([&] { reopen_problem(t_.db(), *find_problem(t_.db(), id), "误", "2026-10-31", "t"); }),
            "--date 2026-10-31 is before problem 1 was resolved (2026-11-01)");
  reopen_problem(t_.db(), *find_problem(t_.db(), id), "仍有两户未搬迁", "2026-11-05", "t");
  const auto p = find_problem(t_.db(), id);
  EXPECT_TRUE(p->open());
  EXPECT_EQ(p->resolution, std::nullopt);
  const auto entries = problem_entries(t_.db(), id);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[2].kind, "reopen");
  EXPECT_EQ(entries[2].note, "仍有两户未搬迁");
}

}  // namespace
}  // namespace keyproj
