// Approval nodes (审批节点): templates as data (list, show, import and export), `milestone plan`
// with its refusals and --again, `milestone list --kind`, late nodes marked in `overdue`, and the
// start node done by the project's first move to building. The sandbox's as-of date is
// 2026-11-22.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

// The test's own template: 立项 and 用地 from the start side by side, 环评 and 节能 after 立项
// side by side, 施工许可 after 环评, 开工 after 施工许可.
struct Node {
  const char* title;
  const char* after;  // "" from the start
  int days;
  bool start;
};
const Node kNodes[] = {{"立项", "", 20, false},     {"用地", "", 25, false},         {"环评", "立项", 30, false},
                       {"节能", "立项", 10, false}, {"施工许可", "环评", 14, false}, {"开工", "施工许可", 31, true}};

std::string template_csv(const std::string& name) {
  std::string csv = "template,node,after,days,marks_start\n";
  for (const auto& n : kNodes)
    csv += name + "," + n.title + "," + n.after + "," + std::to_string(n.days) + "," + (n.start ? "yes" : "") + "\n";
  return csv;
}

std::string plus_days(const std::string& iso, int n) {
  using namespace std::chrono;
  const int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  const year_month_day ymd{sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} +
                           std::chrono::days{n}};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

// Each node's due date when the plan starts on `from`, computed from kNodes; a node in `done`
// counts its successors from the day it was done.
std::map<std::string, std::string> due_dates(const std::string& from,
                                             const std::map<std::string, std::string>& done = {}) {
  std::map<std::string, std::string> base, due;
  for (const auto& n : kNodes) {
    due[n.title] = plus_days(*n.after ? base.at(n.after) : from, n.days);
    base[n.title] = done.count(n.title) ? done.at(n.title) : due[n.title];
  }
  return due;
}

int days_between(const std::string& a, const std::string& b) {
  for (int d = 0; d < 4000; ++d)
    if (plus_days(a, d) == b) return d;
  return -1;
}

class ApprovalNodes : public Tracking {
 protected:
  void SetUp() override {
    Tracking::SetUp();
    const std::string file = s.write("t.csv", template_csv("small"));
    ASSERT_EQ(ok({"import", file, "--what", "templates"}), "imported templates from " + file +
                                                               ": 1 added, 0 changed, 0 unchanged\n");
  }
  // `milestone list --kind approval` of TM-011 as csv rows "title,due,done".
  std::vector<std::string> nodes() {
    const json rows = json::parse(ok({"milestone", "list", "TM-011", "--kind", "approval", "--format", "json"}));
    std::vector<std::string> out;
    for (const auto& r : rows)
      out.push_back(r["title"].get<std::string>() + "," + r["due"].get<std::string>() + "," +
                    (r["done_on"].is_null() ? "" : r["done_on"].get<std::string>()));
    return out;
  }
  // The node of that title, as nodes() shows it.
  std::string node(const std::string& title) {
    for (const auto& n : nodes())
      if (n.starts_with(title + ",")) return n;
    return "";
  }
};

TEST_F(ApprovalNodes, TheSeededTemplateHoldsTheUsualChainEndingInTheStart) {
  const json rows = json::parse(ok({"template", "show", "approvals", "--format", "json"}));
  std::vector<std::string> titles;
  for (const auto& r : rows) titles.push_back(r["node"]);
  EXPECT_EQ(titles, (std::vector<std::string>{"立项（审批/核准/备案）", "用地预审与选址", "建设用地规划许可",
                                              "环评批复", "节能审查", "建设工程规划许可", "施工图审查", "施工许可",
                                              "开工"}));
  EXPECT_EQ(rows.back()["marks_start"], "yes");
  // Each node's days from the start are its predecessor's plus its own limit.
  std::map<std::string, std::int64_t> from_start;
  for (const auto& r : rows) {
    const std::int64_t base = r["after"].is_null() ? 0 : from_start.at(r["after"].get<std::string>());
    EXPECT_EQ(r["from_start"].get<std::int64_t>(), base + r["days"].get<std::int64_t>()) << r["node"];
    from_start[r["node"]] = r["from_start"];
  }
  EXPECT_EQ(ok({"template", "list", "--format", "csv"}),
            "name,nodes,days\r\napprovals,9," + std::to_string(from_start.at("开工")) + "\r\nsmall,6," +
                std::to_string(days_between("2026-01-01", due_dates("2026-01-01").at("开工"))) + "\r\n");
}

TEST_F(ApprovalNodes, PlanAddsTheNodesDueTheirLimitsAfterTheirPredecessors) {
  const auto due = due_dates("2026-03-01");
  const std::string out = ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-03-01",
                              "--format", "csv"});
  std::string expected = "id,project,title,baseline_due,due,done_on,days_late\r\n";
  int id = 0;
  for (const auto& n : kNodes) {
    const int late = days_between(due.at(n.title), "2026-11-22");
    expected += std::to_string(++id) + ",TM-011," + n.title + "," + due.at(n.title) + "," + due.at(n.title) + ",," +
                (late > 0 ? std::to_string(late) : "") + "\r\n";
  }
  EXPECT_EQ(out, expected);
  // Only the approval nodes are listed by kind; a milestone is not.
  ok({"milestone", "add", "TM-011", "--title", "主体完工", "--due", "2027-06-30"});
  EXPECT_EQ(nodes().size(), 6u);
  const json plain = json::parse(ok({"milestone", "list", "TM-011", "--kind", "milestone", "--format", "json"}));
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0]["title"], "主体完工");
  // The card marks them.
  EXPECT_NE(ok({"project", "show", "TM-011"}).find("#5 [approval] 施工许可: due " + due.at("施工许可")),
            std::string::npos);
  // History records each node as an approval node, the start node as such.
  const std::string history = ok({"history", "TM-011"});
  EXPECT_NE(history.find("kind: approval"), std::string::npos) << history;
  EXPECT_NE(history.find("marks_start: true"), std::string::npos) << history;
}

TEST_F(ApprovalNodes, RefusalsWriteNothing) {
  expect_refused(s, {"milestone", "plan", "TM-011", "--template", "nope", "--from", "2026-03-01"}, 3,
                 "template 'nope' does not exist; `template list` lists the templates");
  expect_refused(s, {"template", "show", "nope"}, 3, "template 'nope' does not exist; `template list` lists the templates");
  expect_refused(s, {"milestone", "plan", "TM-011", "--template", "small"}, 2, "--from is required");
  expect_refused(s, {"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-02-30"}, 4,
                 "from '2026-02-30' is not a day of the calendar");
  expect_refused(s, {"milestone", "list", "--kind", "node"}, 2, "kind 'node' is not known; use milestone or approval");
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-03-01"});
  expect_refused(s, {"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-04-01"}, 4,
                 "TM-011 already has 6 approval nodes; to plan them anew from 2026-04-01, add --again (the open ones "
                 "are replaced, the done ones kept)");
  ok({"project", "archive", "TM-012"});
  expect_refused(s, {"milestone", "plan", "TM-012", "--template", "small", "--from", "2026-03-01"}, 4,
                 "project 'TM-012' is archived; it takes no new milestones");
}

TEST_F(ApprovalNodes, AgainReplacesTheOpenNodesKeepsTheDoneAndCountsFromThem) {
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-03-01"});
  ok({"milestone", "done", "1", "--date", "2026-03-18"});  // 立项
  const std::string out = ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-05-01", "--again",
                              "--format", "csv"});
  const auto due = due_dates("2026-05-01", {{"立项", "2026-03-18"}});
  std::vector<std::string> expected{std::string("立项,") + due_dates("2026-03-01").at("立项") + ",2026-03-18"};
  for (const auto& n : kNodes)
    if (std::string(n.title) != "立项") expected.push_back(std::string(n.title) + "," + due.at(n.title) + ",");
  std::vector<std::string> listed = nodes();
  std::sort(listed.begin(), listed.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(listed, expected);
  // The five replaced nodes were deleted with the reason that names the new plan.
  EXPECT_NE(ok({"history", "TM-011"}).find("planned anew from 2026-05-01 with template 'small'"), std::string::npos);
}

TEST_F(ApprovalNodes, LateNodesAreMarkedInOverdueAndTheirKindFilters) {
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-09-01"});
  ok({"milestone", "add", "TM-011", "--title", "主体完工", "--due", "2026-11-01"});
  const auto due = due_dates("2026-09-01");
  std::vector<std::pair<std::string, std::string>> late;  // due, title
  for (const auto& n : kNodes)
    if (due.at(n.title) < "2026-11-22") late.push_back({due.at(n.title), n.title});
  std::sort(late.begin(), late.end());
  ASSERT_FALSE(late.empty());
  std::string expected = "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n";
  for (const auto& [d, title] : late)
    expected += "approval,TM-011,天门市综合物流产业园项目,TM,天门市商务局,," + title + "," + d + "," +
                std::to_string(days_between(d, "2026-11-22")) + ",,\r\n";
  EXPECT_EQ(ok({"overdue", "--kind", "approval", "--format", "csv"}), expected);
  EXPECT_EQ(ok({"overdue", "--kind", "milestone", "--format", "csv"}),
            "kind,project_code,project_name,region,owner,leader,milestone,due,days_late,unit,level\r\n"
            "milestone,TM-011,天门市综合物流产业园项目,TM,天门市商务局,,主体完工,2026-11-01,21,,\r\n");
  const std::string all = ok({"overdue", "--format", "csv"});
  EXPECT_NE(all.find("approval,TM-011"), std::string::npos);
  EXPECT_NE(all.find("milestone,TM-011"), std::string::npos);
}

TEST_F(ApprovalNodes, TheFirstMoveToBuildingMarksTheStartNodeDone) {
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-03-01"});
  ok({"log", "TM-011", "--stage", "preparing", "--date", "2026-06-01"});
  EXPECT_EQ(node("开工"), "开工," + due_dates("2026-03-01").at("开工") + ",");
  ok({"log", "TM-011", "--stage", "building", "--date", "2026-08-15"});
  EXPECT_EQ(node("开工"), "开工," + due_dates("2026-03-01").at("开工") + ",2026-08-15");
  // History shows the node done with the move.
  EXPECT_NE(ok({"history", "TM-011"}).find("milestone 6 done    done_on: — → 2026-08-15"), std::string::npos);
  // Planned anew after the start, the start node stays done.
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-09-01", "--again"});
  EXPECT_EQ(node("开工"), "开工," + due_dates("2026-03-01").at("开工") + ",2026-08-15");
  // Planned anew once started (the done node deleted), the start node is done on the day the
  // project started; a return from a suspension is no start and changes nothing.
  ok({"log", "TM-011", "--stage", "suspended", "--date", "2026-09-10"});
  ok({"milestone", "delete", "6", "--reason", "录错"});
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-09-01", "--again"});
  ok({"log", "TM-011", "--stage", "building", "--date", "2026-10-10"});
  EXPECT_EQ(node("开工"), "开工," + due_dates("2026-09-01").at("开工") + ",2026-08-15");
  ok({"log", "TM-012", "--stage", "building", "--date", "2026-10-01"});
  ok({"milestone", "plan", "TM-012", "--template", "small", "--from", "2026-09-01"});
  const json rows = json::parse(ok({"milestone", "list", "TM-012", "--kind", "approval", "--format", "json"}));
  EXPECT_EQ(rows.back()["title"], "开工");
  EXPECT_EQ(rows.back()["done_on"], "2026-10-01");
}

TEST_F(ApprovalNodes, TemplatesAndNodesRoundTripThroughExportAndImport) {
  EXPECT_EQ(ok({"export", "--what", "templates", "--format", "csv"}).find("template,node,after,days,marks_start\r\n"),
            0u);
  // An office sets its own limit: the file's nodes replace the template's.
  std::string edited = template_csv("small");
  edited.replace(edited.find("环评,立项,30"), std::string("环评,立项,30").size(), "环评,立项,45");
  const std::string file = s.write("edited.csv", edited);
  EXPECT_EQ(ok({"import", file, "--what", "templates"}),
            "imported templates from " + file + ": 0 added, 1 changed, 0 unchanged\n");
  const json rows = json::parse(ok({"template", "show", "small", "--format", "json"}));
  EXPECT_EQ(rows[2]["days"], 45);
  // A template whose nodes cannot make one is refused, at its first row.
  const std::string bad = s.write("bad.csv", "template,node,after,days,marks_start\nx,A,B,1,\nx,B,,2,\n");
  const Outcome r = s.keyproj({"import", bad, "--what", "templates"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("line 2: after 'B' of node 'A' is not an earlier node of template 'x'"), std::string::npos)
      << r.err;
  // Milestones carry their kind: a copy keeps the approval nodes and the start node.
  ok({"milestone", "plan", "TM-011", "--template", "small", "--from", "2026-03-01"});
  const std::string projects = s.write("p.csv", ok({"export", "--what", "projects", "--format", "csv"}));
  const std::string milestones = s.write("m.csv", ok({"export", "--what", "milestones", "--format", "csv"}));
  Sandbox copy;
  ASSERT_EQ(copy.keyproj({"init"}).code, 0);
  ASSERT_EQ(copy.keyproj({"import", projects, "--what", "projects"}).code, 0);
  const Outcome m = copy.keyproj({"import", milestones, "--what", "milestones"});
  ASSERT_EQ(m.code, 0) << m.err;
  EXPECT_EQ(copy.keyproj({"milestone", "list", "--kind", "approval", "--format", "csv"}).out,
            ok({"milestone", "list", "--kind", "approval", "--format", "csv"}));
  EXPECT_EQ(copy.keyproj({"export", "--what", "milestones", "--format", "csv"}).out,
            ok({"export", "--what", "milestones", "--format", "csv"}));
}

}  // namespace
}  // namespace keyproj::e2e
