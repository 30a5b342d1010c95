#include "exchange/export_rows.h"

#include <gtest/gtest.h>

#include "exchange/columns.h"

namespace keyproj {
namespace {

// Each kind's cells follow its column table one for one: a cell out of place would put a
// value under another column's header, and import would read it back into the wrong field.
TEST(ExportRows, OneCellPerColumnOfTheTable) {
  Project p;
  p.code = "TM-001";
  EXPECT_EQ(project_cells(p).size(), fields_of(What::Projects).size());
  EXPECT_EQ(owner_cells(Owner{}, 0).size(), fields_of(What::Owners).size());
  EXPECT_EQ(milestone_cells(Milestone{}, "", std::nullopt).size(), fields_of(What::Milestones).size());
  EXPECT_EQ(update_cells(ProgressUpdate{}, "").size(), fields_of(What::Updates).size());
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
  const auto cells = project_cells(p);
  auto at = [&](const char* key) { return cells[field_index(What::Projects, key)]; };
  EXPECT_EQ(std::get<std::string>(at("project_code")), "TM-001");
  EXPECT_EQ(std::get<std::string>(at("name_zh")), "物流园");
  EXPECT_EQ(std::get<MoneyCell>(at("budget_yuan")).yuan, 150000000);
  EXPECT_EQ(std::get<MoneyCell>(at("invested_yuan")).yuan, 2000);
  EXPECT_EQ(std::get<std::int64_t>(at("progress_pct")), 40);
  EXPECT_EQ(std::get<std::string>(at("planned_finish")), "2025-12-31");
  EXPECT_EQ(std::get<std::string>(at("entered_on")), "2026-01-02");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(at("owner")));

  ProgressUpdate u;
  u.id = 7;
  u.project_code = "TM-001";
  u.reported_on = "2026-10-31";
  u.invested_yuan = 5;
  u.blocker = "征地";
  u.author = "张三";
  const auto uc = update_cells(u, "物流园");
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
  const auto mc = milestone_cells(m, "物流园", std::string("顺延"));
  EXPECT_EQ(std::get<std::string>(mc[field_index(What::Milestones, "due")]), "2026-06-30");
  EXPECT_EQ(std::get<std::string>(mc[field_index(What::Milestones, "reason")]), "顺延");
}

}  // namespace
}  // namespace keyproj
