#include "store/regions.h"

#include <gtest/gtest.h>

#include "store/sql/statement.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

TEST(Regions, ARegionIsNamedByCodeInAnyCaseItsNameWithOrWithout市OrItsEnglishName) {
  testing::TempDatabase t;
  for (const char* name : {"TM", "tm", "Tm", "天门", "天门市", "Tianmen", "tianmen"}) {
    EXPECT_EQ(region_code_named(t.db(), name), "TM") << name;
    EXPECT_EQ(region_code(t.db(), name), "TM") << name;
  }
  EXPECT_EQ(region_code_named(t.db(), "荆门市"), "JM");
  EXPECT_EQ(region_code_named(t.db(), "孝感"), std::nullopt);
  EXPECT_EQ(region_code_named(t.db(), "天"), std::nullopt);
  EXPECT_EQ(region_code_named(t.db(), ""), std::nullopt);
  EXPECT_EQ(region_id(t.db(), "鄂州市"), region_id(t.db(), "EZ"));
  EXPECT_NE(region_id(t.db(), "EZ"), region_id(t.db(), "TM"));
}

TEST(Regions, AnUnknownNameIsRefusedWithTheKnownCodes) {
  testing::TempDatabase t;
  try {
    region_code(t.db(), "天门县");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::Rejected);
    EXPECT_STREQ(e.what(), "region '天门县' is not known; use one of TM, EZ, WH, ZS, JM");
  }
  EXPECT_EQ(region_list(t.db()), "TM 天门, EZ 鄂州, WH 武汉, ZS 中山, JM 荆门");
}

TEST(Regions, TheSqlFormNamesTheSameRegion) {
  testing::TempDatabase t;
  for (const char* name : {"wh", "武汉市", "Wuhan", "孝感"}) {
    sql::Statement q(t.db().sql(), "SELECT " + region_named_sql("?1"));
    q.bind(1, std::string(name));
    q.step();
    EXPECT_EQ(q.optional_string(0), region_code_named(t.db(), name)) << name;
  }
}

}  // namespace
}  // namespace keyproj
