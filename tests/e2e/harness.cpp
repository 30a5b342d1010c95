#include "e2e/harness.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "e2e/process.h"

namespace keyproj::e2e {

Sandbox::Sandbox() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "keyproj-e2e-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
}

Sandbox::~Sandbox() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

Outcome Sandbox::keyproj(const std::vector<std::string>& args, const std::string& input) const {
  std::vector<std::string> full{"--db", db(), "--as-of", as_of};
  full.insert(full.end(), args.begin(), args.end());
  return raw(full, {}, input);
}

Outcome Sandbox::raw(const std::vector<std::string>& args, const std::vector<std::string>& env_extra,
                 const std::string& input) const {
  // Files of their own for each run, so that several runs may go at once (the concurrency tests).
  static std::atomic<int> runs{0};
  const std::string n = std::to_string(runs++);
  const auto in_path = dir_ / (std::string(".stdin") + n);
  std::ofstream(in_path, std::ios::binary) << input;

  const auto capture = dir_ / (std::string(".run") + n);
  const ProcessResult run = finish_keyproj(start_keyproj(args, capture, env_extra, in_path), capture);
  Outcome r;
  r.code = run.code;
  r.out = run.out;
  r.err = run.err;
  std::error_code ec;
  for (const auto& p : {in_path, dir_ / (".run" + n + ".out"), dir_ / (".run" + n + ".err")})
    std::filesystem::remove(p, ec);
  return r;
}

std::string Sandbox::write(const std::string& name, const std::string& content) const {
  const auto p = dir_ / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

std::string Sandbox::dump() const {
  if (!std::filesystem::exists(db())) return "<no database>";
  SQLite::Database d(db(), SQLite::OPEN_READONLY);
  std::string out;
  // A table WITHOUT ROWID has no rowid to order by; its key, the first column, orders it.
  SQLite::Statement tables(d, "SELECT name, sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE type = 'table' "
                              "ORDER BY name");
  while (tables.executeStep()) {
    const std::string t = tables.getColumn(0).getString();
    out += "## " + t + "\n";
    const char* order = tables.getColumn(1).getInt() ? "1" : "rowid";
    SQLite::Statement rows(d, "SELECT * FROM \"" + t + "\" ORDER BY " + order);
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const auto c = rows.getColumn(i);
        if (i) out += '|';
        out += c.isNull() ? std::string("NULL") : c.getString();
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace keyproj::e2e
