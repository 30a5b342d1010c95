#include "view/sheet_title.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

const Date kAsOf = parse_date("2026-11-22", "as-of");

TEST(SheetTitle, WhatAsOfWhenAndTheFilters) {
  PortfolioFilter f;
  EXPECT_EQ(sheet_title("Overdue list", kAsOf, filter_pieces(f, Lang::En), Lang::En), "Overdue list, as of 2026-11-22");
  EXPECT_EQ(sheet_title("逾期清单", kAsOf, filter_pieces(f, Lang::Zh), Lang::Zh), "逾期清单（截至2026-11-22）");
  f.region = "TM";
  f.stage = Stage::Building;
  f.owner = "天门市商务局";
  f.leader = "张伟";
  f.program = "专栏4";
  f.search = "物流";
  EXPECT_EQ(sheet_title("Plans", kAsOf, filter_pieces(f, Lang::En), Lang::En),
            "Plans, as of 2026-11-22; region TM, stage building, owner 天门市商务局, leader 张伟, program 专栏4, name or "
            "code containing 物流");
  EXPECT_EQ(sheet_title("年度计划", kAsOf, filter_pieces(f, Lang::Zh), Lang::Zh),
            "年度计划（截至2026-11-22；地区 TM，阶段 在建，责任单位 天门市商务局，包保领导 张伟，专栏 专栏4，名称或编号含 物流）");
}

TEST(SheetTitle, TheOverdueListsRules) {
  OverdueQuery q;
  q.stale_days = 45;
  EXPECT_EQ(overdue_pieces(q, Lang::En), std::vector<std::string>{"stale after 45 days without a report"});
  q.stale = false;
  q.problems = false;
  q.min_days = 30;
  q.filter.region = "TM";
  EXPECT_EQ(overdue_pieces(q, Lang::En),
            (std::vector<std::string>{"region TM", "kinds milestone, approval, project, start", "at least 30 days late"}));
  q.approvals = false;
  EXPECT_EQ(overdue_pieces(q, Lang::Zh),
            (std::vector<std::string>{"地区 TM", "类型 里程碑逾期、项目逾期、" + std::string(overdue_kind_name_zh(OverdueKind::Start)),
                                      "逾期30天及以上"}));
}

}  // namespace
}  // namespace keyproj
