#include "store/sql/pq_library.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace keyproj::sql {
namespace {

// libpq, opened on first use: its functions work without a server for what needs none.
TEST(PqLibrary, LoadsLibpqAndCallsIt) {
  const PqLibrary& pq = libpq();
  char* error = nullptr;
  PQconninfoOption* options = pq.PQconninfoParse("host=db.example dbname=portfolio", &error);
  ASSERT_NE(options, nullptr) << (error ? error : "");
  std::string host, dbname;
  for (const PQconninfoOption* o = options; o->keyword; ++o) {
    if (!o->val) continue;
    if (std::string_view(o->keyword) == "host") host = o->val;
    if (std::string_view(o->keyword) == "dbname") dbname = o->val;
  }
  pq.PQconninfoFree(options);
  EXPECT_EQ(host, "db.example");
  EXPECT_EQ(dbname, "portfolio");
  EXPECT_EQ(&libpq(), &pq);  // loaded once
}

}  // namespace
}  // namespace keyproj::sql
