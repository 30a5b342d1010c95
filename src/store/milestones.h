#pragma once
// Milestones: what a project must reach and by when. The baseline due date is the date first
// planned and never changes; a move changes the current due date and records why.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "store/database.h"
#include "store/portfolio_filter.h"
#include "util/date.h"

namespace keyproj {

// Adds a milestone to the project, its baseline being `due`, with its audit row. `created_on`
// is the day it was entered (the as-of date). Returns the new id: `id_given` when given (an
// import keeps the ids of the milestones it copies; no milestone may have held it), else the
// next one. A plan may name a target without a date (an import brings those back): `due` is
// then empty, and so is the baseline. An approval node has `kind` Approval; one of a project's
// may mark its start (开工).
std::int64_t add_milestone(Database& db, const Project& project, const std::string& title, const Text& due,
                           const std::string& created_on, const std::string& user,
                           std::optional<std::int64_t> id_given = std::nullopt,
                           MilestoneKind kind = MilestoneKind::Milestone, bool marks_start = false);

// The milestone of that id, a deleted one too (deleted_on says so): every id stays taken.
std::optional<Milestone> find_milestone(Database& db, std::int64_t id);

// The project's approval node marking its start (开工), if it has one open and not deleted.
std::optional<Milestone> open_start_node(Database& db, std::int64_t project_id);

// Records the milestone as reached on `date`.
void mark_milestone_done(Database& db, const Milestone& m, const std::string& date, const std::string& user);

// Moves the current due date to `due`, keeping the baseline (set from the old due date when
// the milestone had none), and records the move and its reason.
void move_milestone(Database& db, const Milestone& m, const std::string& due, const std::string& reason,
                    const std::string& moved_on, const std::string& user);

struct MilestoneMove {
  std::int64_t id = 0;
  Text from_due;
  std::string to_due;
  std::string reason;
  std::string moved_at;
  std::string author;
};

// Every move of the milestone, oldest first.
std::vector<MilestoneMove> milestone_moves(Database& db, std::int64_t milestone_id);

struct MilestoneFilter {
  std::optional<std::int64_t> project_id;  // else every project not archived on as_of
  bool open_only = false;                  // open on as_of
  std::optional<Date> as_of;               // none: as the database stands
  std::optional<MilestoneKind> kind;       // none: both kinds
};

// The milestone of the current row of `q`, whose columns are m.id, m.project_id, p.code,
// m.title, m.baseline_due, the due date, the done date, m.kind and m.marks_start, then with
// `with_deleted` m.deleted_on (how the listings read them; the bulletin too).
Milestone read_milestone(sql::Statement& q, bool with_deleted = true);

// The deleted milestones are left out of both listings below.
//
// Milestones by project code, then due date (undated last), then id, as they stood on the
// filter's as-of date (store/as_of.h): the due date of then, done only if done by then.
void for_each_milestone(Database& db, const MilestoneFilter& filter, const std::function<void(const Milestone&)>& fn);

// Every milestone (archived projects' too) in the order they were added, by id: how export
// writes them, so that an import into an empty database gives them the same ids.
void for_each_milestone_by_id(Database& db, const std::function<void(const Milestone&)>& fn);

// For a calendar (export --format ics): the milestones of the projects `filter` selects (of
// `kind` only, when given), as they stood on the filter's as-of date: due then, done only if
// done by then; the deleted ones too, with deleted_on set, so that a calendar that had one can
// be told it is gone. By project code, then id.
void for_each_calendar_milestone(Database& db, const PortfolioFilter& filter, std::optional<MilestoneKind> kind,
                                 const std::function<void(const Milestone&)>& fn);

}  // namespace keyproj
