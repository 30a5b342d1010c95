#include "store/problems.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/projects.h"
#include "store/updates.h"
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

// What log_report's blockers raise, once the reports are written: the first report of each
// project and text raises it on its date, unless the project has it open already; a correction
// raises nothing; each has the raise entry and audit row add_problem writes.
TEST_F(ProblemsTest, BlockersOfNewReportsRaiseTheirProblemsOnceAsAddDoes) {
  const Project other = *find_project(t_.db(), "TM-012");
  add("资金未到位", "2026-08-01");  // problem 1, open
  auto report = [&](const Project& p, const std::string& day, const std::string& blocker,
                    std::optional<std::int64_t> corrects = std::nullopt) {
    ProgressUpdate u;
    u.project_id = p.id;
    u.reported_on = day;
    u.blocker = blocker;
    u.author = "张三";
    u.corrects_id = corrects;
    if (corrects) u.reason = "填错";
    u.again = !corrects;  // two reports of one day below: each a report of its own (log --again)
    // A stamp of its own for each, so that an audit row's instant names one report.
    static int n = 0;
    const std::string stamp = "2026-12-01T10:00:0" + std::to_string(n++) + ".000Z";
    return insert_update(t_.db(), u, stamp.c_str());
  };
  report(project_, "2026-07-31", "旧的问题");  // before the command's reports: not its to raise
  const std::int64_t after = last_report_id(t_.db());
  const std::string odd = "征地\"拆迁\"\n未完成\\";  // quotes, a line break, a backslash in the JSON
  const auto first = report(project_, "2026-09-30", odd);
  const auto second = report(other, "2026-09-30", odd);  // the same text on another project: its own
  report(project_, "2026-10-31", odd);              // repeated: raised already
  report(project_, "2026-10-31", "资金未到位");      // open already
  report(project_, "2026-09-30", "更正后的问题", first);  // a correction
  const auto last = report(other, "2026-08-15", "早报的问题");  // taken later, dated earlier: its own date
  // The rows written take the ids after each table's largest, in the order of the problems.
  const std::int64_t entries_before = count("SELECT max(id) FROM problem_entry");
  const std::int64_t audit_before = count("SELECT max(id) FROM audit");
  EXPECT_EQ(raise_blocker_problems(t_.db(), after, "tester"), 3);

  sql::Statement q(t_.db().sql(),
                   "SELECT pr.id, p.code, pr.text, pr.level, pr.raised_on, pr.status, e.kind, e.entered_on, e.level, "
                   "  e.author, a.user, a.project_id = pr.project_id, a.after, "
                   "  (SELECT u.id FROM progress_update u WHERE u.created_at = a.at), e.id, a.id "
                   "FROM problem pr JOIN project p ON p.id = pr.project_id "
                   "JOIN problem_entry e ON e.problem_id = pr.id "
                   "JOIN audit a ON a.entity = 'problem' AND a.entity_id = pr.id AND a.action = 'create' "
                   "WHERE pr.id > 1 ORDER BY pr.id");
  struct Want {
    std::string code, text, day;
    std::int64_t raised_by;  // the report whose instant the audit row has
  };
  const std::vector<Want> wanted{{"TM-011", odd, "2026-09-30", first}, {"TM-012", odd, "2026-09-30", second},
                                 {"TM-012", "早报的问题", "2026-08-15", last}};
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    ASSERT_TRUE(q.step()) << i;
    const Want& w = wanted[i];
    EXPECT_EQ(q.int64(0), static_cast<std::int64_t>(i) + 2);
    EXPECT_EQ(q.string(1), w.code);
    EXPECT_EQ(q.string(2), w.text);
    EXPECT_EQ(q.string(3), "county");
    EXPECT_EQ(q.string(4), w.day);
    EXPECT_EQ(q.string(5), "open");
    EXPECT_EQ(q.string(6), "raise");
    EXPECT_EQ(q.string(7), w.day);
    EXPECT_EQ(q.string(8), "county");
    EXPECT_EQ(q.string(9), "tester");
    EXPECT_EQ(q.string(10), "tester");
    EXPECT_EQ(q.int64(11), 1);
    // The JSON add_problem writes for the same problem.
    const nlohmann::ordered_json facts{{"text", w.text}, {"unit", nullptr}, {"level", "county"},
                                       {"raised_on", w.day}, {"due", nullptr}};
    EXPECT_EQ(q.string(12), facts.dump());
    EXPECT_EQ(q.int64(13), w.raised_by);
    EXPECT_EQ(q.int64(14), entries_before + static_cast<std::int64_t>(i) + 1);
    EXPECT_EQ(q.int64(15), audit_before + static_cast<std::int64_t>(i) + 1);
  }
  EXPECT_FALSE(q.step());
  // Nothing new: raised already.
  EXPECT_EQ(raise_blocker_problems(t_.db(), after, "tester"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM problem_entry"), 4);
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
