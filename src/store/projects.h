#pragma once
// Projects: the portfolio itself. Lists stream row by row through a callback, so memory stays
// flat however large the portfolio.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/model.h"
#include "domain/stage_move.h"
#include "store/database.h"
#include "store/portfolio_filter.h"
#include "util/date.h"

namespace keyproj {

struct NewProject {
  std::string code;
  std::string name_zh;
  Text name_en;
  std::string region;  // region code
  Text county;
  Text program;
  Text category;
  Text location;
  Text scale;
  Text owner;  // added as an owner when not known yet
  std::optional<std::int64_t> leader_id;  // the responsible leader (store/leaders.h)
  std::string stage = "planned";
  Money budget_yuan;
  Text planned_start;
  Text planned_finish;
  Text finish_source;
  std::optional<std::int64_t> plan_id;
  Text source_file;
  Text source_lines;
  Text source_quote;
  std::string entered_on;  // ISO date
};

// Inserts and audits a project. Error(Rejected) for a taken code or an unknown region.
std::int64_t insert_project(Database& db, const NewProject& p, const std::string& user);

// Projects matching `filter`, by code.
void for_each_project(Database& db, const PortfolioFilter& filter, const std::function<void(const Project&)>& fn);

// The project with exactly this code (archived ones included), as it stood on `as_of`
// (store/as_of.h): none, as the database stands.
std::optional<Project> find_project(Database& db, std::string_view code, const std::optional<Date>& as_of = std::nullopt);

// Where the project with exactly this code stands (archived ones included), without the
// names and aggregates a card shows: what an import of reports looks up for each project.
std::optional<ProjectStanding> find_project_standing(Database& db, std::string_view code);

// A project named by its code or by a unique part of its name (archived ones are left out of
// name matches); a part that several match but only one of the home region (setting
// home.region) names that one. Error(NotFound) when nothing matches; Error(Usage) listing the
// candidates when a name part still matches several. The project as it stood on `as_of`, as
// find_project.
Project resolve_project(Database& db, std::string_view code_or_name, const std::optional<Date>& as_of = std::nullopt);

// What `project edit` changes. A field left empty is kept; a Text field given as an empty
// optional (nullopt inside) is cleared.
struct ProjectEdit {
  std::optional<std::string> name_zh;
  std::optional<Text> name_en;
  std::optional<Text> county;
  std::optional<Text> program;
  std::optional<Text> category;
  std::optional<Text> location;
  std::optional<Text> scale;
  std::optional<Text> owner;  // added as an owner when not known yet
  // The responsible leader's id (store/leaders.h resolves a name); an empty optional inside: none.
  std::optional<std::optional<std::int64_t>> leader_id;
  std::optional<Money> budget_yuan;
  std::optional<std::string> planned_start;
  std::optional<std::string> planned_finish;  // an officer's date: finish_source becomes 'officer'
  std::optional<Text> started_on;  // the actual start an officer gives: start_source becomes 'officer'
};

struct FieldChanges;  // store/field_changes.h

// Applies `edit` to `p` and writes one audit row with the fields that changed, before and
// after, and returns them (none changed: no audit row). Error(Rejected) when the finish would
// fall before the start.
FieldChanges edit_project(Database& db, const Project& p, const ProjectEdit& edit, const std::string& user);

// Stores a decided stage move (domain/stage_move.h) and audits it with its reason. The first
// move to building or beyond on a `day` records that day as the project's start (开工日期),
// unless an officer gave the start, in the same audit row. `day` is the
// day the move was made (a report's date, else the as-of date), from which figures see it
// (store/as_of.h); none for the stage a project is added in, which it had before it entered.
void set_project_stage(Database& db, const ProjectStanding& p, const StageMove& move, const std::string& user,
                       const std::optional<std::string>& reason, const std::optional<std::string>& day);

// Hides the project from lists and reports; it stays in the database. `date` is the as-of date.
void archive_project(Database& db, const Project& p, const std::string& date, const std::string& user);

// Undoes an archive made by mistake: the project is back in lists and reports, on every date,
// as if never archived. Returns the day it had been archived. Error(Rejected) for a project
// that is not archived, or an entry the seed retired (not a project of its plan).
std::string unarchive_project(Database& db, const Project& p, const std::string& user);

}  // namespace keyproj
