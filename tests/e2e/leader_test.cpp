// Responsible leaders (包保领导): leader add, list and edit; a project's leader set, cleared and
// shown on its card, each change in its history.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <regex>

#include "e2e/harness.h"

namespace keyproj::e2e {
namespace {

class Leaders : public ::testing::Test {
 protected:
  void SetUp() override {
    ok({"init"});
    ok({"project", "add", "--code", "TM-011", "--name", "天门物流园", "--region", "TM", "--owner", "天门市商务局"});
    ok({"project", "add", "--code", "TM-012", "--name", "天门冷链中心", "--region", "TM"});
  }
  std::string ok(const std::vector<std::string>& args) {
    const Outcome r = s_.keyproj(args);
    EXPECT_EQ(r.code, 0) << args[0] << ": " << r.err;
    return r.out;
  }
  Sandbox s_;
};

TEST_F(Leaders, AddPrintsTheIdAndListShowsPhonesOnlyWhenAsked) {
  EXPECT_EQ(ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"}), "1\n");
  EXPECT_EQ(ok({"leader", "add", "--name", "张伟", "--title", "区长"}), "2\n");
  ok({"project", "edit", "TM-011", "--leader", "1"});
  EXPECT_EQ(ok({"--format", "csv", "leader", "list"}), "id,name,title,projects\r\n1,张伟,副市长,1\r\n2,张伟,区长,0\r\n");
  EXPECT_EQ(ok({"--format", "csv", "leader", "list", "--contacts"}),
            "id,name,title,phone,projects\r\n1,张伟,副市长,13800000000,1\r\n2,张伟,区长,,0\r\n");
  const auto j = nlohmann::json::parse(ok({"--format", "json", "leader", "list"}));
  ASSERT_EQ(j.size(), 2u);
  EXPECT_FALSE(j[0].contains("phone"));
  EXPECT_EQ(j[1]["title"], "区长");
}

TEST_F(Leaders, ASharedNameIsRefusedWithTheCandidatesAndNothingIsWritten) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
  ok({"leader", "add", "--name", "张伟", "--title", "区长"});
  const std::string before = s_.dump();
  Outcome r = s_.keyproj({"project", "edit", "TM-011", "--leader", "张伟"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: leader '张伟' names several leaders; name one by id: 1 副市长, 2 区长\n");
  r = s_.keyproj({"--lang", "zh", "project", "edit", "TM-011", "--leader", "王五"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(r.err, "keyproj: 包保领导 '王五' 不是已有领导的编号或姓名；'keyproj leader list' 可列出全部领导\n");
  EXPECT_EQ(s_.dump(), before);
}

// A project added with its leader: the leader is named as everywhere (id, or a name only one
// leader has), and a refusal adds nothing.
TEST_F(Leaders, AProjectIsAddedWithItsLeader) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
  ok({"leader", "add", "--name", "李强", "--title", "区长"});
  ok({"project", "add", "--code", "TM-013", "--name", "天门电商园", "--region", "TM", "--leader", "李强"});
  ok({"project", "add", "--code", "TM-014", "--name", "天门会展中心", "--region", "TM", "--leader", "1"});
  const auto j = nlohmann::json::parse(ok({"--format", "json", "project", "list", "--leader", "李强"}));
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["code"], "TM-013");
  EXPECT_EQ(j[0]["leader"], "李强");
  EXPECT_EQ(nlohmann::json::parse(ok({"--format", "json", "project", "show", "TM-014"}))["leader"], "张伟");
  ok({"leader", "add", "--name", "李强", "--title", "副区长"});
  const std::string before = s_.dump();
  Outcome r = s_.keyproj({"project", "add", "--code", "TM-015", "--name", "乙", "--region", "TM", "--leader", "李强"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: leader '李强' names several leaders; name one by id: 2 区长, 3 副区长\n");
  r = s_.keyproj({"project", "add", "--code", "TM-015", "--name", "乙", "--region", "TM", "--leader", "王五"});
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(s_.dump(), before);
}

TEST_F(Leaders, AProjectsLeaderShowsOnItsCardAndInItsHistory) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok({"leader", "add", "--name", "李强", "--title", "区长"});
  EXPECT_EQ(ok({"project", "edit", "TM-011", "--leader", "张伟"}),
            "edited TM-011 天门物流园\n  leader: — → 张伟\n  leader_id: — → 1\n");
  std::string card = ok({"project", "show", "TM-011"});
  EXPECT_NE(card.find("Leader       张伟, 副市长, 13800000000\n"), std::string::npos) << card;
  auto j = nlohmann::json::parse(ok({"--format", "json", "project", "show", "TM-011"}));
  EXPECT_EQ(j["leader"], "张伟");
  EXPECT_EQ(j["leader_title"], "副市长");
  EXPECT_EQ(j["leader_phone"], "13800000000");
  // A list is not a card: no phone.
  j = nlohmann::json::parse(ok({"--format", "json", "project", "list"}));
  EXPECT_EQ(j[0]["leader"], "张伟");
  EXPECT_FALSE(j[0].contains("leader_phone"));

  ok({"leader", "edit", "1", "--title", "市长"});
  ok({"project", "edit", "TM-011", "--leader", "2"});
  ok({"project", "edit", "TM-011", "--leader", ""});
  card = ok({"project", "show", "TM-011"});
  EXPECT_NE(card.find("Leader       (none)\n"), std::string::npos) << card;
  const auto history = nlohmann::json::parse(ok({"--format", "json", "history", "TM-011"}));
  std::vector<std::string> changes;
  for (const auto& row : history)
    if (row["action"] != "create") changes.push_back(row["entity"].get<std::string>() + " " + row["before"].dump() + " " + row["after"].dump());
  EXPECT_EQ(changes, (std::vector<std::string>{
                         R"(project {"leader":null,"leader_id":null} {"leader":"张伟","leader_id":1})",
                         R"(leader {"leader_title":"副市长"} {"leader_title":"市长"})",
                         R"(project {"leader":"张伟","leader_id":1} {"leader":"李强","leader_id":2})",
                         R"(project {"leader":"李强","leader_id":2} {"leader":null,"leader_id":null})"}));
}

TEST_F(Leaders, EditChangesOnlyWhatIsGiven) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok({"leader", "edit", "1", "--name", "张为", "--phone", ""});
  EXPECT_EQ(ok({"--format", "csv", "leader", "list", "--contacts"}), "id,name,title,phone,projects\r\n1,张为,副市长,,0\r\n");
  const Outcome r = s_.keyproj({"leader", "edit", "1"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: leader edit needs a field to change: --name, --title or --phone\n");
}

// report --by leader: one group per leader (two of one name stay apart), the projects without a
// leader last, as the projects without an owner are under --by owner.
TEST_F(Leaders, ReportGroupsByLeader) {
  ok({"project", "add", "--code", "TM-013", "--name", "天门电商园", "--region", "TM", "--budget", "1亿"});
  ok({"leader", "add", "--name", "张伟", "--title", "副市长"});
  ok({"leader", "add", "--name", "张伟", "--title", "区长"});
  ok({"project", "edit", "TM-011", "--leader", "2"});
  ok({"project", "edit", "TM-013", "--leader", "1"});
  const auto j = nlohmann::json::parse(ok({"--format", "json", "report", "--by", "leader"}));
  std::vector<std::string> groups;
  for (const auto& row : j)
    groups.push_back(row["row"].get<std::string>() + " " + (row["group"].is_null() ? "null" : row["group"].get<std::string>()) +
                     " " + row["projects"].dump());
  EXPECT_EQ(groups, (std::vector<std::string>{"group 张伟（副市长） 1", "group 张伟（区长） 1", "group null 1",
                                              "total null 3"}));
  const std::string table = ok({"report", "--by", "leader"});
  EXPECT_NE(table.find("Leader"), std::string::npos) << table;
  EXPECT_NE(table.find("(none)"), std::string::npos) << table;
  EXPECT_NE(ok({"--lang", "zh", "report", "--by", "leader"}).find("（未载明）"), std::string::npos);
  // --leader filters the report as it filters the other lists.
  const auto one = nlohmann::json::parse(ok({"--format", "json", "report", "--leader", "1"}));
  EXPECT_EQ(one.back()["projects"], 1);
}

// Projects carry their leader through export and import: the name out, a name (or id) in; an
// unknown or shared name is refused at its row and column, and nothing is written.
TEST_F(Leaders, ImportAndExportCarryTheLeader) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok({"leader", "add", "--name", "李强", "--title", "区长"});
  ok({"project", "edit", "TM-011", "--leader", "张伟"});
  std::string csv = ok({"export", "--what", "projects", "--region", "TM"});
  EXPECT_NE(csv.find(",owner,leader,stage,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",天门市商务局,张伟,planned,"), std::string::npos) << csv;
  EXPECT_EQ(csv.find("13800000000"), std::string::npos);
  csv = ok({"export", "--what", "projects", "--contacts"});
  EXPECT_NE(csv.find(",owner,leader,leader_phone,stage,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",天门市商务局,张伟,13800000000,planned,"), std::string::npos) << csv;
  const std::string zh = ok({"--lang", "zh", "export", "--what", "projects"});
  EXPECT_NE(zh.find(",责任单位,包保领导,阶段,"), std::string::npos) << zh;

  const std::string file = s_.write("leaders.csv", "项目编号,包保领导\nTM-011,李强\nTM-012,张伟\n");
  ok({"import", file, "--what", "projects"});
  csv = ok({"export", "--what", "projects"});
  EXPECT_NE(csv.find("TM-011,天门物流园,,TM,,,,,,天门市商务局,李强,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("TM-012,天门冷链中心,,TM,,,,,,,张伟,"), std::string::npos) << csv;

  ok({"leader", "add", "--name", "李强", "--title", "副市长"});
  const std::string before = s_.dump();
  const std::string bad = s_.write("bad.csv", "project_code,leader\nTM-011,王五\nTM-012,李强\n");
  const Outcome r = s_.keyproj({"import", bad, "--what", "projects"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("bad.csv line 2, column B: leader '王五' is not a known leader's id or name"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("bad.csv line 3, column B: leader '李强' names several leaders; name one by id: 2 区长, 3 副市长"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(s_.dump(), before);
}

// A copy of a database keeps its leaders: export --what leaders writes them by id (phones only
// with --contacts), and import --what leaders adds them with those ids, so that the ids a
// project's history names stay theirs; importing the file again changes nothing.
TEST_F(Leaders, ExportAndImportKeepTheIds) {
  ok({"leader", "add", "--name", "张伟", "--title", "副市长", "--phone", "13800000000"});
  ok({"leader", "add", "--name", "李四", "--title", "市长"});
  ok({"leader", "add", "--name", "张伟", "--title", "区长"});
  ok({"project", "edit", "TM-011", "--leader", "3"});
  EXPECT_EQ(ok({"export", "--what", "leaders"}),
            "id,name,title,projects\r\n1,张伟,副市长,0\r\n3,张伟,区长,1\r\n2,李四,市长,0\r\n");
  const std::string with_phones = ok({"export", "--what", "leaders", "--contacts"});
  EXPECT_EQ(with_phones,
            "id,name,title,phone,projects\r\n1,张伟,副市长,13800000000,0\r\n3,张伟,区长,,1\r\n2,李四,市长,,0\r\n");
  // Ids the copy has never given, out of order: each leader keeps its own.
  Sandbox copy;
  ASSERT_EQ(copy.keyproj({"init"}).code, 0);
  const std::string file = copy.write("leaders.csv", with_phones);
  Outcome r = copy.keyproj({"import", file, "--what", "leaders"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "imported leaders from " + file + ": 3 added, 0 changed, 0 unchanged\n");
  EXPECT_EQ(copy.keyproj({"export", "--what", "leaders", "--contacts"}).out,
            "id,name,title,phone,projects\r\n1,张伟,副市长,13800000000,0\r\n3,张伟,区长,,0\r\n2,李四,市长,,0\r\n");
  r = copy.keyproj({"import", file, "--what", "leaders"});
  EXPECT_EQ(r.out, "imported leaders from " + file + ": 0 added, 0 changed, 3 unchanged\n");
  // A row naming a known id changes that leader, audited as leader edit audits it.
  r = copy.keyproj({"import", copy.write("title.csv", "id,title\r\n2,书记\r\n"), "--what", "leaders"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(copy.keyproj({"--format", "csv", "leader", "list"}).out.find("2,李四,书记,0"), std::string::npos);
  // A new leader needs a title; a name two leaders share is not a match.
  const std::string before = copy.dump();
  r = copy.keyproj({"import", copy.write("bad.csv", "name,title\r\n王五,\r\n张伟,局长\r\n"), "--what", "leaders"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("a new leader needs a title"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("张伟"), std::string::npos) << r.err;
  EXPECT_EQ(copy.dump(), before);
  r = s_.keyproj({"export", "--what", "leaders", "--region", "TM"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "keyproj: leaders are not filtered by region, stage, owner or programme; export them all\n");
}

}  // namespace
}  // namespace keyproj::e2e
