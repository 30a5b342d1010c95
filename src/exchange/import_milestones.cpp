// A milestones row: matched by id (or, without one, by project and title) to record it done
// or move its due date, as `milestone done` and `milestone move` do; otherwise added, as
// `milestone add` adds one. A due date that differs from the baseline is a move, and needs
// the reason (调整原因) the row gives. A row naming a deleted milestone's id is refused.

#include "domain/record_rules.h"
#include "exchange/import_rows.h"
#include "exchange/import_templates.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "store/recording.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

struct MilestoneRow {
  std::optional<std::int64_t> id;
  std::optional<std::string> code, title, baseline, due, done, reason;
  std::optional<MilestoneKind> kind;
  std::optional<bool> marks_start;
};

MilestoneRow read_row(RowValues& row) {
  MilestoneRow r;
  r.id = row.id("id");
  r.code = row.word("project_code");
  r.title = row.text("title");
  r.baseline = row.date("baseline_due", PeriodEnd::Last);
  r.due = row.date("due", PeriodEnd::Last);
  r.done = row.date("done_on");
  r.reason = row.text("reason");
  if (const auto kind = row.word("kind"); kind && !(r.kind = milestone_kind_from_name(*kind)))
    row.fail("kind", trf("{} {} is not known; use milestone or approval", row.name("kind"), quote(*kind)));
  r.marks_start = read_yes_no(row, "marks_start");
  if (r.marks_start == true && r.kind != MilestoneKind::Approval)
    row.fail("marks_start", trf("{} is for an approval node; say approval in {}", row.name("marks_start"),
                                row.name("kind")));
  return r;
}

// The milestone the row is about, if it exists: by id, else by project and title.
std::optional<Milestone> match(Database& db, const MilestoneRow& r) {
  if (r.id) return find_milestone(db, *r.id);
  if (!r.code || !r.title) return std::nullopt;
  const auto p = find_project(db, *r.code);
  if (!p) return std::nullopt;
  std::optional<Milestone> found;
  MilestoneFilter f;
  f.project_id = p->id;
  for_each_milestone(db, f, [&](const Milestone& m) {
    if (!found && m.title == *r.title) found = m;
  });
  return found;
}

std::string shown(const Text& t) { return t ? *t : "—"; }

void change_milestone(Database& db, RowValues& row, const MilestoneRow& r, const Milestone& m,
                      const ImportOptions& options, ImportResult& result) {
  const std::string id = std::to_string(m.id);
  if (m.deleted_on) {
    row.fail("id", trf("milestone {} was deleted on {}; leave the id out to add it again as a new milestone", id,
                       *m.deleted_on));
    return;
  }
  if (r.code && *r.code != m.project_code)
    row.fail("project_code", trf("milestone {} belongs to {}, not {}", id, m.project_code, *r.code));
  if (r.title && *r.title != m.title)
    row.fail("title", trf("milestone {} is titled {}; import does not rename milestones", id, quote(m.title)));
  if ((r.kind && *r.kind != m.kind) || (r.marks_start && *r.marks_start != m.marks_start))
    row.fail(r.kind && *r.kind != m.kind ? "kind" : "marks_start",
             trf("milestone {} is {}; import does not change what a milestone is", id,
                 m.marks_start ? tr("the approval node marking the start")
                               : std::string(milestone_kind_name(m.kind))));
  if (r.baseline && r.baseline != m.baseline_due)
    row.fail("baseline_due", trf("{} of milestone {} is {}; the first planned date never changes", row.name("baseline_due"),
                                 id, shown(m.baseline_due)));
  const bool moves = r.due && r.due != m.due;
  if (moves && !r.reason)
    row.fail("reason", trf("milestone {} moves from {} to {}; give the reason in {}", id, shown(m.due), *r.due,
                           row.name("reason")));
  if (!row.ok()) return;
  std::string what;
  if (moves && row.check("due", [&] { reschedule_milestone(db, m, *r.due, *r.reason, options.as_of, options.user); }))
    what += trf("due {} → {}", shown(m.due), *r.due);
  if (r.done && r.done != m.done_on &&
      row.check("done_on", [&] {
        complete_milestone(db, m, parse_date(*r.done, "date"), options.as_of, options.user);
      }))
    what += (what.empty() ? "" : tr("; ")) + trf("done on {}", *r.done);
  if (!row.ok()) return;
  if (what.empty()) {
    ++result.unchanged;
    return;
  }
  result.changes.push_back(trf("change milestone {} of {}: {}", id, m.project_code, what));
  ++result.changed;
}

void add_milestone_row(Database& db, RowValues& row, const MilestoneRow& r, const ImportOptions& options,
                       ImportResult& result) {
  std::optional<Project> p;
  if (!r.code) row.fail("project_code", trf("{} is empty; a new milestone needs its project", row.name("project_code")));
  else if (!(p = find_project(db, *r.code)))
    row.fail("project_code", trf("{} {} is not the code of any project", row.name("project_code"), quote(*r.code)));
  else row.check("project_code", [&] { require_not_archived(*p, N_("new milestones")); });
  if (!r.title) row.fail("title", trf("{} is empty; a new milestone needs its title", row.name("title")));
  // The baseline is the first due date; a later due date is a move from it, with its reason.
  const Text first = r.baseline ? r.baseline : r.due;
  const bool moved = r.due && r.due != first;
  if (moved && !r.reason)
    row.fail("reason", trf("{} {} differs from {} {}; give the reason it moved in {}", row.name("due"), *r.due,
                           row.name("baseline_due"), *first, row.name("reason")));
  if (!row.ok()) return;
  // A row's id no milestone has held is kept (match() found none of it), so that a copy made by
  // export and import keeps the ids, and the gaps deleted milestones left.
  const std::int64_t id = add_milestone(db, *p, *r.title, first, options.as_of.iso(), options.user, r.id,
                                        r.kind.value_or(MilestoneKind::Milestone), r.marks_start.value_or(false));
  if (moved)
    row.check("due", [&] { reschedule_milestone(db, *find_milestone(db, id), *r.due, *r.reason, options.as_of, options.user); });
  if (r.done)
    row.check("done_on", [&] {
      complete_milestone(db, *find_milestone(db, id), parse_date(*r.done, "date"), options.as_of, options.user);
    });
  if (!row.ok()) return;
  result.changes.push_back(trf("add milestone {} to {}: {}", id, p->code, *r.title));
  ++result.added;
}

}  // namespace

void import_milestone_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result) {
  const MilestoneRow r = read_row(row);
  if (!row.ok()) return;
  if (const auto m = match(db, r)) change_milestone(db, row, r, *m, options, result);
  else add_milestone_row(db, row, r, options, result);
}

}  // namespace keyproj
