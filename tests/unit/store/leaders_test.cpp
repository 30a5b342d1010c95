#include "store/leaders.h"

#include <gtest/gtest.h>

#include "store/field_changes.h"
#include "store/projects.h"
#include "store/sql/statement.h"
#include "unit/store/refusal.h"
#include "unit/store/temp_database.h"
#include "unit/store/project_fixture.h"
#include "util/error.h"

namespace keyproj {
namespace {

class LeadersTest : public ::testing::Test {
 protected:
  std::int64_t add(const std::string& name, const std::string& title, const Text& phone = std::nullopt) {
    Leader l;
    l.name = name;
    l.title = title;
    l.phone = phone;
    return add_leader(db_, l, "tester");
  }
  // Leader audit rows: "project action before after" (project "-" for the leader's own).
  std::vector<std::string> audit() {
    sql::Statement q(db_.sql(),
                     "SELECT ifnull(project_id, '-'), action, ifnull(before, '-'), after FROM audit "
                     "WHERE entity = 'leader' ORDER BY id");
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.string(0) + " " + q.string(1) + " " + q.string(2) + " " + q.string(3));
    return out;
  }
  testing::TempDatabase temp_;
  Database& db_ = temp_.db();
};

TEST_F(LeadersTest, AddedLeadersAreFoundByIdOrByAUniqueName) {
  const auto a = add("张伟", "副市长", std::string("13800000000"));
  const auto b = add("李强", "区长");
  EXPECT_NE(a, b);
  EXPECT_EQ(resolve_leader(db_, std::to_string(b)).name, "李强");
  const Leader l = resolve_leader(db_, "张伟");
  EXPECT_EQ(l.id, a);
  EXPECT_EQ(l.title, "副市长");
  EXPECT_EQ(l.phone, Text("13800000000"));
  EXPECT_EQ(audit(), (std::vector<std::string>{
                         R"(- create - {"name":"张伟","title":"副市长","phone":"13800000000"})",
                         R"(- create - {"name":"李强","title":"区长","phone":null})"}));
}

TEST_F(LeadersTest, ANameSeveralShareIsRefusedWithTheCandidates) {
  const auto a = add("张伟", "副市长");
  const auto b = add("张伟", "区长");
  EXPECT_EQ(testing::refusal([&] { resolve_leader(db_, "张伟"); }, ExitCode::Usage),
            "leader '张伟' names several leaders; name one by id: " + std::to_string(a) + " 副市长, " +
                std::to_string(b) + " 区长");
  EXPECT_EQ(testing::refusal([&] { resolve_leader(db_, "王五"); }, ExitCode::NotFound),
            "leader '王五' is not a known leader's id or name; 'keyproj leader list' shows the leaders");
  EXPECT_EQ(testing::refusal([&] { resolve_leader(db_, "99"); }, ExitCode::NotFound),
            "leader '99' is not a known leader's id or name; 'keyproj leader list' shows the leaders");
}

TEST_F(LeadersTest, AnEditIsAuditedForTheLeaderAndEachOfItsProjects) {
  const auto id = add("张伟", "副市长");
  testing::add_project(db_, "TM-011", "天门物流园");
  ProjectEdit e;
  e.leader_id = std::optional<std::int64_t>(id);
  const Project before = *find_project(db_, "TM-011");
  edit_project(db_, before, e, "tester");
  const std::int64_t project = find_project(db_, "TM-011")->id;

  LeaderEdit title;
  title.title = "市长";
  title.phone = Text("0728-1234567");
  EXPECT_EQ(edit_leader(db_, resolve_leader(db_, "张伟"), title, "tester"), (std::vector<std::string>{"title", "phone"}));
  const Project now = *find_project(db_, "TM-011");
  EXPECT_EQ(now.leader, Text("张伟"));
  EXPECT_EQ(now.leader_title, Text("市长"));
  EXPECT_EQ(now.leader_phone, Text("0728-1234567"));
  const auto rows = audit();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], R"(- edit {"title":"副市长","phone":null} {"title":"市长","phone":"0728-1234567"})");
  EXPECT_EQ(rows[2], std::to_string(project) + R"( edit {"leader_title":"副市长"} {"leader_title":"市长"})");
  // The same values again change nothing and write nothing.
  EXPECT_TRUE(edit_leader(db_, resolve_leader(db_, "张伟"), title, "tester").empty());
  EXPECT_EQ(audit().size(), 3u);

  std::vector<std::string> listed;
  for_each_leader(db_, [&](const Leader& l, std::int64_t n) { listed.push_back(l.name + " " + l.title + " " + std::to_string(n)); });
  EXPECT_EQ(listed, (std::vector<std::string>{"张伟 市长 1"}));
}

}  // namespace
}  // namespace keyproj
