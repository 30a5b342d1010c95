#include "view/history_view.h"

#include <gtest/gtest.h>

#include "unit/in_language.h"

namespace keyproj {
namespace {

AuditRow row(std::string entity, std::optional<std::int64_t> id, std::string action) {
  AuditRow r;
  r.entity = std::move(entity);
  r.entity_id = id;
  r.action = std::move(action);
  return r;
}

TEST(HistoryView, EnglishNamesTheRecordItsIdAndTheAction) {
  EXPECT_EQ(history_what(row("project", 7, "edit")), "project edit");
  EXPECT_EQ(history_what(row("milestone", 3, "move")), "milestone 3 move");
  EXPECT_EQ(history_what(row("progress_update", 12, "log")), "report 12 log");
  EXPECT_EQ(history_what(row("leader", 2, "edit")), "leader 2 edit");
  AuditRow c = row("progress_update", 14, "correct");
  c.corrects = 12;
  EXPECT_EQ(history_what(c), "report 14 corrects 12");
}

TEST(HistoryView, ChineseNamesThemInTheOfficesWords) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(history_what(row("project", 7, "stage")), "项目 阶段变更");
  EXPECT_EQ(history_what(row("milestone", 3, "move")), "里程碑 3 调整日期");
  EXPECT_EQ(history_what(row("annual_plan", 5, "create")), "年度计划 5 新建");
  EXPECT_EQ(history_what(row("leader", 2, "edit")), "包保领导 2 修改");
  AuditRow c = row("progress_update", 14, "correct");
  c.corrects = 12;
  EXPECT_EQ(history_what(c), "调度记录 14 更正 12");
  EXPECT_EQ(history_what(row("region", 2, "rename")), "region 2 rename");  // not known: as stored
}

}  // namespace
}  // namespace keyproj
