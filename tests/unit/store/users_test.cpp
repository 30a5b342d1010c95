#include "store/users.h"

#include <gtest/gtest.h>

#include <string>

#include "unit/store/temp_database.h"
#include "util/error.h"

namespace keyproj {
namespace {

// A file has one officer and no users: each asks for a server, naming the file (exit 2).
TEST(Users, AFileHasNone) {
  testing::TempDatabase t;
  const auto usage = [&](auto&& call) {
    try {
      call();
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::Usage);
      return std::string(e.what());
    }
    return std::string("nothing thrown");
  };
  const std::string sentence = "database '" + t.path() +
                               "' is a file, which has one officer and no users; users belong to a portfolio "
                               "shared on a PostgreSQL server";
  EXPECT_EQ(usage([&] { list_users(t.db()); }), sentence);
  EXPECT_EQ(usage([&] { add_user(t.db(), {"li", "officer", "TM", {}}, std::nullopt); }), sentence);
  EXPECT_EQ(usage([&] { remove_user(t.db(), "li"); }), sentence);
}

}  // namespace
}  // namespace keyproj
