#pragma once
// Problems (问题清单) and their close-out (销号): each change is a dated entry of the problem's
// log and an audit row of its project, so `problem show` and `history` both tell it.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "domain/problem.h"
#include "store/database.h"
#include "store/portfolio_filter.h"

namespace keyproj {

struct NewProblem {
  std::string text;
  Text unit;  // an owner's name; a new name adds the owner, as project add does
  ProblemLevel level = ProblemLevel::County;
  std::string raised_on;
  Text due;
};

// Adds the problem to the project with its first entry (raise) and its audit row; returns its
// id: `id_given` when given (an import keeps the ids it copies), else the next one.
std::int64_t add_problem(Database& db, std::int64_t project_id, const NewProblem& p, const std::string& user,
                         std::optional<std::int64_t> id_given = std::nullopt);

// The problems the blockers of the reports past `after_report_id` raise, once those reports
// are written: a report's blocker is a problem of its project raised on the report's date,
// unless the project has an open problem of that text already (a month's sheet repeats it
// until it is solved) or an earlier of these reports raised it. A correction raises none: it
// puts a report right. Each has its raise entry and audit row, as add_problem writes them.
// Set-based, so that an import of a year's reports raises its problems in three statements
// rather than four per blocker. Returns how many were raised.
std::int64_t raise_blocker_problems(Database& db, std::int64_t after_report_id, const std::string& user);

std::optional<Problem> find_problem(Database& db, std::int64_t id);

// The open problem of the project whose text is `text`, if there is one.
std::optional<std::int64_t> find_open_problem(Database& db, std::int64_t project_id, const std::string& text);

struct ProblemChange {
  Text note;
  std::optional<ProblemLevel> level;
  Text due;
  Text unit;
};

// Records the change as an entry of `entered_on` (not before the problem was raised) and sets
// the fields it names. A level change with a note is audited as an escalation. Refused when it
// changes nothing and carries no note, or the problem is resolved.
void update_problem(Database& db, const Problem& p, const ProblemChange& c, const std::string& entered_on,
                    const std::string& user);

// 销号: the problem resolved on `date` (not before it was raised) with what was done. Refused
// when it is already resolved.
void resolve_problem(Database& db, const Problem& p, const std::string& note, const std::string& date,
                     const std::string& user);

// The problem open again on `date`, for `reason`. Refused when it is open.
void reopen_problem(Database& db, const Problem& p, const std::string& reason, const std::string& date,
                    const std::string& user);

// The problem's entries, oldest first.
std::vector<ProblemEntry> problem_entries(Database& db, std::int64_t problem_id);

enum class ProblemStatus { Open, Overdue, All };

struct ProblemFilter {
  ProblemStatus status = ProblemStatus::Open;
  PortfolioFilter portfolio;  // its as_of is the day the list is taken on (required)
};

// Problems of the filter's projects as they stood on the as-of date (problems_then_sql): raised
// by then, with the level, deadline and unit of then, open if not resolved by then (a later
// resolution is not yet known, a resolution reopened later still holds); overdue when open and
// due before that day. Ordered by project code, then raised date, then id.
void for_each_problem(Database& db, const ProblemFilter& f, const std::function<void(const Problem&)>& fn);

// Every problem in the order added, by id, as the database stands: how export writes them.
void for_each_problem_by_id(Database& db, const std::function<void(const Problem&)>& fn);

}  // namespace keyproj
