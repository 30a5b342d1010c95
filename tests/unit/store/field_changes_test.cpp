#include "store/field_changes.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

Project project() {
  Project p;
  p.code = "TM-011";
  p.name_zh = "天门市综合物流产业园项目";
  p.region = "TM";
  p.stage = Stage::Building;
  p.budget_yuan = 150000000;
  return p;
}

TEST(FieldChanges, AProjectsFactsInTheOrderTheAuditRecordsThem) {
  const auto facts = project_facts(project());
  std::string keys;
  for (const auto& [key, value] : facts.items()) keys += key + " ";
  EXPECT_EQ(keys,
            "code name_zh name_en region county program category location scale owner stage budget_yuan "
            "planned_start planned_finish finish_source started_on start_source ");
  EXPECT_EQ(facts["stage"], "building");
  EXPECT_EQ(facts["budget_yuan"], 150000000);
  EXPECT_TRUE(facts["owner"].is_null());
}

TEST(FieldChanges, TheLeaderWhenSetOrWhenAnEditAsksForIt) {
  Project p = project();
  EXPECT_FALSE(project_facts(p).contains("leader"));
  const auto always = project_facts(p, LeaderFacts::Always);
  EXPECT_TRUE(always["leader"].is_null());
  EXPECT_TRUE(always["leader_id"].is_null());
  p.leader = "张伟";
  p.leader_id = 2;
  for (const auto& facts : {project_facts(p), project_facts(p, LeaderFacts::Always)}) {
    EXPECT_EQ(facts["leader"], "张伟");
    EXPECT_EQ(facts["leader_id"], 2);
  }
}

}  // namespace
}  // namespace keyproj
