#include "domain/project_code.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(ProjectCode, ShortAsciiIdentifiersPass) {
  for (const char* code : {"TM-022", "a", "9", "WH_01", "ZS.3", "A-", "x.y_z-0"}) EXPECT_EQ(code_refusal(code, "code"), "") << code;
  EXPECT_EQ(code_refusal(std::string(32, 'A'), "code"), "");
}

TEST(ProjectCode, EverythingElseIsRefusedNamingTheFieldAndValue) {
  const std::string rule =
      " is not a project code: use 1 to 32 ASCII letters, digits, '-', '_' or '.', not starting with '-', e.g. TM-022";
  EXPECT_EQ(code_refusal("TM 1", "code"), "code 'TM 1'" + rule);
  EXPECT_EQ(code_refusal("-X1", "项目编号"), "项目编号 '-X1'" + rule);
  EXPECT_EQ(code_refusal("", "code"), "code ''" + rule);
  EXPECT_EQ(code_refusal(std::string(33, 'A'), "code"), "code '" + std::string(33, 'A') + "'" + rule);
  EXPECT_EQ(code_refusal("TM\x1b", "code"), "code 'TM\\x1b'" + rule);
  for (const char* code : {"天门", "ＴＭ1", "TM/1", "TM,1", "TM\t1", "TM'1", "TM\xff"})
    EXPECT_NE(code_refusal(code, "code"), "") << code;
}

}  // namespace
}  // namespace keyproj
