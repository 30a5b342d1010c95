#pragma once
// The portfolio filters of `project list`, `overdue`, `report` and `export`: one type, one SQL
// condition and one check, so that the same words select the same projects in every command.
// The portfolio is taken as it stood on the as-of date: a project archived by then is left
// out, one archived later is in, and --stage selects the stage a project had then.

#include <optional>
#include <string>

#include "util/date.h"

#include "domain/model.h"
#include "domain/stage.h"
#include "store/database.h"

namespace keyproj {

struct PortfolioFilter {
  Text region;   // region code
  std::optional<Stage> stage;
  Text owner;    // owner name
  Text leader;   // a leader's id or a name only one leader has (store/leaders.h)
  std::optional<std::int64_t> leader_id;  // the leader `leader` names, as require_known found it
  Text program;  // programme name
  Text search;   // a part of the code, the Chinese or the English name
  std::optional<Date> as_of;  // the day the portfolio is taken as of; none: as it stands
};

// Error(Rejected) naming the value when a region, owner or programme of `f` does not exist: a
// typo must not turn into an empty list that a script reads as "nothing is late". Finds the
// leader `f.leader` names (Error(NotFound) or, for a name several share, Error(Usage), as
// resolve_leader) and sets f.leader_id, which the condition selects by.
void require_known(Database& db, PortfolioFilter& f);

// The joins filter_condition reads and lists show, after "FROM project p": region `r`, owner
// `o`, leader `ld` and programme `pg`.
std::string portfolio_joins_sql();

// The condition `f` sets, over project `p` joined to region `r`, owner `o` and programme `pg`,
// with named parameters (:as_of, :region, :stage, :owner, :leader, :program, :search) that bind_filter
// binds.
std::string filter_condition(const PortfolioFilter& f);
void bind_filter(sql::Statement& q, const PortfolioFilter& f);

}  // namespace keyproj
