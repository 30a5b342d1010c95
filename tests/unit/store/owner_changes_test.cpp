#include "store/owner_changes.h"

#include <gtest/gtest.h>

#include "store/owners.h"
#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/refusal.h"
#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

class OwnerChangesTest : public ::testing::Test {
 protected:
  void add(const std::string& code, const std::optional<std::string>& owner) {
    NewProject p;
    p.code = code;
    p.name_zh = code + "项目";
    p.region = "TM";
    p.owner = owner;
    p.entered_on = "2026-01-01";
    insert_project(db_, p, "tester");
  }
  std::string owner_of(const std::string& code) { return find_project(db_, code)->owner.value_or("-"); }
  // Owner audit rows after their creation: "project action before after" (project "-" for the owner's own).
  std::vector<std::string> audit() {
    sql::Statement q(db_.sql(),
                     "SELECT ifnull(project_id, '-'), action, before, after FROM audit "
                     "WHERE entity = 'owner' AND action <> 'create' ORDER BY id");
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.string(0) + " " + q.string(1) + " " + q.string(2) + " " + q.string(3));
    return out;
  }
  std::vector<std::string> owners() {
    std::vector<std::string> out;
    for_each_owner(db_, [&](const Owner& o, std::int64_t n) { out.push_back(o.name + " " + std::to_string(n)); });
    return out;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(OwnerChangesTest, RenameKeepsTheProjectsAndAuditsEachOfThem) {
  add("TM-011", std::string("天门市商务局"));
  add("TM-012", std::string("天门市商务局"));
  const std::int64_t p1 = find_project(db_, "TM-011")->id, p2 = find_project(db_, "TM-012")->id;
  EXPECT_TRUE(rename_owner(db_, "天门市商务局", "天门市商务和经济信息化局", "tester"));
  EXPECT_EQ(owner_of("TM-011"), "天门市商务和经济信息化局");
  EXPECT_EQ(owners(), (std::vector<std::string>{"天门市商务和经济信息化局 2"}));
  const std::string change = R"( rename {"owner":"天门市商务局"} {"owner":"天门市商务和经济信息化局"})";
  EXPECT_EQ(audit(), (std::vector<std::string>{
                         R"(- rename {"name":"天门市商务局"} {"name":"天门市商务和经济信息化局"})",
                         std::to_string(p1) + change, std::to_string(p2) + change}));
  EXPECT_FALSE(rename_owner(db_, "天门市商务和经济信息化局", "天门市商务和经济信息化局", "tester"));
  EXPECT_EQ(audit().size(), 3u);
}

TEST_F(OwnerChangesTest, RenameRefusesATakenNameAndAnUnknownOwner) {
  add("TM-011", std::string("天门市商务局"));
  add("TM-012", std::string("天门市发改委"));
  EXPECT_EQ(testing::refusal([&] { rename_owner(db_, "天门市商务局", "天门市发改委", "tester"); }, ExitCode::Rejected),
            "owner name '天门市发改委' is already taken; if the two are one owner, merge them: "
            "keyproj owner merge '天门市商务局' --into '天门市发改委'");
  EXPECT_EQ(testing::refusal([&] { rename_owner(db_, "天门市统计局", "x", "tester"); }, ExitCode::NotFound),
            "owner '天门市统计局' is not known; 'keyproj owner list' shows the owners");
}

TEST_F(OwnerChangesTest, MergeMovesEveryProjectAndTheMergedNameFindsTheOwner) {
  add("TM-011", std::string("天门商务局"));
  add("TM-012", std::string("天门商务局"));
  add("TM-013", std::string("天门市商务局"));
  archive_project(db_, *find_project(db_, "TM-012"), "2026-11-22", "tester");
  const auto into = *find_owner_id(db_, "天门市商务局");
  EXPECT_EQ(merge_owner(db_, "天门商务局", "天门市商务局", "tester"), 2);  // the archived one too
  EXPECT_EQ(owner_of("TM-011"), "天门市商务局");
  EXPECT_EQ(owner_of("TM-012"), "天门市商务局");
  EXPECT_EQ(owners(), (std::vector<std::string>{"天门市商务局 2"}));  // archived projects are not counted
  EXPECT_EQ(find_owner_id(db_, "天门商务局"), into);
  EXPECT_EQ(find_owner(db_, "天门商务局")->name, "天门市商务局");
  EXPECT_EQ(audit().front(), R"(- merge {"merged_into":null} {"merged_into":"天门市商务局"})");
  EXPECT_EQ(audit().size(), 3u);
  EXPECT_EQ(testing::refusal([&] { merge_owner(db_, "天门商务局", "天门市商务局", "tester"); }, ExitCode::Rejected),
            "owner '天门商务局' was merged into '天门市商务局'; name that owner instead");
  EXPECT_EQ(testing::refusal([&] { rename_owner(db_, "天门市发改委", "天门商务局", "tester"); }, ExitCode::NotFound),
            "owner '天门市发改委' is not known; 'keyproj owner list' shows the owners");
}

TEST_F(OwnerChangesTest, AnOwnerMergedLaterTakesItsMergedNamesAlong) {
  add("TM-011", std::string("天门商务局"));
  add("TM-012", std::string("天门市商务局"));
  add("TM-013", std::string("天门市商务和经济信息化局"));
  merge_owner(db_, "天门商务局", "天门市商务局", "tester");
  merge_owner(db_, "天门市商务局", "天门市商务和经济信息化局", "tester");
  const auto last = find_owner_id(db_, "天门市商务和经济信息化局");
  EXPECT_EQ(find_owner_id(db_, "天门商务局"), last);
  EXPECT_EQ(find_owner_id(db_, "天门市商务局"), last);
  EXPECT_EQ(owner_of("TM-011"), "天门市商务和经济信息化局");
  EXPECT_EQ(owners(), (std::vector<std::string>{"天门市商务和经济信息化局 3"}));
}

TEST_F(OwnerChangesTest, MergeRefusesItselfAndUnknownOwners) {
  add("TM-011", std::string("天门市商务局"));
  EXPECT_EQ(testing::refusal([&] { merge_owner(db_, "天门市商务局", "天门市商务局", "tester"); }, ExitCode::Rejected),
            "owner '天门市商务局' cannot be merged into itself");
  EXPECT_EQ(testing::refusal([&] { merge_owner(db_, "天门市商务局", "天门市统计局", "tester"); }, ExitCode::NotFound),
            "owner '天门市统计局' is not known; 'keyproj owner list' shows the owners");
  EXPECT_EQ(owner_of("TM-011"), "天门市商务局");
}

}  // namespace
}  // namespace keyproj
