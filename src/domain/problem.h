#pragma once
// A problem (问题) of a project and the dated entries of its log (migrations/0017_problems.sql).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/model.h"

namespace keyproj {

// The level a problem is handled at; an escalation raises it.
enum class ProblemLevel { County, City, Province };

std::string_view problem_level_name(ProblemLevel l);     // "county", "city", "province"
std::string_view problem_level_name_zh(ProblemLevel l);  // 县级, 市级, 省级
// The level typed in either language ("city" or "市级"); none for another word.
std::optional<ProblemLevel> problem_level_from_name(std::string_view text);

struct Problem {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_code;
  std::string text;
  Text unit;  // the responsible unit: an owner's name
  ProblemLevel level = ProblemLevel::County;
  std::string raised_on;
  Text due;
  Text resolved_on;  // set while it is resolved
  Text resolution;
  bool open() const { return !resolved_on; }
};

struct ProblemEntry {
  std::string entered_on;
  std::string kind;  // raise, update, resolve, reopen
  Text note;
  std::optional<ProblemLevel> level;  // a level set by this entry
  Text due;
  Text unit;
  std::string author;
};

// Days an open problem is past its due date on `as_of`; none when it is resolved, has no due
// date or is not late.
std::optional<std::int64_t> problem_days_late(const Problem& p, const std::string& as_of_iso);

}  // namespace keyproj
