#pragma once
// Runs the built keyproj binary as a user would, against a temporary database.

#include <filesystem>
#include <string>
#include <vector>

namespace keyproj::e2e {

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

// A fresh folder with a database path in it; removed afterwards.
class Sandbox {
 public:
  Sandbox();
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::string db() const { return (dir_ / "keyproj.db").string(); }

  // keyproj --db <db> --as-of <as_of> <args...>, with NO_COLOR and LANG=C.UTF-8; `input` on stdin.
  Outcome keyproj(const std::vector<std::string>& args, const std::string& input = "") const;
  // Like keyproj(), but with the arguments exactly as given (no --db, no --as-of).
  Outcome raw(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
          const std::string& input = "") const;

  // Writes a file into the sandbox and returns its path.
  std::string write(const std::string& name, const std::string& content) const;

  // Every row of every table, in a stable order: equal before and after means nothing changed.
  std::string dump() const;

  std::string as_of = "2026-11-22";

 private:
  std::filesystem::path dir_;
};

}  // namespace keyproj::e2e
