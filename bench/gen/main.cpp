// keyproj-bench-gen: writes a synthetic portfolio of a given size, deterministically.
//   keyproj-bench-gen --size M --db m.db [--base-db m-base.db] [--updates-csv u.csv]
//                     [--tasks-json t.json] [--as-of 2026-11-22]
// --db gets projects, milestones, the as-of year's annual plan and a year of monthly reports;
// --base-db the same portfolio before those reports (the file an import of --updates-csv goes into).

#include <boost/program_options.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <iostream>
#include <optional>

#include "database_writer.h"
#include "file_writers.h"
#include "updates_xlsx.h"
#include "portfolio.h"
#include "util/error.h"

namespace po = boost::program_options;
using namespace keyproj;
using namespace keyproj::bench;

namespace {

int generate(const po::variables_map& vm) {
  const auto size = size_named(vm["size"].as<std::string>());
  if (!size) throw std::runtime_error("size '" + vm["size"].as<std::string>() + "' is not known; use S, T, M or L");
  const Date as_of = parse_date(vm["as-of"].as<std::string>(), "as-of");
  const Portfolio portfolio(*size, as_of, vm["seed"].as<std::uint64_t>());
  auto path = [&](const char* name) -> std::optional<std::string> {
    if (!vm.count(name)) return std::nullopt;
    return vm[name].as<std::string>();
  };
  const auto db_path = path("db"), base_path = path("base-db"), csv_path = path("updates-csv"),
             xlsx_path = path("updates-xlsx"), tasks_path = path("tasks-json");
  if (base_path && !db_path) throw std::runtime_error("--base-db needs --db");
  const auto started = std::chrono::steady_clock::now();

  std::optional<DatabaseWriter> db;
  if (db_path) db.emplace(*db_path);
  std::optional<TaskwarriorJson> tasks;
  if (tasks_path) tasks.emplace(*tasks_path);
  if (db) db->write_reference(portfolio);
  // Pass 1: projects and milestones. Pass 2 regenerates each project (cheap, and keeps memory
  // flat) and adds its reports, so that the base database can be copied in between.
  if (db || tasks) {
    for (std::int64_t i = 0; i < size->projects; ++i) {
      const GenProject p = portfolio.project(i);
      const auto milestones = portfolio.milestones(p);
      if (db) db->write_project(p, milestones, portfolio.plan(p));
      if (tasks) tasks->write(p, milestones);
    }
  }
  if (tasks) tasks->finish();
  if (db && base_path) db->snapshot(*base_path);
  std::optional<UpdatesCsv> csv;
  if (csv_path) csv.emplace(*csv_path);
  std::optional<UpdatesXlsx> xlsx;
  if (xlsx_path) xlsx.emplace(*xlsx_path);
  if (db || csv || xlsx) {
    for (std::int64_t i = 0; i < size->projects; ++i) {
      const GenProject p = portfolio.project(i);
      const auto updates = portfolio.updates(p);
      if (db) db->write_updates(p, updates);
      if (csv) csv->write(p, updates);
      if (xlsx) xlsx->write(p, updates);
    }
  }
  if (csv) csv->finish();
  if (xlsx) xlsx->finish();
  if (db) db->finish();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "keyproj-bench-gen: size " << size->name << ": " << size->projects << " projects, "
            << size->milestones << " milestones, " << size->updates << " updates as of " << as_of.iso()
            << " in " << seconds << " s\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description o("keyproj-bench-gen: a synthetic portfolio for the benchmarks");
  o.add_options()
      ("size", po::value<std::string>()->default_value("S"), "S, T, M or L")
      ("as-of", po::value<std::string>()->default_value("2026-11-22"), "the date the portfolio is seen from")
      ("seed", po::value<std::uint64_t>()->default_value(Portfolio::kSeed), "random seed")
      ("db", po::value<std::string>(), "keyproj database to create")
      ("base-db", po::value<std::string>(), "copy of the database before the monthly reports")
      ("updates-csv", po::value<std::string>(), "the monthly reports as an updates CSV")
      ("updates-xlsx", po::value<std::string>(), "the same reports as a workbook with a shared-string table")
      ("tasks-json", po::value<std::string>(), "the milestones as Taskwarrior tasks")
      ("help,h", "show this help");
  spdlog::set_level(spdlog::level::warn);  // the migrations of a new file are no news here
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, o), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << o;
      return 0;
    }
    return generate(vm);
  } catch (const std::exception& e) {
    std::cerr << "keyproj-bench-gen: " << e.what() << "\n";
    return 1;
  }
}
