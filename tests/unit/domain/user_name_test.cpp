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

}  // namespace
}  // namespace keyproj
