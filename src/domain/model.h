#pragma once
// The data model of DESIGN.md as plain structs. Optional fields are facts the plans or the
// officers may not have given; they stay empty (NULL) rather than being guessed.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/milestone_kind.h"
#include "domain/stage.h"

namespace keyproj {

using Text = std::optional<std::string>;
using Money = std::optional<std::int64_t>;  // integer yuan

struct Owner {
  std::int64_t id = 0;
  std::string name;
  Text kind;  // "unit" (责任单位) or "enterprise" (建设单位)
  Text contact;
};

// A responsible leader (包保领导): a person, with the post that makes them answerable.
struct Leader {
  std::int64_t id = 0;
  std::string name;
  std::string title;  // e.g. 副市长
  Text phone;         // personal data: on a card, and in exports only with --contacts
};

// Where a project stands, as recording a report on it needs to know: whom the report is on,
// the stage it moves from, whether it still takes reports, and what it has spent. Light
// enough that an import keeps one for each project its rows name.
struct ProjectStanding {
  std::int64_t id = 0;
  std::string code;
  Stage stage = Stage::Planned;
  std::optional<Stage> resume_stage;  // for a suspended project: the stage it left
  Money budget_yuan;
  std::int64_t invested_yuan = 0;  // the sum of its progress reports in force
  bool archived = false;
  // The date of its latest report (empty when it has none): a report dated after it cannot
  // be a second report of a day (an import asks the database only for the others).
  std::string latest_report_on;
};

// A project's entry in the annual plan of the as-of date's year, as its light reads it.
struct YearPlanStanding {
  Money plan_yuan;                  // the year's planned investment; none: no plan amount
  std::int64_t completed_yuan = 0;  // its reports in force dated in that year, up to the as-of date
  Text start_due;                   // a new start not started then: the day it is due to start
};

// One project with the names of what it refers to, as lists and cards show it.
struct Project : ProjectStanding {
  std::string name_zh;
  Text name_en;
  std::string region;  // region code, e.g. "TM"
  std::string region_zh;
  Text county;
  Text program;
  Text category;
  Text location;
  Text scale;
  Text owner;
  std::optional<std::int64_t> leader_id;
  Text leader;        // the responsible leader's name
  Text leader_title;
  Text leader_phone;
  std::optional<int> progress_pct;  // from the latest report that gave one
  Text planned_start;
  Text planned_finish;
  Text finish_source;  // "stated", "plan" or "officer"
  Text started_on;     // the actual start (开工日期), when known and by the as-of date
  Text start_source;   // "stage" (the move to building or beyond) or "officer"
  Text plan;           // the source plan's title
  Text source_file;
  Text source_lines;
  Text source_quote;
  Text last_update;  // date of the latest progress report
  Text earliest_open_due;  // the soonest due date among its open milestones (the light reads it)
  std::string created_on;  // date the project entered the database
  Text archived_on;        // the day it left the portfolio, when it has left by the as-of date
  Text retired;            // for an entry the seed retired: why it is not a project
  std::optional<YearPlanStanding> year_plan;  // none: not in the as-of year's annual plan
};

struct Milestone {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_code;
  std::string title;
  Text baseline_due;
  Text due;
  Text done_on;
  Text deleted_on;  // a milestone deleted as a mistake: in no list, figure or export
  MilestoneKind kind = MilestoneKind::Milestone;
  bool marks_start = false;  // the approval node 开工, done by the project's first move to building
  // Its project was completed, operating or cancelled on the list's as-of date: an open
  // milestone of such a project is not late (DESIGN.md). Set by the listings only.
  bool project_finished = false;
};

struct ProgressUpdate {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_code;
  std::string reported_on;
  Text stage;
  std::optional<int> progress_pct;
  Money invested_yuan;
  Text note;
  Text blocker;
  std::string author;
  // A correction names the original report it corrects (always the original, never another
  // correction) and says why; it carries the original's project and date.
  std::optional<std::int64_t> corrects_id;
  Text reason;
  // A second original report of its project and day, said so (log --again): the schema takes
  // one a day otherwise (migrations/0022_one_report_a_day.sql).
  bool again = false;
};

}  // namespace keyproj
