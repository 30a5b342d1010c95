#include "e2e/harness.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "e2e/process.h"

namespace keyproj::e2e {

Sandbox::Sandbox(Backend backend) : Sandbox(backend, nullptr) {}

std::unique_ptr<Sandbox> Sandbox::copy_of(const Sandbox& source) {
  return std::unique_ptr<Sandbox>(new Sandbox(source.backend_, source.db_.get()));
}

Sandbox::Sandbox(Backend backend, const TestDatabase* copy_of) : backend_(backend) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "keyproj-e2e-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  try {
    db_ = make_test_database(backend_, dir_, copy_of);
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    throw;
  }
}

Sandbox::~Sandbox() {
  db_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

Outcome Sandbox::keyproj(const std::vector<std::string>& args, const std::string& input) const {
  if (backend_ == Backend::sqlite) {
    std::vector<std::string> full{"--db", db(), "--as-of", as_of};
    full.insert(full.end(), args.begin(), args.end());
    return raw(full, {}, input);
  }
  // On a server the author is the role logged in as, and --user is refused: the user a test
  // names is the role its keyproj logs in as, an admin of the portfolio as anyone is on a file.
  std::string user = kSandboxUser;
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--user" && i + 1 < args.size()) user = args[++i];
    else if (args[i].starts_with("--user=")) user = args[i].substr(7);
    else rest.push_back(args[i]);
  }
  db_->admit(user);
  std::vector<std::string> full{"--db", db_->location_as(user), "--as-of", as_of};
  full.insert(full.end(), rest.begin(), rest.end());
  return raw(full, {}, input);
}

std::string Sandbox::db_as(const std::string& user) const { return db_->location_as(user); }

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

std::string Sandbox::dump() const { return db_->dump(); }

void Sandbox::sql(const std::string& statements, const Params& params) const {
  if (params.empty()) db_->execute(statements);
  else db_->run(statements, params);
}

Rows Sandbox::rows(const std::string& query, const Params& params) const { return db_->run(query, params); }

std::string Sandbox::query_one(const std::string& query, const Params& params) const {
  const Rows r = db_->run(query, params);
  if (r.size() != 1 || r[0].size() != 1)
    throw std::runtime_error("\"" + query + "\" yields " + std::to_string(r.size()) + " rows of " +
                             std::to_string(r.empty() ? 0 : r[0].size()) + " columns, not one value");
  return r[0][0];
}

}  // namespace keyproj::e2e
