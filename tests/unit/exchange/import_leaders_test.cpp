// import_leader_row (exchange/import_leaders.cpp), through import_records as import runs it.

#include "exchange/importer.h"

#include <gtest/gtest.h>

#include "store/leaders.h"
#include "unit/exchange/import_csv.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

class ImportLeaders : public ::testing::Test {
 protected:
  ImportResult import(const std::string& csv) { return testing::import_csv(t.db(), csv, What::Leaders); }
  testing::TempDatabase t;
};

TEST_F(ImportLeaders, AddsKeepingTheIdsThenChangesByIdOrByAUniqueName) {
  auto r = import("id,name,title,phone,projects\n5,张伟,副市长,13800000000,2\n,李四,市长,,0\n");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].text;
  EXPECT_EQ(r.added, 2u);
  const auto a = find_leader(t.db(), 5);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->name, "张伟");
  EXPECT_EQ(a->phone, "13800000000");
  EXPECT_EQ(find_leader(t.db(), 6)->name, "李四");  // no id: the next one

  r = import("id,title\n5,常务副市长\n");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].text;
  EXPECT_EQ(r.changed, 1u);
  EXPECT_EQ(find_leader(t.db(), 5)->title, "常务副市长");
  r = import("name,phone\n李四,13900000000\n");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].text;
  EXPECT_EQ(r.changed, 1u);
  EXPECT_EQ(find_leader(t.db(), 6)->phone, "13900000000");
  r = import("name,title\n李四,市长\n");
  EXPECT_EQ(r.unchanged, 1u);
}

TEST_F(ImportLeaders, ANewLeaderNeedsANameAndATitleAndASharedNameIsNoMatch) {
  import("id,name,title\n1,张伟,副市长\n2,张伟,区长\n");
  const auto r = import("id,name,title\n3,王五,\n,张伟,局长\n4,,书记\n");
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0].text, "title is empty; a new leader needs a title (职务)");
  EXPECT_NE(r.errors[1].text.find("张伟"), std::string::npos) << r.errors[1].text;
  EXPECT_EQ(r.errors[2].text, "name is empty; a new leader needs a name");
  EXPECT_FALSE(find_leader(t.db(), 3));
}

}  // namespace
}  // namespace keyproj
