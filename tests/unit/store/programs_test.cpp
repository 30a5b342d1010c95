#include "store/programs.h"

#include <gtest/gtest.h>

#include "unit/store/scalar.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

TEST(Programs, AProgrammeIsAddedOnceAndFoundByNameAfter) {
  testing::TempDatabase t;
  auto& sql = t.db().sql();
  const auto before = testing::scalar_int(sql, "SELECT count(*) FROM program");
  const std::int64_t id = find_or_add_program(t.db(), "专栏9 新设专栏", "TM");
  EXPECT_EQ(testing::scalar_int(sql, "SELECT count(*) FROM program"), before + 1);
  EXPECT_EQ(testing::scalar_text(sql, "SELECT name FROM program WHERE id = " + std::to_string(id)), "专栏9 新设专栏");
  EXPECT_EQ(find_or_add_program(t.db(), "专栏9 新设专栏", "WH"), id);
  EXPECT_EQ(testing::scalar_int(sql, "SELECT count(*) FROM program"), before + 1);
}

// Two plans may hold programmes of the same name; a project takes the one of its own region's plan.
TEST(Programs, OfTwoOfOneNameTheOneOfTheRegionsPlanIsTaken) {
  testing::TempDatabase t;
  auto& sql = t.db().sql();
  sql.execute("INSERT INTO plan (region_id, title, issuer, issued_on, period_start, period_end, source_file, source_lines) "
              "VALUES ((SELECT id FROM region WHERE code = 'TM'), '甲规划', '天门', '2021-01-01', '2021-01-01', "
              "'2025-12-31', 'a.txt', '1'), ((SELECT id FROM region WHERE code = 'WH'), '乙规划', '武汉', "
              "'2021-01-01', '2021-01-01', '2025-12-31', 'b.txt', '1')");
  sql.execute("INSERT INTO program (plan_id, name) VALUES ((SELECT id FROM plan WHERE title = '甲规划'), '专栏1'), "
              "((SELECT id FROM plan WHERE title = '乙规划'), '专栏1')");
  const auto of = [&](const char* title) {
    return testing::scalar_int(sql, std::string("SELECT pg.id FROM program pg JOIN plan pl ON pl.id = pg.plan_id "
                                                "WHERE pl.title = '") + title + "'");
  };
  EXPECT_EQ(find_or_add_program(t.db(), "专栏1", "WH"), of("乙规划"));
  EXPECT_EQ(find_or_add_program(t.db(), "专栏1", "TM"), of("甲规划"));
}

}  // namespace
}  // namespace keyproj
