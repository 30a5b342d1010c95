#include "domain/problem.h"

#include "util/date.h"

namespace keyproj {

std::string_view problem_level_name(ProblemLevel l) {
  switch (l) {
    case ProblemLevel::County: return "county";
    case ProblemLevel::City: return "city";
    case ProblemLevel::Province: return "province";
  }
  return "county";
}

std::string_view problem_level_name_zh(ProblemLevel l) {
  switch (l) {
    case ProblemLevel::County: return "县级";
    case ProblemLevel::City: return "市级";
    case ProblemLevel::Province: return "省级";
  }
  return "县级";
}

std::optional<ProblemLevel> problem_level_from_name(std::string_view text) {
  for (const auto l : {ProblemLevel::County, ProblemLevel::City, ProblemLevel::Province})
    if (text == problem_level_name(l) || text == problem_level_name_zh(l)) return l;
  return std::nullopt;
}

std::optional<std::int64_t> problem_days_late(const Problem& p, const std::string& as_of_iso) {
  if (!p.open() || !p.due) return std::nullopt;
  const std::int64_t late = days_between(parse_date(*p.due, "due"), parse_date(as_of_iso, "as-of"));
  if (late <= 0) return std::nullopt;
  return late;
}

}  // namespace keyproj
