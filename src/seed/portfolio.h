#pragma once
// The first portfolio, as seed/ states it: read from the files compiled into the binary,
// checked, and written by `keyproj seed`.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/seeding.h"
#include "util/embedded.h"

namespace keyproj {

struct SeedProgram {
  std::string name;
  Text source_lines;
};

// An entry of an earlier seed that a closer reading found not to be a project, or to be
// several: it keeps its code and its row, and is archived with this reason.
struct SeedRetired {
  std::string code;
  std::string reason;
};

struct SeedRegion {
  std::string region;  // TM, EZ, …
  PlanRow plan;
  std::vector<SeedProgram> programs;
  std::vector<NewProject> projects;  // plan_id and entered_on are set when applied
  std::vector<SeedMilestone> milestones;
  std::vector<SeedRetired> retired;
};

// seed/ as compiled into this binary: <REGION>/{plan,programs,projects,milestones,retired}.csv and
// sources/*.txt.
std::span<const EmbeddedFile> builtin_seed_files();

// Parses and checks every region folder in `files`. A malformed row throws Error(Rejected)
// naming the file, the line and the column.
std::vector<SeedRegion> read_portfolio(std::span<const EmbeddedFile> files);

// The plan (title, issuer, lines) whose text is seed/sources/<file>, if the binary carries it.
std::optional<PlanRow> seed_plan_of(std::string_view file);

// The text of a source plan (seed/sources/<file>), if the binary carries it.
std::optional<std::string_view> seed_source(std::string_view file);

// Lines FIRST-LAST (1-based, inclusive) of `text`; empty when the range is malformed or outside.
std::vector<std::string_view> lines_of(std::string_view text, std::string_view range);

struct SeedCounts {
  int plans_added = 0;
  int programs_added = 0;
  int projects_added = 0;
  int projects_refreshed = 0;
  int projects_unchanged = 0;
  int projects_archived = 0;
  int milestones_added = 0;
  int milestones_refreshed = 0;
};

// Writes the portfolio (in the caller's transaction): adds what is missing, refreshes
// provenance, archives retired entries that are not archived yet, leaves everything officers
// changed alone.
SeedCounts apply_portfolio(Database& db, const std::vector<SeedRegion>& regions, const std::string& entered_on,
                           const std::string& user);

}  // namespace keyproj
