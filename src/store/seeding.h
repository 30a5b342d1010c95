#pragma once
// Writing the portfolio taken from the plans. Seeding can run again at any time: it adds what
// is missing and refreshes provenance, and never duplicates a row nor overwrites what officers
// changed or logged since.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/model.h"
#include "store/database.h"
#include "store/projects.h"

namespace keyproj {

struct PlanRow {
  std::string region;
  std::string title;
  Text issuer;
  Text issued_on;  // as precise as printed
  Text period_start;
  Text period_end;
  Text source_file;
  Text source_lines;
};

struct SeedMilestone {
  std::string project_code;
  std::string title;
  Text due;  // ISO date
  Text done_on;
  Text source_lines;
  Text source_quote;
};

enum class SeedOutcome { Added, Refreshed, Unchanged };

// The plan of this region and title, if the database holds it.
std::optional<std::int64_t> find_plan_id(Database& db, const std::string& region, const std::string& title);

// The plan of this region and title, added or with its printed facts refreshed.
std::int64_t seed_plan(Database& db, const PlanRow& plan, SeedOutcome& outcome);

// The programme of this plan and name, added or with its source lines refreshed.
std::int64_t seed_program(Database& db, std::int64_t plan_id, const std::string& name, const Text& source_lines,
                          SeedOutcome& outcome);

// A project by code: added when missing; otherwise only its provenance (plan, source file,
// lines, quote) is refreshed, audited when it changes.
SeedOutcome seed_project(Database& db, const NewProject& p, const std::string& user);

// A milestone by project and title: added when missing (its due date is also its baseline);
// otherwise only its source lines and quote are refreshed.
SeedOutcome seed_milestone(Database& db, const SeedMilestone& m, const std::string& user);

// Archives the seeded project `code` (on `date`, audited with `reason`) unless it is archived
// already. True when it archived it.
bool retire_project(Database& db, const std::string& code, const std::string& date, const std::string& reason,
                    const std::string& user);

}  // namespace keyproj
