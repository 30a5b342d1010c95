// keyproj migrate [--status]: applies pending migrations, or lists applied and pending ones.

#include <algorithm>
#include <ostream>

#include "cli/command.h"
#include "store/migrator.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()("status", po::bool_switch(), tr("list applied and pending migrations, change nothing"));
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string path = existing_database_path(g);
  if (args["status"].as<bool>()) {
    Database db = Database::open_unmigrated(path);
    const auto applied = applied_migrations(db);
    // A table is read by a person, in the reader's language; CSV and JSON keep the English word.
    const bool table = g.format == Format::Table;
    const std::string pending = table ? trc("migration state", "pending") : "pending";
    const std::string applied_word = table ? trc("migration state", "applied") : "applied";
    const std::string changed = table ? trc("migration state", "changed") : "changed";
    const std::string newer = table ? trc("migration state", "unknown (newer)") : "unknown (newer)";
    auto writer = make_row_writer(g.format, io.out,
                                  {{"version", "Version", "版本", Align::Right},
                                   {"name", "Migration", "迁移"},
                                   {"state", "State", "状态"},
                                   {"applied_at", "Applied at", "应用时间"}},
                                  g.style);
    const auto& known = builtin_migrations(db.sql().dialect());
    for (const auto& m : known) {
      const auto it = std::find_if(applied.begin(), applied.end(), [&](const AppliedMigration& a) { return a.version == m.version; });
      if (it == applied.end()) writer->row({std::int64_t{m.version}, m.name, pending, std::monostate{}});
      else writer->row({std::int64_t{m.version}, m.name, it->checksum == m.checksum ? applied_word : changed, it->applied_at});
    }
    for (const auto& a : applied)
      if (known.empty() || a.version > known.back().version)
        writer->row({std::int64_t{a.version}, a.name, newer, a.applied_at});
    writer->finish();
    return 0;
  }
  Database db = Database::open(path, true);
  const auto applied = applied_migrations(db);
  io.confirm << trf("database {} is at schema version {}", db.name(), applied.empty() ? 0 : applied.back().version)
             << "\n";
  return 0;
}

}  // namespace

extern const Command migrate_command{"migrate", "", N_("apply pending schema migrations (--status lists them)"),
                                     declare, run};

}  // namespace keyproj
