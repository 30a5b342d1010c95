#include "database_writer.h"

#include <filesystem>
#include <stdexcept>

#include "vocabulary.h"

namespace keyproj::bench {
namespace {

// Rows per transaction: large enough that commits cost nothing, small enough to keep the
// page cache from growing with the portfolio.
constexpr std::int64_t kBatch = 100'000;

bool started_stage(const std::string& stage) { return stage == "building" || stage == "completed" || stage == "operating"; }

Database create(const std::string& path) {
  if (std::filesystem::exists(path)) throw std::runtime_error("'" + path + "' exists already; remove it first");
  return Database::open(path);
}

}  // namespace

DatabaseWriter::DatabaseWriter(const std::string& path) : db_(create(path)) {
  auto& sql = db_.sql();
  // Nothing else reads the file while it is written, and a crash means generating it again:
  // no journal, no fsync, no foreign-key look-ups (the generator makes every reference valid).
  sql.execute("PRAGMA foreign_keys = OFF");
  sql.execute("PRAGMA journal_mode = OFF");
  sql.execute("PRAGMA synchronous = OFF");
  sql.execute("PRAGMA cache_size = -262144");
  sql.execute("PRAGMA temp_store = MEMORY");
  for (std::size_t i = 0; i < regions().size(); ++i) {
    sql::Statement q(sql, "SELECT id FROM region WHERE code = ?");
    q.bind(1, std::string(regions()[i].code));
    if (!q.step()) throw std::runtime_error("region " + std::string(regions()[i].code) + " is missing");
    region_ids_[i] = q.int64(0);
  }
  project_ = std::make_unique<sql::Statement>(
      sql,
      "INSERT INTO project (id, code, name_zh, name_en, region_id, county, program_id, category, location, scale, "
      "  owner_id, stage, resume_stage, budget_yuan, planned_start, planned_finish, finish_source, plan_id, "
      "  entered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'officer', ?, ?)");
  milestone_ = std::make_unique<sql::Statement>(
      sql,
      "INSERT INTO milestone (id, project_id, title, baseline_due, due, done_on, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  move_ = std::make_unique<sql::Statement>(
      sql,
      "INSERT INTO milestone_move (milestone_id, from_due, to_due, reason, moved_at, author) "
      "VALUES (?, ?, ?, ?, ?, 'generator')");
  update_ = std::make_unique<sql::Statement>(
      sql,
      "INSERT INTO progress_update (project_id, reported_on, stage, progress_pct, invested_yuan, note, blocker, "
      "  author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  // A move to building or beyond starts the project (开工) on its day, as `log` records it.
  stage_ = std::make_unique<sql::Statement>(
      sql, "UPDATE project SET stage = ?, resume_stage = ?, started_on = ?, start_source = ? WHERE id = ?");
  stage_change_ = std::make_unique<sql::Statement>(
      sql, "INSERT INTO stage_change (project_id, changed_on, from_stage, to_stage, author) VALUES (?, ?, ?, ?, ?)");
  plan_ = std::make_unique<sql::Statement>(
      sql,
      "INSERT INTO annual_plan (project_id, year, class, investment_yuan, planned_start, planned_finish, author) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  sql.execute("BEGIN");
}

void DatabaseWriter::row_written() {
  if (++rows_in_batch_ < kBatch) return;
  db_.sql().execute("COMMIT");
  db_.sql().execute("BEGIN");
  rows_in_batch_ = 0;
}

void DatabaseWriter::write_reference(const Portfolio& portfolio) {
  auto& sql = db_.sql();
  sql::Statement plan(sql,
                      "INSERT INTO plan (region_id, title, issuer, issued_on, period_start, period_end) "
                      "VALUES (?, ?, ?, '2021', '2021-01-01', '2025-12-31')");
  sql::Statement program(sql, "INSERT INTO program (id, plan_id, name) VALUES (?, ?, ?)");
  const auto programs = program_names();
  for (std::size_t r = 0; r < regions().size(); ++r) {
    const RegionWords& w = regions()[r];
    plan.bind(1, static_cast<int64_t>(region_ids_[r]));
    plan.bind(2, std::string(w.city_zh) + "商务发展“十四五”规划");
    plan.bind(3, std::string(w.city_zh) + "人民政府");
    plan.run();
    plan_ids_[r] = sql.last_insert_id();
    for (std::size_t k = 0; k < programs.size(); ++k) {
      program.bind(1, static_cast<int64_t>(r * programs.size() + k + 1));
      program.bind(2, static_cast<int64_t>(plan_ids_[r]));
      program.bind(3, std::string(programs[k]));
      program.run();
    }
  }
  sql::Statement owner(sql, "INSERT INTO owner (id, name, kind, contact, created_at) VALUES (?, ?, ?, ?, ?)");
  for (std::int64_t i = 0; i < portfolio.owner_count(); ++i) {
    const GenOwner o = portfolio.owner(i);
    owner.bind(1, static_cast<int64_t>(i + 1));
    owner.bind(2, o.name);
    owner.bind(3, o.kind);
    owner.bind(4, o.contact);
    owner.bind(5, portfolio.as_of().iso() + "T08:00:00Z");
    owner.run();
    row_written();
  }
}

void DatabaseWriter::write_project(const GenProject& p, const std::vector<GenMilestone>& milestones,
                                   const std::optional<GenPlan>& plan) {
  const auto id = static_cast<int64_t>(p.number + 1);
  auto& q = *project_;
  q.bind(1, id);
  q.bind(2, p.code);
  q.bind(3, p.name_zh);
  q.bind(4, p.name_en);
  q.bind(5, static_cast<int64_t>(region_ids_[static_cast<std::size_t>(p.region)]));
  q.bind(6, p.county);
  q.bind(7, static_cast<int64_t>(p.region * static_cast<std::int64_t>(program_names().size()) + p.program + 1));
  q.bind(8, p.category);
  q.bind(9, p.location);
  q.bind(10, p.scale);
  q.bind(11, static_cast<int64_t>(p.owner + 1));
  q.bind(12, p.initial_stage);
  q.bind(13, p.initial_stage == "suspended" ? p.resume_stage : std::nullopt);
  if (p.budget_yuan) q.bind(14, static_cast<int64_t>(*p.budget_yuan)); else q.bind_null(14);
  q.bind(15, p.planned_start);
  q.bind(16, p.planned_finish);
  q.bind(17, static_cast<int64_t>(plan_ids_[static_cast<std::size_t>(p.region)]));
  q.bind(18, p.entered_on);
  q.run();
  row_written();
  for (const GenMilestone& m : milestones) {
    auto& mq = *milestone_;
    const auto mid = static_cast<int64_t>(++milestone_id_);
    mq.bind(1, mid);
    mq.bind(2, id);
    mq.bind(3, m.title);
    mq.bind(4, m.baseline_due);
    mq.bind(5, m.due);
    mq.bind(6, m.done_on);
    mq.bind(7, m.created_at);
    mq.run();
    row_written();
    if (m.move_reason) {
      auto& v = *move_;
      v.bind(1, mid);
      v.bind(2, m.baseline_due);
      v.bind(3, m.due);
      v.bind(4, *m.move_reason);
      v.bind(5, m.created_at.substr(0, 10));  // the day, as `milestone move` records it
      v.run();
      row_written();
    }
  }
  if (plan) {
    auto& a = *plan_;
    a.bind(1, id);
    a.bind(2, plan->year);
    a.bind(3, plan->plan_class);
    a.bind(4, plan->investment_yuan);
    a.bind(5, plan->planned_start);
    a.bind(6, plan->planned_finish);
    a.bind(7, plan->author);
    a.run();
    row_written();
  }
}

void DatabaseWriter::write_updates(const GenProject& p, const std::vector<GenUpdate>& updates) {
  const auto id = static_cast<int64_t>(p.number + 1);
  for (const GenUpdate& u : updates) {
    auto& q = *update_;
    q.bind(1, id);
    q.bind(2, u.reported_on);
    q.bind(3, u.stage);
    q.bind(4, u.progress_pct);
    q.bind(5, static_cast<int64_t>(u.invested_yuan));
    q.bind(6, u.note);
    q.bind(7, u.blocker);
    q.bind(8, u.author);
    q.bind(9, u.created_at);
    q.run();
    row_written();
  }
  if (p.initial_stage != p.stage) {
    // The move is dated by the first report that carries the new stage, and made by its
    // author, as `log` records it.
    std::optional<std::string> moved_on;
    std::string moved_by;
    for (const GenUpdate& u : updates) {
      if (u.stage != p.stage) continue;
      moved_on = u.reported_on;
      moved_by = u.author;
      break;
    }
    const bool starts = moved_on && !started_stage(p.initial_stage) && started_stage(p.stage);
    auto& q = *stage_;
    q.bind(1, p.stage);
    q.bind(2, p.resume_stage);
    q.bind(3, starts ? moved_on : std::nullopt);
    q.bind(4, starts ? std::optional<std::string>("stage") : std::nullopt);
    q.bind(5, id);
    q.run();
    row_written();
    if (moved_on) {
      auto& c = *stage_change_;
      c.bind(1, id);
      c.bind(2, *moved_on);
      c.bind(3, p.initial_stage);
      c.bind(4, p.stage);
      c.bind(5, moved_by);
      c.run();
      row_written();
    }
  }
}

void DatabaseWriter::snapshot(const std::string& path) {
  if (std::filesystem::exists(path)) throw std::runtime_error("'" + path + "' exists already; remove it first");
  db_.sql().execute("COMMIT");
  sql::Statement q(db_.sql(), "VACUUM INTO ?");
  q.bind(1, path);
  q.run();
  db_.sql().execute("BEGIN");
  rows_in_batch_ = 0;
}

void DatabaseWriter::finish() {
  db_.sql().execute("COMMIT");
  db_.sql().execute("PRAGMA journal_mode = WAL");
}

}  // namespace keyproj::bench
