#pragma once
// A small portfolio with a row in every table, written in SQL both backends take, for the tests
// of store/copying: ids with gaps, an owner merged into one with a larger id, a corrected
// report, an integer and a text setting changed, a seeded template node edited and a template
// added. And the dump the tests compare a copy with: every row of every copied table.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "store/copying.h"
#include "store/sql/connection.h"
#include "store/sql/statement.h"

namespace keyproj::testing {

inline void fill_portfolio(sql::Connection& db) {
  db.execute(R"sql(
INSERT INTO leader (id, name, title, phone, created_at) VALUES (3, '张伟', '副市长', '13800000000', '2026-01-02T03:04:05Z');
INSERT INTO owner (id, name, kind, contact, created_at, merged_into) VALUES (4, '天门市商务局', 'unit', NULL, '2026-01-02T03:04:05Z', NULL);
INSERT INTO owner (id, name, kind, contact, created_at, merged_into) VALUES (2, '天门商务局', 'unit', '电话 0728-1234567', '2026-01-02T03:04:05Z', 4);
INSERT INTO plan (id, region_id, title, issuer, issued_on, period_start, period_end, source_file, source_lines)
  VALUES (1, 1, '天门市商务发展规划', '天门市人民政府', '2022', '2021-01-01', '2025-12-31', 'seed.txt', '1-9');
INSERT INTO program (id, plan_id, name, source_lines) VALUES (6, 1, '物流专栏', '10-12');
INSERT INTO project (id, code, name_zh, name_en, region_id, county, program_id, category, location, scale, owner_id,
                     stage, budget_yuan, planned_start, planned_finish, finish_source, plan_id, entered_on, leader_id,
                     started_on, start_source)
  VALUES (5, 'TM-900', '天门市综合物流园', NULL, 1, '竟陵街道', 6, 'logistics', '天门', '占地 200 亩
分两期', 4, 'building', 150000000, '2026-03-01', '2027-12-31', 'officer', 1, '2026-01-05', 3, '2026-03-15',
                     'stage');
INSERT INTO project (id, code, name_zh, region_id, stage, entered_on, archived_at, retired)
  VALUES (9, 'TM-901', '天门市冷链中心', 1, 'planned', '2026-01-06', '2026-02-01T00:00:00Z', NULL);
INSERT INTO milestone (id, project_id, title, baseline_due, due, done_on, created_at, kind, marks_start)
  VALUES (7, 5, '开工', '2026-03-31', '2026-04-30', '2026-04-20', '2026-01-05T00:00:00Z', 'approval', 1);
INSERT INTO milestone (id, project_id, title, due, created_at, deleted_on)
  VALUES (12, 5, '主体完工', '2026-09-30', '2026-01-05T00:00:00Z', '2026-02-02');
INSERT INTO milestone_move (id, milestone_id, from_due, to_due, reason, moved_at, author)
  VALUES (1, 7, '2026-03-31', '2026-04-30', '征地延误', '2026-03-01T08:00:00Z', 'tester');
INSERT INTO progress_update (id, project_id, reported_on, stage, progress_pct, invested_yuan, note, blocker, author, created_at)
  VALUES (10, 5, '2026-02-28', 'building', 40, 20000000, '主体 ''封顶''', '征地未完成', 'tester', '2026-03-01T09:00:00Z');
INSERT INTO progress_update (id, project_id, reported_on, stage, progress_pct, invested_yuan, note, author, created_at,
                             corrects_id, reason)
  VALUES (11, 5, '2026-02-28', 'building', 40, 2000000, NULL, 'tester', '2026-03-02T09:00:00Z', 10, '万元填成了元');
INSERT INTO report_superseded (id) VALUES (10);
INSERT INTO stage_change (id, project_id, changed_on, from_stage, to_stage, author) VALUES (1, 5, '2026-02-28', 'planned', 'building', 'tester');
INSERT INTO stage_change (id, project_id, changed_on, from_stage, to_stage) VALUES (2, 9, '2026-01-06', 'planned', 'preparing');
INSERT INTO audit (id, at, "user", entity, entity_id, project_id, action, before, after, reason)
  VALUES (1, '2026-01-05T00:00:00Z', 'tester', 'project', 5, 5, 'create', NULL, '{"code":"TM-900"}', NULL);
INSERT INTO audit (id, at, "user", entity, entity_id, project_id, action, before, after, reason)
  VALUES (8, '2026-03-02T09:00:00Z', 'tester', 'setting', NULL, NULL, 'edit', '{"value":90}', '{"value":120}', NULL);
INSERT INTO annual_plan (id, project_id, year, class, investment_yuan, planned_start, planned_finish, author)
  VALUES (4, 5, 2026, 'new', 300000000, '2026-05-01', NULL, 'tester');
INSERT INTO problem (id, project_id, text, owner_id, level, raised_on, due, status, resolved_on, resolution, created_at)
  VALUES (2, 5, '征地未完成', 4, 'city', '2026-02-28', '2026-10-31', 'resolved', '2026-03-20', '已完成征地', '2026-03-01T09:00:00Z');
INSERT INTO problem (id, project_id, text, raised_on, created_at) VALUES (3, 9, '资金未落实', '2026-03-01', '2026-03-01T09:00:00Z');
INSERT INTO problem_entry (id, problem_id, entered_on, kind, note, level, due, owner_id, author)
  VALUES (1, 2, '2026-02-28', 'raise', NULL, 'county', NULL, NULL, 'tester');
INSERT INTO problem_entry (id, problem_id, entered_on, kind, note, level, due, owner_id, author)
  VALUES (5, 2, '2026-03-20', 'resolve', '已完成征地', 'city', '2026-10-31', 4, 'tester');
INSERT INTO node_template (id, name, created_at) VALUES (5, '简易流程', '2026-01-07T00:00:00Z');
INSERT INTO template_node (id, template_id, position, title, after, days, marks_start) VALUES (30, 5, 1, '备案', NULL, 10, 0);
UPDATE template_node SET days = 25 WHERE template_id = 1 AND position = 1;
UPDATE setting SET value = 120, updated_at = '2026-03-02T09:00:00Z' WHERE key = 'light.red_days';
UPDATE setting SET value = 'TM', updated_at = '2026-03-02T09:00:00Z' WHERE key = 'home.region';
DELETE FROM setting_profile WHERE profile = 'sanya';
)sql");
}

// An identifier in double quotes (built so, not with +: GCC 12 warns of a string literal joined
// to a temporary one).
inline std::string sql_name(std::string_view name) {
  std::string q(1, '"');
  q += name;
  q += '"';
  return q;
}

// Every row of every copied table, in the copy's order: "table|col=value|…" (NULL as ∅), and
// with `types` SQLite's type of each value too.
inline std::vector<std::string> dump_portfolio(sql::Connection& db, bool types) {
  std::vector<std::string> out;
  for (const CopiedTable& t : copied_tables()) {
    std::vector<std::string> columns;
    {
      sql::Statement q(db, db.dialect() == sql::Dialect::Sqlite
                               ? "SELECT name FROM pragma_table_info(?)"
                               : "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = ?");
      q.bind(1, t.name);
      while (q.step()) columns.push_back(q.string(0));
    }
    std::sort(columns.begin(), columns.end());
    std::string select = "SELECT ";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) select += ", ";
      const std::string column = sql_name(columns[i]);
      select += column;
      if (types) select += ", typeof(" + column + ")";
    }
    select += " FROM " + sql_name(t.name) + " ORDER BY " + std::string(t.order);
    sql::Statement q(db, select);
    const int per = types ? 2 : 1;
    while (q.step()) {
      std::string row(t.name);
      for (std::size_t i = 0; i < columns.size(); ++i) {
        const int c = static_cast<int>(i) * per;
        row += '|';
        row += columns[i];
        row += '=';
        row += q.is_null(c) ? std::string_view("∅") : q.text(c);
        if (types) {
          row += ':';
          row += q.text(c + 1);
        }
      }
      out.push_back(row);
    }
  }
  return out;
}

// SQLite: the settings and profiles in the order their rows were written (their rowids), which
// a copy keeps although nothing reads them in that order.
inline std::string written_order(sql::Connection& db) {
  std::string order;
  for (const char* query : {"SELECT key FROM setting ORDER BY rowid",
                            "SELECT profile || ':' || key FROM setting_profile ORDER BY rowid"}) {
    sql::Statement q(db, query);
    while (q.step()) {
      order += q.text(0);
      order += '\n';
    }
  }
  return order;
}

}  // namespace keyproj::testing
