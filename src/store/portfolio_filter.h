#pragma once
// The portfolio filters of `project list`, `overdue`, `report` and `export`: one type, one SQL
// condition and one check, so that the same words select the same projects in every command.
// Archived projects are always left out.

#include <optional>
#include <string>

#include "domain/model.h"
#include "domain/stage.h"
#include "store/database.h"

namespace keyproj {

struct PortfolioFilter {
  Text region;   // region code
  std::optional<Stage> stage;
  Text owner;    // owner name
  Text program;  // programme name
  Text search;   // a part of the code, the Chinese or the English name
};

// Error(Rejected) naming the value when a region, owner or programme of `f` does not exist: a
// typo must not turn into an empty list that a script reads as "nothing is late".
void require_known(Database& db, const PortfolioFilter& f);

// The condition `f` sets, over project `p` joined to region `r`, owner `o` and programme `pg`,
// with named parameters (:region, :stage, :owner, :program, :search) that bind_filter binds.
std::string filter_condition(const PortfolioFilter& f);
void bind_filter(SQLite::Statement& q, const PortfolioFilter& f);

}  // namespace keyproj
