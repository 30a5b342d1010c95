#pragma once
// A database of its own on the test cluster for one test, dropped afterwards. The cluster is
// KEYPROJ_TEST_PG, which ctest's fixture "postgres" sets (tests/CMakeLists.txt). By hand:
//   scripts/pg-cluster start /tmp/kp-pg && KEYPROJ_TEST_PG="$(cat /tmp/kp-pg/conninfo)" build/tests/<executable>

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <string>

#include "store/sql/error.h"
#include "store/sql/postgres.h"

namespace keyproj::testing {

// The cluster's conninfo, "" when none is given.
inline std::string test_cluster() {
  const char* c = std::getenv("KEYPROJ_TEST_PG");
  return c ? c : "";
}

class ServerDatabase {
 public:
  // `suffix` tells apart several databases of one test.
  explicit ServerDatabase(const std::string& suffix = "") {
    // A name of at most 63 bytes, PostgreSQL's longest, that no other process's test takes.
    name_ = "kp_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()).substr(0, 36) + suffix;
    for (char& c : name_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    admin_ = sql::open_postgres(test_cluster(), {});
    admin_->execute("DROP DATABASE IF EXISTS " + name_);
    admin_->execute("CREATE DATABASE " + name_);
  }
  ~ServerDatabase() {
    try {
      admin_->execute("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const sql::Error&) {
      // Left for the cluster's removal at the end of the run.
    }
  }
  ServerDatabase(const ServerDatabase&) = delete;
  ServerDatabase& operator=(const ServerDatabase&) = delete;

  // libpq takes the last of a repeated keyword: the cluster's conninfo, this database's name.
  std::string conninfo() const { return test_cluster() + " dbname=" + name_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::unique_ptr<sql::Connection> admin_;
};

}  // namespace keyproj::testing
