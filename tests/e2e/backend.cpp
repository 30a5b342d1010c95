#include "e2e/backend.h"

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <stdexcept>

#include "e2e/postgres_database.h"
#include "e2e/sqlite_database.h"

namespace keyproj::e2e {

Backend test_backend() {
  const char* name = std::getenv("KEYPROJ_TEST_BACKEND");
  if (!name || !*name || std::string(name) == "sqlite") return Backend::sqlite;
  if (std::string(name) == "postgres") return Backend::postgres;
  throw std::runtime_error("KEYPROJ_TEST_BACKEND '" + std::string(name) + "' is neither sqlite nor postgres");
}

namespace {

// `copy_of` as the backend's own kind of database; throws when it is the other backend's.
template <typename Database>
const Database* same_backend(const TestDatabase* copy_of) {
  if (!copy_of) return nullptr;
  const auto* same = dynamic_cast<const Database*>(copy_of);
  if (!same) throw std::logic_error("a database is copied from one of the same backend");
  return same;
}

}  // namespace

std::unique_ptr<TestDatabase> make_test_database(Backend backend, const std::filesystem::path& dir,
                                                 const TestDatabase* copy_of) {
  if (backend == Backend::sqlite) {
    auto db = std::make_unique<SqliteDatabase>(dir / "keyproj.db");
    if (const auto* source = same_backend<SqliteDatabase>(copy_of)) db->copy_from(*source);
    return db;
  }
  const char* cluster = std::getenv("KEYPROJ_TEST_PG");
  if (!cluster || !*cluster)
    throw std::runtime_error("KEYPROJ_TEST_BACKEND=postgres needs KEYPROJ_TEST_PG, the conninfo of a cluster");
  // Unique across the processes sharing the cluster (the pid) and within one (the count); the
  // folder's random tail keeps a database a crashed earlier run left from being met again.
  static std::atomic<int> made{0};
  std::string tail = dir.filename().string();
  tail = tail.substr(tail.find_last_of('-') + 1);
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string name = "kp_e2e_" + std::to_string(getpid()) + "_" + std::to_string(made++) + "_" + tail;
  return std::make_unique<PostgresDatabase>(cluster, name, same_backend<PostgresDatabase>(copy_of));
}

}  // namespace keyproj::e2e
