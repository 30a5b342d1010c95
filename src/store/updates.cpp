#include "store/updates.h"

#include <SQLiteCpp/Statement.h>

#include "store/bind.h"
#include "util/clock.h"

namespace keyproj {
namespace {

constexpr const char* kSelectAll =
    "SELECT u.id, u.project_id, p.code, u.reported_on, u.stage, u.progress_pct, u.invested_yuan, u.note, "
    "  u.blocker, u.author "
    "FROM progress_update u JOIN project p ON p.id = u.project_id ";
const std::string kSelect = std::string(kSelectAll) + "WHERE u.project_id = ? ";

ProgressUpdate read_update(SQLite::Statement& q) {
  ProgressUpdate u;
  u.id = q.getColumn(0).getInt64();
  u.project_id = q.getColumn(1).getInt64();
  u.project_code = q.getColumn(2).getString();
  u.reported_on = q.getColumn(3).getString();
  u.stage = column_text(q, 4);
  if (!q.getColumn(5).isNull()) u.progress_pct = q.getColumn(5).getInt();
  u.invested_yuan = column_int64(q, 6);
  u.note = column_text(q, 7);
  u.blocker = column_text(q, 8);
  u.author = q.getColumn(9).getString();
  return u;
}

}  // namespace

std::string insert_updates_sql(std::size_t rows) {
  std::string sql =
      "INSERT INTO progress_update (project_id, reported_on, stage, progress_pct, invested_yuan, note, blocker, "
      "  author, created_at) VALUES ";
  for (std::size_t i = 0; i < rows; ++i) {
    if (i) sql += ", ";
    sql += "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }
  return sql;
}

void bind_update(SQLite::Statement& q, int first, const ProgressUpdate& u, const char* created_at) {
  int i = first;
  q.bind(i++, static_cast<int64_t>(u.project_id));
  q.bindNoCopy(i++, u.reported_on);
  bind_optional_no_copy(q, i++, u.stage);
  bind_optional(q, i++, u.progress_pct);
  bind_optional(q, i++, u.invested_yuan);
  bind_optional_no_copy(q, i++, u.note);
  bind_optional_no_copy(q, i++, u.blocker);
  q.bindNoCopy(i++, u.author);
  q.bindNoCopy(i, created_at);
}

std::int64_t insert_update(Database& db, const ProgressUpdate& u) {
  // The time SQLite's strftime('now') would give (util/clock.h), built in C++ once per
  // millisecond rather than formatted by SQLite for every row.
  return insert_update(db, u, utc_timestamp_now().c_str());
}

std::int64_t insert_update(Database& db, const ProgressUpdate& u, const char* created_at) {
  // Cached: `log` writes one, an import the few past its last batch (ReportAppender).
  static const std::string sql = insert_updates_sql(1);
  SQLite::Statement& q = db.cached(sql);
  bind_update(q, 1, u, created_at);
  q.exec();
  // No audit row: the report is its own. progress_update is append-only (a trigger refuses
  // UPDATE), and its row holds what an audit row would copy: when (created_at), who (author),
  // the project and every field given. history reads reports beside the audit table
  // (store/history.cpp). The copy was half of every import's writing.
  return db.sql().getLastInsertRowid();
}

void for_each_update(Database& db, std::int64_t project_id, const std::function<void(const ProgressUpdate&)>& fn) {
  SQLite::Statement q(db.sql(), std::string(kSelect) + "ORDER BY u.reported_on, u.id");
  q.bind(1, static_cast<int64_t>(project_id));
  while (q.executeStep()) fn(read_update(q));
}

std::optional<ProgressUpdate> find_update(Database& db, std::int64_t id) {
  SQLite::Statement q(db.sql(), std::string(kSelectAll) + "WHERE u.id = ?");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  return read_update(q);
}

void for_each_update_by_id(Database& db, const std::function<void(const ProgressUpdate&)>& fn) {
  SQLite::Statement q(db.sql(), std::string(kSelectAll) + "ORDER BY u.id");
  while (q.executeStep()) fn(read_update(q));
}

std::vector<ProgressUpdate> latest_updates(Database& db, std::int64_t project_id, int n) {
  SQLite::Statement q(db.sql(), std::string(kSelect) + "ORDER BY u.reported_on DESC, u.id DESC LIMIT ?");
  q.bind(1, static_cast<int64_t>(project_id));
  q.bind(2, n);
  std::vector<ProgressUpdate> out;
  while (q.executeStep()) out.push_back(read_update(q));
  return out;
}

}  // namespace keyproj
