#include "store/plans.h"

#include <nlohmann/json.hpp>

#include "store/as_of.h"
#include "store/audit.h"
#include "store/sql/statement.h"
#include "store/stage_column.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

using json = nlohmann::ordered_json;

// The entry's fields as the audit trail records them.
json plan_facts(const PlanEntry& e) {
  auto opt = [](const auto& v) { return v ? json(*v) : json(nullptr); };
  return {{"year", e.year},
          {"class", std::string(plan_class_name(e.plan_class))},
          {"investment_yuan", opt(e.investment_yuan)},
          {"planned_start", opt(e.planned_start)},
          {"planned_finish", opt(e.planned_finish)}};
}

PlanClass column_class(sql::Statement& q, int i) {
  return parse_plan_class(q.string(i), "class");  // the schema holds only the four
}

}  // namespace

std::optional<PlanEntry> find_plan(Database& db, std::int64_t project_id, int year) {
  // Cached: an import looks up the entry of every row.
  sql::Statement& q = db.cached(
      "SELECT a.id, p.code, p.name_zh, a.class, a.investment_yuan, a.planned_start, a.planned_finish, a.author "
      "FROM annual_plan a JOIN project p ON p.id = a.project_id WHERE a.project_id = ? AND a.year = ?");
  q.bind(1, project_id);
  q.bind(2, year);
  if (!q.step()) return std::nullopt;
  PlanEntry e;
  e.id = q.int64(0);
  e.project_id = project_id;
  e.project_code = q.string(1);
  e.project_name = q.string(2);
  e.year = year;
  e.plan_class = column_class(q, 3);
  e.investment_yuan = q.optional_int64(4);
  e.planned_start = q.optional_string(5);
  e.planned_finish = q.optional_string(6);
  e.author = q.string(7);
  return e;
}

PlanWrite set_plan(Database& db, const Project& p, int year, const PlanChange& change, const std::string& user,
                   const std::optional<std::string>& reason) {
  PlanWrite w;
  w.before = find_plan(db, p.id, year);
  PlanEntry base;
  base.project_id = p.id;
  base.project_code = p.code;
  base.project_name = p.name_zh;
  base.year = year;
  w.entry = apply_plan_change(w.before, base, change);
  if (w.before && same_plan(*w.before, w.entry)) return w;
  if (!change.author) w.entry.author = user;

  if (w.before) {
    sql::Statement& q = db.cached(
        "UPDATE annual_plan SET class = ?, investment_yuan = ?, planned_start = ?, planned_finish = ?, author = ? "
        "WHERE id = ?");
    q.bind(1, std::string(plan_class_name(w.entry.plan_class)));
    q.bind(2, w.entry.investment_yuan);
    q.bind(3, w.entry.planned_start);
    q.bind(4, w.entry.planned_finish);
    q.bind(5, w.entry.author);
    q.bind(6, w.entry.id);
    q.run();
    w.what = PlanWritten::Changed;
    json before = json::object();
    json after = json::object();
    const json was = plan_facts(*w.before);
    const json now = plan_facts(w.entry);
    for (const auto& [key, value] : now.items()) {
      if (was[key] == value) continue;
      before[key] = was[key];
      after[key] = value;
    }
    before["year"] = year;  // which entry, always
    after["year"] = year;
    record_audit(db, {user, "annual_plan", w.entry.id, p.id, "edit", before, after, reason});
    return w;
  }
  sql::Statement& q = db.cached(
      "INSERT INTO annual_plan (project_id, year, class, investment_yuan, planned_start, planned_finish, author) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, p.id);
  q.bind(2, year);
  q.bind(3, std::string(plan_class_name(w.entry.plan_class)));
  q.bind(4, w.entry.investment_yuan);
  q.bind(5, w.entry.planned_start);
  q.bind(6, w.entry.planned_finish);
  q.bind(7, w.entry.author);
  q.run();
  w.entry.id = db.sql().last_insert_id();
  w.what = PlanWritten::Added;
  record_audit(db, {user, "annual_plan", w.entry.id, p.id, "create", nullptr, plan_facts(w.entry), reason});
  return w;
}

PlanEntry remove_plan(Database& db, const Project& p, int year, const std::string& reason, const std::string& user) {
  const auto e = find_plan(db, p.id, year);
  if (!e) throw not_found(trf("{0} is not in the {1} plan; 'keyproj plan list --year {1}' lists it", p.code, year));
  sql::Statement q(db.sql(), "DELETE FROM annual_plan WHERE id = ?");
  q.bind(1, e->id);
  q.run();
  record_audit(db, {user, "annual_plan", e->id, p.id, "remove", plan_facts(*e), nullptr, reason});
  return *e;
}

void for_each_plan(Database& db, const std::optional<int>& year, const PortfolioFilter& filter,
                   const std::function<void(const PlanEntryRow&)>& fn) {
  sql::Statement q(db.sql(),
                   "SELECT a.id, a.project_id, p.code, p.name_zh, a.year, a.class, a.investment_yuan, "
                   "  a.planned_start, a.planned_finish, r.code, " + stage_then_sql() + ", "
                   "  CASE WHEN p.started_on <= :as_of THEN p.started_on END, a.author "
                   "FROM annual_plan a "
                   "JOIN project p ON p.id = a.project_id "
                   "JOIN region r ON r.id = p.region_id "
                   "LEFT JOIN owner o ON o.id = p.owner_id "
                   "LEFT JOIN program pg ON pg.id = p.program_id "
                   "WHERE " + filter_condition(filter) + (year ? "AND a.year = :year " : "") +
                   "ORDER BY a.year, p.code");
  bind_filter(q, filter);
  if (year) q.bind(":year", *year);
  while (q.step()) {
    PlanEntryRow row;
    PlanEntry& e = row.entry;
    e.id = q.int64(0);
    e.project_id = q.int64(1);
    e.project_code = q.string(2);
    e.project_name = q.string(3);
    e.year = static_cast<int>(q.int64(4));
    e.plan_class = column_class(q, 5);
    e.investment_yuan = q.optional_int64(6);
    e.planned_start = q.optional_string(7);
    e.planned_finish = q.optional_string(8);
    row.region = q.string(9);
    row.stage = column_stage(q, 10);
    row.started_on = q.optional_string(11);
    e.author = q.string(12);
    fn(row);
  }
}

PlanCopy copy_plans(Database& db, int from, int to, const std::string& user) {
  if (from == to) throw usage_error(trf("--from and --to are both {}; name two years", from));
  // The database as it stands: a copy is made once, for the year to come.
  sql::Statement q(db.sql(),
                   "SELECT a.project_id, p.code, p.name_zh, a.class, p.stage, " + started_then_sql() + ", "
                   "  " + in_portfolio_then_sql() + ", "
                   "  EXISTS (SELECT 1 FROM annual_plan b WHERE b.project_id = a.project_id AND b.year = :to) "
                   "FROM annual_plan a JOIN project p ON p.id = a.project_id "
                   "WHERE a.year = :from ORDER BY p.code");
  bind_as_of(q, std::nullopt);
  q.bind(":from", from);
  q.bind(":to", to);
  struct Carried {
    Project p;
    PlanClass plan_class;
  };
  std::vector<Carried> carried;
  PlanCopy out;
  bool any = false;
  while (q.step()) {
    any = true;
    if (q.integer(6) == 0) continue;  // archived: out of the portfolio
    const Stage stage = column_stage(q, 4);
    if (is_finished(stage)) {
      ++out.finished;
      continue;
    }
    if (q.integer(7) != 0) {
      ++out.already;
      continue;
    }
    Carried c;
    c.p.id = q.int64(0);
    c.p.code = q.string(1);
    c.p.name_zh = q.string(2);
    c.plan_class = q.integer(5) != 0 ? PlanClass::Continuing : column_class(q, 3);
    carried.push_back(std::move(c));
  }
  if (!any)
    throw not_found(trf("the {} plan has no entries; 'keyproj plan list' lists every year's", from));
  const std::string reason = trf("carried over from {}", from);
  for (const auto& c : carried) {
    PlanChange change;
    change.plan_class = c.plan_class;
    set_plan(db, c.p, to, change, user, reason);
    ++out.carried;
  }
  return out;
}

}  // namespace keyproj
