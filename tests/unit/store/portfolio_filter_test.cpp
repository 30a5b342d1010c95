#include "store/portfolio_filter.h"

#include <gtest/gtest.h>

#include <string>

#include "store/projects.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class PortfolioFilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add("TM-001", "天门物流园", "Tianmen Logistics Park", "TM", "building", "天门市商务局", "专栏4");
    add("TM-002", "天门冷链中心", std::nullopt, "TM", "preparing", "天门市商务局", std::nullopt);
    add("EZ-001", "鄂州货运枢纽", "Ezhou Cargo Hub", "EZ", "building", "鄂州市商务局", "专栏4");
    add("WH-001", "武汉物流园", std::nullopt, "WH", "building", std::nullopt, std::nullopt);
    db().sql().execute("UPDATE project SET archived_at = '2026-02-01' WHERE code = 'WH-001'");
  }
  Database& db() { return temp_.db(); }
  void add(const std::string& code, const std::string& name, Text name_en, const std::string& region,
           const std::string& stage, Text owner, Text program) {
    NewProject p;
    p.code = code;
    p.name_zh = name;
    p.name_en = name_en;
    p.region = region;
    p.stage = stage;
    p.owner = owner;
    p.program = program;
    p.entered_on = "2026-01-01";
    insert_project(db(), p, "tester");
  }
  // The codes `f` selects, by code, as the SQL condition and its bindings select them.
  std::string codes(const PortfolioFilter& f) {
    sql::Statement q(db().sql(),
                        "SELECT p.code FROM project p JOIN region r ON r.id = p.region_id "
                        "LEFT JOIN owner o ON o.id = p.owner_id LEFT JOIN program pg ON pg.id = p.program_id "
                        "WHERE " + filter_condition(f) + "ORDER BY p.code");
    bind_filter(q, f);
    std::string out;
    while (q.step()) out += q.string(0) + " ";
    return out;
  }
  testing::TempDatabase temp_;
};

TEST_F(PortfolioFilterTest, EachFilterSelectsItsProjectsAndArchivedOnesNever) {
  EXPECT_EQ(codes({}), "EZ-001 TM-001 TM-002 ");
  PortfolioFilter f;
  f.region = "TM";
  EXPECT_EQ(codes(f), "TM-001 TM-002 ");
  f.stage = Stage::Preparing;
  EXPECT_EQ(codes(f), "TM-002 ");
  f = {};
  f.owner = "天门市商务局";
  EXPECT_EQ(codes(f), "TM-001 TM-002 ");
  f = {};
  f.program = "专栏4";
  EXPECT_EQ(codes(f), "EZ-001 TM-001 ");
  f = {};
  f.search = "物流";  // WH-001 matches too, but it is archived
  EXPECT_EQ(codes(f), "TM-001 ");
  f.search = "cargo";  // an English name, in any case
  EXPECT_EQ(codes(f), "EZ-001 ");
  f.search = "TM-00";  // a part of the code
  EXPECT_EQ(codes(f), "TM-001 TM-002 ");
}

TEST_F(PortfolioFilterTest, ARegionFilterTakesTheCodeInAnyCaseAndTheChineseName) {
  for (const char* named : {"TM", "tm", "天门", "天门市", "Tianmen"}) {
    PortfolioFilter f;
    f.region = named;
    EXPECT_NO_THROW(require_known(db(), f)) << named;
    EXPECT_EQ(codes(f), "TM-001 TM-002 ") << named;
  }
  PortfolioFilter f;
  f.region = "鄂州市";
  EXPECT_EQ(codes(f), "EZ-001 ");
  f.region = "天门县";
  EXPECT_EQ(codes(f), "");
  EXPECT_THROW(require_known(db(), f), Error);
}

TEST_F(PortfolioFilterTest, UnknownNamesAreRejectedWithTheValue) {
  PortfolioFilter f;
  f.region = "TM";
  f.owner = "天门市商务局";
  f.program = "专栏4";
  f.stage = Stage::Cancelled;  // a stage no project is at is no error: the enum knows it
  f.search = "nothing like it";
  EXPECT_NO_THROW(require_known(db(), f));
  auto expect = [&](PortfolioFilter bad, const std::string& sentence) {
    try {
      require_known(db(), bad);
      FAIL() << sentence;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::Rejected);
      EXPECT_EQ(e.what(), sentence);
    }
  };
  PortfolioFilter r;
  r.region = "XX";
  expect(r, "region 'XX' is not known; use one of TM, EZ, WH, ZS, JM");
  PortfolioFilter o;
  o.owner = "nobody";
  expect(o, "owner 'nobody' is not known; 'keyproj owner list' shows the owners");
  PortfolioFilter p;
  p.program = "专栏9";
  expect(p, "program '专栏9' is not known");
}

}  // namespace
}  // namespace keyproj
