#include "reliability/old_database.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "store/migrator.h"
#include "store/sql/sqlite.h"

namespace keyproj {
namespace embedded_migrations {
std::span<const EmbeddedFile> files();
}

namespace reliability {

void make_v1_database(const std::string& path) {
  // The first embedded migration only: what the first release applied.
  const auto all = embedded_migrations::files();
  std::vector<EmbeddedFile> first;
  for (const auto& f : all)
    if (f.path.starts_with("0001_")) first.push_back(f);
  // Written by the store's own migrator (the first release's way), through its SQLite backend.
  const auto connection = sql::open_sqlite(path, {.create = true});
  sql::Connection& db = *connection;
  db.execute("PRAGMA foreign_keys = ON");
  const auto result = migrate(db, path, migrations_from(first));
  if (result.to_version != 1) throw std::runtime_error("v1 database is at version " + std::to_string(result.to_version));
  // A region of its own (version 2 adds the five plan cities), and a row in every table.
  db.execute(R"sql(
    INSERT INTO region (code, name_zh, name_en) VALUES ('XG', '孝感', 'Xiaogan');
    INSERT INTO plan (region_id, title, issuer, issued_on, period_start, period_end, source_file, source_lines)
      VALUES (1, '孝感市商务发展"十四五"规划', '孝感市商务局', '2021', '2021-01-01', '2025-12-31', 'xg.txt', '10-20');
    INSERT INTO program (plan_id, name, source_lines) VALUES (1, '专栏2 现代物流工程', '40-60');
    INSERT INTO owner (name, kind, contact, created_at) VALUES ('孝感市商务局', 'unit', '0712-000', '2023-01-05T08:00:00Z');
    INSERT INTO project (code, name_zh, name_en, region_id, county, program_id, category, location, scale, owner_id,
                         stage, budget_yuan, planned_start, planned_finish, finish_source, plan_id, source_file,
                         source_lines, source_quote, entered_on)
      VALUES ('XG-001', '孝感临空物流园', 'Xiaogan Airport Logistics Park', 1, '孝南区', 1, 'logistics', '临空经济区',
              '占地500亩', 1, 'building', 1500000000, '2022-03-01', '2025-12-31', 'stated', 1, 'xg.txt', '45',
              '建设孝感临空物流园', '2023-01-05');
    INSERT INTO project (code, name_zh, region_id, stage, resume_stage, entered_on)
      VALUES ('XG-002', '孝感冷链中心', 1, 'suspended', 'preparing', '2023-02-01');
    INSERT INTO milestone (project_id, title, baseline_due, due, done_on, source_lines, source_quote, created_at)
      VALUES (1, '主体完工', '2024-06-30', '2024-12-31', NULL, '46', '2024年主体完工', '2023-01-05T08:00:00Z');
    INSERT INTO milestone_move (milestone_id, from_due, to_due, reason, moved_at, author)
      VALUES (1, '2024-06-30', '2024-12-31', '征地延误', '2024-05-01T09:00:00Z', 'officer');
    INSERT INTO progress_update (project_id, reported_on, stage, progress_pct, invested_yuan, note, blocker, author,
                                 created_at)
      VALUES (1, '2024-05-31', 'building', 40, 300000000, '主体施工', '征地', 'officer', '2024-05-31T17:00:00Z');
    INSERT INTO audit (at, user, entity, entity_id, project_id, action, before, after, reason)
      VALUES ('2024-05-31T17:00:00Z', 'officer', 'progress_update', 1, 1, 'log', NULL, '{"progress_pct":40}', NULL);
  )sql");
  db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::map<std::string, std::string> v1_rows(const std::string& path) {
  static const std::vector<std::string> v1_tables = {"region",    "plan",           "program",         "owner",
                                                     "project",   "milestone",      "milestone_move",  "progress_update",
                                                     "audit"};
  // The columns each table had at version 1, read from a fresh version-1 schema.
  static const std::map<std::string, std::vector<std::string>> columns = [] {
    SQLite::Database mem(":memory:", SQLite::OPEN_READWRITE);
    for (const auto& f : embedded_migrations::files())
      if (f.path.starts_with("0001_")) mem.exec(std::string(f.content));
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& t : v1_tables) {
      SQLite::Statement q(mem, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
      q.bind(1, t);
      while (q.executeStep()) out[t].push_back(q.getColumn(0).getString());
    }
    return out;
  }();
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::map<std::string, std::string> out;
  for (const auto& t : v1_tables) {
    std::string select;
    for (const auto& c : columns.at(t)) {
      if (!select.empty()) select += ", ";
      select.append("quote(\"").append(c).append("\")");
    }
    SQLite::Statement q(db, "SELECT " + select + " FROM \"" + t + "\" ORDER BY rowid");
    std::string rows;
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i) {
        if (i) rows += '|';
        rows += q.getColumn(i).getString();
      }
      rows += "\n";
    }
    out[t] = rows;
  }
  return out;
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace reliability
}  // namespace keyproj
