#pragma once
// A fresh, migrated database in a temporary file for one test, removed afterwards.

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

#include "store/database.h"

namespace keyproj::testing {

class TempDatabase {
 public:
  TempDatabase() : path_(next_path()), db_(open(path_)) {}
  ~TempDatabase() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  Database& db() { return db_; }
  const std::string& path() const { return path_; }

 private:
  static std::string next_path() {
    static std::atomic<int> counter{0};
    return (std::filesystem::temp_directory_path() /
            ("keyproj-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db"))
        .string();
  }
  static Database open(const std::string& p) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p + suffix);
    return Database::open(p);
  }

  std::string path_;
  Database db_;
};

}  // namespace keyproj::testing
