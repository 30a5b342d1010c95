#include "domain/user_name.h"

#include <gtest/gtest.h>

#include <string>

#include "util/error.h"

namespace keyproj {
namespace {

std::string refusal(const std::string& text) {
  try {
    clean_user_name(text, "--user");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(UserName, IsTrimmedAndComposed) {
  EXPECT_EQ(clean_user_name(" 张三\u3000", "--user"), "张三");
  EXPECT_EQ(clean_user_name("Jose\u0301", "--user"), "Jos\u00e9");
}

TEST(UserName, HoldsOneToSixtyFourCharacters) {
  const std::string longest(kMaxUserChars, 'x');
  EXPECT_EQ(clean_user_name(longest, "--user"), longest);
  std::string chinese;
  for (std::size_t i = 0; i < kMaxUserChars; ++i) chinese += "张";
  EXPECT_EQ(clean_user_name(chinese, "--user"), chinese);  // characters, not bytes
  EXPECT_EQ(refusal(longest + "x"), "--user '" + longest + "x' is 65 characters long; a user name holds at most 64");
  EXPECT_EQ(refusal(" \u3000"), "--user is empty; give the name changes are recorded under");
}

TEST(UserName, NamesTheFieldItCameFrom) {
  EXPECT_EQ(refusal("a\x1b" "b").rfind("--user ", 0), 0u);
  try {
    clean_user_name("", "$USER");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "$USER is empty; give the name changes are recorded under");
    EXPECT_EQ(e.code(), ExitCode::Rejected);
  }
}

std::string role_refusal(const std::string& text) {
  try {
    clean_role_name(text, "name");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(RoleName, IsAUserNameTheServerKeepsWhole) {
  const std::string longest(kMaxRoleBytes, 'r');
  EXPECT_EQ(clean_role_name(" " + longest + " ", "name"), longest);
  EXPECT_EQ(role_refusal(longest + "r"),
            "name '" + longest + "r' is 64 bytes long; the server keeps at most 63 bytes of a role's name");
  // 21 Chinese characters are 63 bytes; 22 are 66, though only 22 characters.
  std::string chinese;
  for (int i = 0; i < 21; ++i) chinese += "王";
  EXPECT_EQ(clean_role_name(chinese, "name"), chinese);
  EXPECT_EQ(role_refusal(chinese + "王"),
            "name '" + chinese + "王' is 66 bytes long; the server keeps at most 63 bytes of a role's name");
}

TEST(RoleName, LeavesTheServersOwnNamesAndTheUserRulesAlone) {
  EXPECT_EQ(role_refusal("pg_monitor"), "name 'pg_monitor' begins with pg_, which the server keeps for its own roles");
  EXPECT_EQ(clean_role_name("PG_x", "name"), "PG_x");  // a quoted role name is case-sensitive
  EXPECT_EQ(role_refusal(""), "name is empty; give the name changes are recorded under");
  EXPECT_EQ(role_refusal("a\x1b" "b").rfind("name ", 0), 0u);
}

}  // namespace
}  // namespace keyproj
