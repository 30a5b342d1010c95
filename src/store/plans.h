#pragma once
// The annual plan's entries (migration 0014): read, set, removed and carried over to the next
// year, each change audited in the transaction that makes it.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/annual_plan.h"
#include "domain/model.h"
#include "store/database.h"
#include "store/portfolio_filter.h"

namespace keyproj {

// The entry of project `project_id` for `year`; none when the project is not in that year's list.
std::optional<PlanEntry> find_plan(Database& db, std::int64_t project_id, int year);

enum class PlanWritten { Added, Changed, Unchanged };

struct PlanWrite {
  PlanWritten what = PlanWritten::Unchanged;
  PlanEntry entry;                  // as it stands once written
  std::optional<PlanEntry> before;  // as it stood, for a change
};

// Applies `change` to `p`'s entry for `year` (apply_plan_change: the rules are checked), then
// adds or updates it and audits it, or writes nothing when it changes nothing. `reason` goes
// with the audit row (an import's --update, a copy).
PlanWrite set_plan(Database& db, const Project& p, int year, const PlanChange& change, const std::string& user,
                   const std::optional<std::string>& reason = std::nullopt);

// Takes `p` out of `year`'s list, audited with the entry as it was and `reason`.
// Error(NotFound) when it is not in that list.
PlanEntry remove_plan(Database& db, const Project& p, int year, const std::string& reason, const std::string& user);

// An entry as a list shows it: with the project's region and its stage as of the filter's date.
struct PlanEntryRow {
  PlanEntry entry;
  std::string region;
  Stage stage = Stage::Planned;
  Text started_on;
};

// The entries of `year` (every year when none) of the projects `filter` selects, by year then code.
void for_each_plan(Database& db, const std::optional<int>& year, const PortfolioFilter& filter,
                   const std::function<void(const PlanEntryRow&)>& fn);

struct PlanCopy {
  std::int64_t carried = 0;   // entries added to the new year
  std::int64_t already = 0;   // projects already in the new year's list, left as they are
  std::int64_t finished = 0;  // completed, operating or cancelled: not carried over
};

// Carries `from`'s list over to `to`: each project of it still in the portfolio and not
// completed, operating or cancelled, as `continuing` once started (store/as_of.h
// started_then_sql, as the database stands), else in its class; no plan amount, no start or
// finish (they were days of `from`). Each added entry is audited. Error(NotFound) when `from`
// has no entries.
PlanCopy copy_plans(Database& db, int from, int to, const std::string& user);

}  // namespace keyproj
