#include "store/updates.h"

#include "store/sql/statement.h"

#include "store/as_of.h"
#include "util/clock.h"

namespace keyproj {
namespace {

constexpr const char* kColumns =
    "SELECT u.id, u.project_id, p.code, u.reported_on, u.stage, u.progress_pct, u.invested_yuan, u.note, "
    "  u.blocker, u.author, u.corrects_id, u.reason ";
// Every report ever written, corrected ones and corrections included: the record.
const std::string kSelectAll = std::string(kColumns) + "FROM progress_update u JOIN project p ON p.id = u.project_id ";
// The project's reports in force (migration 0007's view): what its figures are made of.
const std::string kSelect =
    std::string(kColumns) + "FROM report_in_force u JOIN project p ON p.id = u.project_id WHERE u.project_id = ? ";
// A report in force sits where its original was reported: its date, then the original's id.
constexpr const char* kOriginal = "coalesce(u.corrects_id, u.id)";

ProgressUpdate read_update(sql::Statement& q) {
  ProgressUpdate u;
  u.id = q.int64(0);
  u.project_id = q.int64(1);
  u.project_code = q.string(2);
  u.reported_on = q.string(3);
  u.stage = q.optional_string(4);
  if (!q.is_null(5)) u.progress_pct = q.integer(5);
  u.invested_yuan = q.optional_int64(6);
  u.note = q.optional_string(7);
  u.blocker = q.optional_string(8);
  u.author = q.string(9);
  u.corrects_id = q.optional_int64(10);
  u.reason = q.optional_string(11);
  return u;
}

// A correction supersedes the report in force of its chain before it: the latest of the
// original and its earlier corrections (migration 0011).
void supersede_previous(Database& db, std::int64_t original_id, std::int64_t correction_id) {
  sql::Statement& q = db.cached(
      "INSERT INTO report_superseded (id) SELECT max(u.id) FROM progress_update u "
      "WHERE (u.id = ?1 OR u.corrects_id = ?1) AND u.id < ?2");
  q.bind(1, original_id);
  q.bind(2, correction_id);
  q.run();
}

}  // namespace

std::string insert_updates_sql(std::size_t rows) {
  std::string sql =
      "INSERT INTO progress_update (id, project_id, reported_on, stage, progress_pct, invested_yuan, note, blocker, "
      "  author, created_at, corrects_id, reason, again) VALUES ";
  for (std::size_t i = 0; i < rows; ++i) {
    if (i) sql += ", ";
    sql += "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }
  return sql;
}

void bind_update(sql::Statement& q, int first, const ProgressUpdate& u, const char* created_at) {
  int i = first;
  // The id a ReportAppender gave out, else none (NULL): the schema gives the next one. On
  // PostgreSQL an id given spares the schema's trigger its look-up of the largest id, half
  // of what writing a report costs the server.
  q.bind(i++, u.id ? std::optional<std::int64_t>(u.id) : std::nullopt);
  q.bind(i++, static_cast<std::int64_t>(u.project_id));
  q.bind_ref(i++, u.reported_on);
  q.bind_ref(i++, u.stage);
  q.bind(i++, u.progress_pct);
  q.bind(i++, u.invested_yuan);
  q.bind_ref(i++, u.note);
  q.bind_ref(i++, u.blocker);
  q.bind_ref(i++, u.author);
  q.bind_ref(i++, created_at);
  q.bind(i++, u.corrects_id);
  q.bind_ref(i++, u.reason);
  q.bind(i, u.again ? 1 : 0);
}

std::int64_t insert_update(Database& db, const ProgressUpdate& u) {
  // The time SQLite's strftime('now') would give (util/clock.h), built in C++ once per
  // millisecond rather than formatted by SQLite for every row.
  return insert_update(db, u, utc_timestamp_now().c_str());
}

std::int64_t insert_update(Database& db, const ProgressUpdate& u, const char* created_at) {
  // Cached: `log` writes one, an import the few past its last batch (ReportAppender).
  static const std::string sql = insert_updates_sql(1);
  sql::Statement& q = db.cached(sql);
  bind_update(q, 1, u, created_at);
  q.run();
  // No audit row: the report is its own. progress_update is append-only (a trigger refuses
  // UPDATE), and its row holds what an audit row would copy: when (created_at), who (author),
  // the project and every field given. history reads reports beside the audit table
  // (store/history.cpp). The copy was half of every import's writing.
  const std::int64_t id = db.sql().last_insert_id();
  if (u.corrects_id) supersede_previous(db, *u.corrects_id, id);
  return id;
}

void for_each_update(Database& db, std::int64_t project_id, const std::function<void(const ProgressUpdate&)>& fn,
                     const std::optional<Date>& as_of) {
  sql::Statement q(db.sql(), kSelect + "AND u.reported_on <= :as_of ORDER BY u.reported_on, " + kOriginal);
  q.bind(1, static_cast<std::int64_t>(project_id));
  bind_as_of(q, as_of);
  while (q.step()) fn(read_update(q));
}

std::int64_t last_report_id(Database& db) {
  // Cached: ReportAppender asks it before every batch of an import.
  sql::Statement& q = db.cached("SELECT coalesce(max(id), 0) FROM progress_update");
  q.step();
  const std::int64_t id = q.int64(0);
  q.reset();
  return id;
}

std::optional<ProgressUpdate> find_update(Database& db, std::int64_t id) {
  sql::Statement q(db.sql(), kSelectAll + "WHERE u.id = ?");
  q.bind(1, static_cast<std::int64_t>(id));
  if (!q.step()) return std::nullopt;
  return read_update(q);
}

void for_each_update_by_id(Database& db, const std::function<void(const ProgressUpdate&)>& fn) {
  sql::Statement q(db.sql(), kSelectAll + "ORDER BY u.id");
  while (q.step()) fn(read_update(q));
}

std::vector<ProgressUpdate> latest_updates(Database& db, std::int64_t project_id, int n, const std::optional<Date>& as_of) {
  sql::Statement q(db.sql(),
                   kSelect + "AND u.reported_on <= :as_of ORDER BY u.reported_on DESC, " + kOriginal + " DESC LIMIT :n");
  q.bind(1, static_cast<std::int64_t>(project_id));
  q.bind(":n", n);
  bind_as_of(q, as_of);
  std::vector<ProgressUpdate> out;
  while (q.step()) out.push_back(read_update(q));
  return out;
}

std::vector<ProgressUpdate> reports_on(Database& db, std::int64_t project_id, const std::string& date) {
  // Cached: an import asks it of every row dated on or before its project's latest report.
  static const std::string sql = kSelect + "AND u.reported_on = ? ORDER BY " + kOriginal;
  sql::Statement& q = db.cached(sql);
  q.bind(1, static_cast<std::int64_t>(project_id));
  q.bind(2, date);
  std::vector<ProgressUpdate> out;
  while (q.step()) out.push_back(read_update(q));
  return out;
}

std::optional<ProgressUpdate> report_in_force(Database& db, std::int64_t original_id) {
  sql::Statement q(db.sql(), kSelectAll + "WHERE u.id = ?1 OR u.corrects_id = ?1 ORDER BY u.id DESC LIMIT 1");
  q.bind(1, static_cast<std::int64_t>(original_id));
  if (!q.step()) return std::nullopt;
  return read_update(q);
}

ReportPlace report_place(Database& db, const ProgressUpdate& in_force) {
  const std::int64_t original = in_force.corrects_id.value_or(in_force.id);
  ReportPlace place;
  sql::Statement before(db.sql(), std::string("SELECT u.stage FROM report_in_force u WHERE u.project_id = ?1 AND "
                                              "(u.reported_on < ?2 OR (u.reported_on = ?2 AND ") +
                                              kOriginal + " < ?3)) ORDER BY u.reported_on DESC, " + kOriginal +
                                              " DESC LIMIT 1");
  before.bind(1, static_cast<std::int64_t>(in_force.project_id));
  before.bind(2, in_force.reported_on);
  before.bind(3, original);
  if (before.step()) {
    place.earlier = true;
    place.stage_before = before.optional_string(0);
  }
  sql::Statement after(db.sql(), std::string("SELECT 1 FROM report_in_force u WHERE u.project_id = ?1 AND "
                                             "(u.reported_on > ?2 OR (u.reported_on = ?2 AND ") +
                                             kOriginal + " > ?3)) LIMIT 1");
  after.bind(1, static_cast<std::int64_t>(in_force.project_id));
  after.bind(2, in_force.reported_on);
  after.bind(3, original);
  place.later = after.step();
  return place;
}

Text latest_blocker(Database& db, std::int64_t project_id, const Date& as_of) {
  sql::Statement& q = db.cached("SELECT (SELECT u.blocker FROM " + reports_then_sql() +
                                "  ORDER BY u.reported_on DESC, coalesce(u.corrects_id, u.id) DESC LIMIT 1) "
                                "FROM project p WHERE p.id = :project");
  q.bind(":project", project_id);
  bind_as_of(q, as_of);
  if (!q.step()) return std::nullopt;
  return q.optional_string(0);
}

}  // namespace keyproj
