#include "exchange/export_rows.h"

#include <gtest/gtest.h>

#include "domain/category.h"
#include "domain/finish_source.h"
#include "exchange/columns.h"

namespace keyproj {
namespace {

// Each kind's cells follow its column table one for one: a cell out of place would put a
// value under another column's header, and import would read it back into the wrong field.
TEST(ExportRows, OneCellPerColumnOfTheTable) {
  Project p;
  p.code = "TM-001";
  EXPECT_EQ(project_cells(p, Lang::En).size(), fields_of(What::Projects).size());
  EXPECT_EQ(owner_cells(Owner{}, 0).size(), fields_of(What::Owners).size());
  EXPECT_EQ(milestone_cells(Milestone{}, "", std::nullopt, Lang::En).size(), fields_of(What::Milestones).size());
  EXPECT_EQ(template_rows(NodeTemplate{0, std::string("t"), {{"立项", std::nullopt, 20, false}}}, Lang::En).front().size(),
            fields_of(What::Templates).size());
  // The dispatch template's own columns (sheet_only) are not an export's.
  EXPECT_EQ(update_cells(ProgressUpdate{}, "", Lang::En).size(), output_columns(What::Updates).size());
}

// The derived facts at the end: the light in the words' language, completed this year over the
// year's plan as a fraction (hundredths of a percent, half up), the latest report's blocker.
TEST(ExportRows, TheDerivedColumns) {
  Project p;
  p.code = "TM-001";
  p.year_plan = YearPlanStanding{40000000, 13000000, std::nullopt};
  const auto at = [](const std::vector<Cell>& cells, const char* key) { return cells[field_index(What::Projects, key)]; };
  const auto en = project_cells(p, Lang::En, {Light::Amber, std::string("资金未到位")});
  EXPECT_EQ(std::get<std::string>(at(en, "light")), "amber");
  EXPECT_DOUBLE_EQ(std::get<double>(at(en, "plan_completion_rate")), 0.325);
  EXPECT_EQ(std::get<std::string>(at(en, "last_blocker")), "资金未到位");
  EXPECT_EQ(std::get<std::string>(at(project_cells(p, Lang::Zh, {Light::Red, std::nullopt}), "light")), "红");
  // No light (cancelled), no plan amount, no blocker: empty cells.
  p.year_plan = YearPlanStanding{std::nullopt, 13000000, std::nullopt};
  const auto none = project_cells(p, Lang::En);
  for (const char* key : {"light", "plan_completion_rate", "last_blocker"})
    EXPECT_TRUE(std::holds_alternative<std::monostate>(at(none, key))) << key;
  p.year_plan.reset();
  EXPECT_TRUE(std::holds_alternative<std::monostate>(at(project_cells(p, Lang::En), "plan_completion_rate")));
}

TEST(ExportRows, ValuesUnderTheirHeaders) {
  Project p;
  p.code = "TM-001";
  p.name_zh = "物流园";
  p.budget_yuan = 150000000;
  p.invested_yuan = 2000;
  p.progress_pct = 40;
  p.planned_finish = "2025-12-31";
  p.created_on = "2026-01-02";
  const auto cells = project_cells(p, Lang::En);
  auto at = [&](const char* key) { return cells[field_index(What::Projects, key)]; };
  EXPECT_EQ(std::get<std::string>(at("project_code")), "TM-001");
  EXPECT_EQ(std::get<std::string>(at("name_zh")), "物流园");
  EXPECT_EQ(std::get<MoneyCell>(at("budget_yuan")).yuan, 150000000);
  EXPECT_EQ(std::get<MoneyCell>(at("invested_yuan")).yuan, 2000);
  EXPECT_EQ(std::get<std::int64_t>(at("progress_pct")), 40);
  EXPECT_EQ(std::get<std::string>(at("planned_finish")), "2025-12-31");
  EXPECT_EQ(std::get<std::string>(at("entered_on")), "2026-01-02");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(at("owner")));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(at("leader")));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(at("leader_phone")));

  ProgressUpdate u;
  u.id = 7;
  u.project_code = "TM-001";
  u.reported_on = "2026-10-31";
  u.invested_yuan = 5;
  u.blocker = "征地";
  u.author = "张三";
  const auto uc = update_cells(u, "物流园", Lang::En);
  auto uat = [&](const char* key) { return uc[field_index(What::Updates, key)]; };
  EXPECT_EQ(std::get<std::int64_t>(uat("id")), 7);
  EXPECT_EQ(std::get<std::string>(uat("name_zh")), "物流园");
  EXPECT_EQ(std::get<MoneyCell>(uat("invested_yuan")).yuan, 5);
  EXPECT_EQ(std::get<std::string>(uat("blocker")), "征地");
  EXPECT_EQ(std::get<std::string>(uat("author")), "张三");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(uat("note")));

  Milestone m;
  m.id = 3;
  m.due = "2026-06-30";
  const auto mc = milestone_cells(m, "物流园", std::string("顺延"), Lang::En);
  EXPECT_EQ(std::get<std::string>(mc[field_index(What::Milestones, "due")]), "2026-06-30");
  EXPECT_EQ(std::get<std::string>(mc[field_index(What::Milestones, "reason")]), "顺延");
  EXPECT_EQ(std::get<std::string>(mc[field_index(What::Milestones, "kind")]), "milestone");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(mc[field_index(What::Milestones, "marks_start")]));
  m.kind = MilestoneKind::Approval;
  m.marks_start = true;
  const auto zh = milestone_cells(m, "物流园", std::nullopt, Lang::Zh);
  EXPECT_EQ(std::get<std::string>(zh[field_index(What::Milestones, "kind")]), "审批节点");
  EXPECT_EQ(std::get<std::string>(zh[field_index(What::Milestones, "marks_start")]), "是");
  const auto node = template_rows(NodeTemplate{0, std::string("t"), {{"环评", std::string("立项"), 30, true}}}, Lang::En);
  EXPECT_EQ(std::get<std::string>(node[0][field_index(What::Templates, "after")]), "立项");
  EXPECT_EQ(std::get<std::int64_t>(node[0][field_index(What::Templates, "days")]), 30);
  EXPECT_EQ(std::get<std::string>(node[0][field_index(What::Templates, "marks_start")]), "yes");
}

// A Chinese workbook is read by people: the words keyproj stores (a stage, a category, where a
// finish date came from, a class, a report's stage, an overdue kind) are written by their Chinese
// names, which import reads back; words it does not know, and every other text, as stored.
TEST(ExportRows, ChineseWordsNameTheStoredOnesAndImportReadsThemBack) {
  Project p;
  p.code = "TM-001";
  p.stage = Stage::Suspended;
  p.resume_stage = Stage::Building;
  p.category = "cold_chain";
  p.finish_source = "plan";
  p.owner = "stated";  // not a stored word: a name, written as it is
  for (const Lang words : {Lang::En, Lang::Zh}) {
    const auto cells = project_cells(p, words);
    auto at = [&](const char* key) { return std::get<std::string>(cells[field_index(What::Projects, key)]); };
    const bool zh = words == Lang::Zh;
    EXPECT_EQ(at("stage"), zh ? "停缓建" : "suspended");
    EXPECT_EQ(at("resume_stage"), zh ? "在建" : "building");
    EXPECT_EQ(at("category"), zh ? "冷链物流" : "cold_chain");
    EXPECT_EQ(at("finish_source"), zh ? "规划期末" : "plan");
    EXPECT_EQ(at("owner"), "stated");
    EXPECT_EQ(stage_from_name(at("stage")), Stage::Suspended);
    EXPECT_EQ(category_from_name(at("category")), "cold_chain");
    EXPECT_EQ(finish_source_from_name(at("finish_source")), "plan");
  }
  p.category = "港航物流";  // a category keyproj does not list stays as typed
  EXPECT_EQ(std::get<std::string>(project_cells(p, Lang::Zh)[field_index(What::Projects, "category")]), "港航物流");

  PlanEntry e;
  e.plan_class = PlanClass::Completing;
  const auto pc = plan_cells(e, Lang::Zh)[field_index(What::Plans, "class")];
  EXPECT_EQ(std::get<std::string>(pc), "竣工投产");
  EXPECT_EQ(plan_class_from_name(std::get<std::string>(pc)), PlanClass::Completing);
  EXPECT_EQ(std::get<std::string>(plan_cells(e, Lang::En)[field_index(What::Plans, "class")]), "completing");

  ProgressUpdate u;
  u.stage = "building";
  EXPECT_EQ(std::get<std::string>(update_cells(u, "", Lang::Zh)[field_index(What::Updates, "stage")]), "在建");
  EXPECT_EQ(std::get<std::string>(update_cells(u, "", Lang::En)[field_index(What::Updates, "stage")]), "building");

  OverdueRow r;
  r.kind = OverdueKind::Milestone;
  r.owner = "天门市商务局";
  r.leader = "张伟";
  r.leader_phone = "13800000000";
  const auto oc = overdue_cells(r, Lang::En);
  EXPECT_EQ(std::get<std::string>(oc[field_index(What::Overdue, "owner")]), "天门市商务局");
  EXPECT_EQ(std::get<std::string>(oc[field_index(What::Overdue, "leader")]), "张伟");
  EXPECT_EQ(std::get<std::string>(oc[field_index(What::Overdue, "leader_phone")]), "13800000000");
  EXPECT_EQ(std::get<std::string>(overdue_cells(r, Lang::Zh)[0]), std::string(overdue_kind_name_zh(r.kind)));
  EXPECT_EQ(std::get<std::string>(overdue_cells(r, Lang::En)[0]), "milestone");
}

}  // namespace
}  // namespace keyproj
