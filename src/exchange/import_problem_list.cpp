// A problems row: matched by id (or, without one, by project and text among the open problems)
// to bring its level, deadline, unit and status to the row's, as `problem update` and `problem
// resolve` do, dated the import's as-of date; otherwise added, as `problem add` adds one, and
// resolved when the row says so. A resolved problem is not reopened by a file: `problem
// reopen` asks for the reason.

#include "domain/record_rules.h"
#include "exchange/import_rows.h"
#include "store/problems.h"
#include "store/projects.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

struct ProblemRow {
  std::optional<std::int64_t> id;
  std::optional<std::string> code, text, unit, level_text, raised, due, status, resolved, resolution;
  std::optional<ProblemLevel> level;
  std::optional<bool> resolved_status;  // the status column: resolved (已销号) or open (未销号)
};

ProblemRow read_row(RowValues& row) {
  ProblemRow r;
  r.id = row.id("id");
  r.code = row.word("project_code");
  r.text = row.text("text");
  r.unit = row.text("unit");
  r.level_text = row.word("level");
  r.raised = row.date("raised_on");
  r.due = row.date("due", PeriodEnd::Last);
  r.status = row.word("status");
  r.resolved = row.date("resolved_on");
  r.resolution = row.text("resolution");
  if (r.level_text && !(r.level = problem_level_from_name(*r.level_text)))
    row.fail("level", trf("{} {} is not a level; use county, city or province", row.name("level"), quote(*r.level_text)));
  if (r.status) {
    if (*r.status == "open" || *r.status == "未销号") r.resolved_status = false;
    else if (*r.status == "resolved" || *r.status == "已销号") r.resolved_status = true;
    else row.fail("status", trf("{} {} is not known; use open or resolved", row.name("status"), quote(*r.status)));
  }
  if (!r.resolved_status && r.resolved) r.resolved_status = true;
  if (r.resolved_status == false && r.resolved)
    row.fail("resolved_on", trf("{} is given for an open problem; leave it empty or say resolved in {}",
                                row.name("resolved_on"), row.name("status")));
  if (r.resolved_status == true && !r.resolution)
    row.fail("resolution", trf("{} is empty; a resolved problem says what was done", row.name("resolution")));
  return r;
}

std::optional<Problem> match(Database& db, const ProblemRow& r) {
  if (r.id) return find_problem(db, *r.id);
  if (!r.code || !r.text) return std::nullopt;
  const auto p = find_project(db, *r.code);
  if (!p) return std::nullopt;
  const auto id = find_open_problem(db, p->id, *r.text);
  return id ? find_problem(db, *id) : std::nullopt;
}

std::string shown(const Text& t) { return t ? *t : "—"; }

void resolve_row(Database& db, RowValues& row, const ProblemRow& r, std::int64_t id, const ImportOptions& options) {
  row.check("resolved_on", [&] {
    const std::string day = event_date(r.resolved ? std::optional(parse_date(*r.resolved, "resolved_on"))
                                                  : std::nullopt,
                                       options.as_of, "resolved_on")
                                .iso();
    resolve_problem(db, *find_problem(db, id), *r.resolution, day, options.user);
  });
}

void change_problem(Database& db, RowValues& row, const ProblemRow& r, const Problem& p, const ImportOptions& options,
                    ImportResult& result) {
  const std::string id = std::to_string(p.id);
  if (r.code && *r.code != p.project_code)
    row.fail("project_code", trf("problem {} belongs to {}, not {}", id, p.project_code, *r.code));
  if (r.text && *r.text != p.text)
    row.fail("text", trf("problem {} reads {}; import does not rewrite a problem", id, quote(p.text)));
  if (r.raised && *r.raised != p.raised_on)
    row.fail("raised_on", trf("problem {} was raised on {}; that date never changes", id, p.raised_on));
  if (r.resolved_status == false && !p.open())
    row.fail("status", trf("problem {} was resolved on {}; reopen it with problem reopen ID --reason", id,
                           *p.resolved_on));
  if (!row.ok()) return;
  ProblemChange c;
  if (r.level && *r.level != p.level) c.level = r.level;
  if (r.due && r.due != p.due) c.due = r.due;
  if (r.unit && r.unit != p.unit) c.unit = r.unit;
  const bool changes = c.level || c.due || c.unit;
  if (changes && !p.open())
    row.fail("status", trf("problem {} is resolved (on {}); reopen it before changing it", id, *p.resolved_on));
  if (!row.ok()) return;
  std::string what;
  if (changes && row.check("id", [&] { update_problem(db, p, c, options.as_of.iso(), options.user); })) {
    if (c.level) what += trf("level {} → {}", problem_level_name(p.level), problem_level_name(*c.level));
    if (c.due) what += (what.empty() ? "" : tr("; ")) + trf("due {} → {}", shown(p.due), *c.due);
    if (c.unit) what += (what.empty() ? "" : tr("; ")) + trf("unit {} → {}", shown(p.unit), *c.unit);
  }
  if (r.resolved_status == true && p.open()) {
    resolve_row(db, row, r, p.id, options);
    if (!what.empty()) what += tr("; ");
    what += tr("resolved");
  }
  if (!row.ok()) return;
  if (what.empty()) {
    ++result.unchanged;
    return;
  }
  if (options.list_changes) result.changes.push_back(trf("change problem {} of {}: {}", id, p.project_code, what));
  ++result.changed;
}

void add_problem_row(Database& db, RowValues& row, const ProblemRow& r, const ImportOptions& options,
                     ImportResult& result) {
  std::optional<Project> project;
  if (!r.code) row.fail("project_code", trf("{} is empty; a new problem needs its project", row.name("project_code")));
  else if (!(project = find_project(db, *r.code)))
    row.fail("project_code", trf("{} {} is not the code of any project", row.name("project_code"), quote(*r.code)));
  else row.check("project_code", [&] { require_not_archived(*project, N_("new problems")); });
  if (!r.text) row.fail("text", trf("{} is empty; a new problem needs its text", row.name("text")));
  NewProblem n;
  row.check("raised_on", [&] {
    n.raised_on = event_date(r.raised ? std::optional(parse_date(*r.raised, "raised_on")) : std::nullopt,
                             options.as_of, "raised_on")
                      .iso();
  });
  if (!row.ok()) return;
  n.text = *r.text;
  n.unit = r.unit;
  n.level = r.level.value_or(ProblemLevel::County);
  n.due = r.due;
  // A row's id no problem has held is kept (match() found none of it), so that a copy made by
  // export and import keeps the ids.
  const std::int64_t id = add_problem(db, project->id, n, options.user, r.id);
  if (r.resolved_status == true) resolve_row(db, row, r, id, options);
  if (!row.ok()) return;
  if (options.list_changes) result.changes.push_back(trf("add problem {} to {}: {}", id, project->code, n.text));
  ++result.added;
}

}  // namespace

void import_problem_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result) {
  const ProblemRow r = read_row(row);
  if (!row.ok()) return;
  if (const auto p = match(db, r)) change_problem(db, row, r, *p, options, result);
  else add_problem_row(db, row, r, options, result);
}

}  // namespace keyproj
