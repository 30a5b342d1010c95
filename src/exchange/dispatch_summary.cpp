#include "exchange/dispatch_summary.h"

#include <algorithm>

#include "exchange/money_unit.h"
#include "store/unreported.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {

DispatchSummary summarize(Database& db, std::string source, std::size_t rows, const ImportResult& result,
                          const Date& as_of) {
  DispatchSummary s{std::move(source), rows, result.errors.size(), {}, 0, {}};
  for (const ReportedRow& r : result.reported) s.month = std::max(s.month, r.day.substr(0, 7));
  if (s.month.empty()) return s;
  std::vector<std::int64_t> projects;
  for (const ReportedRow& r : result.reported) {
    projects.push_back(r.project_id);
    if (r.day.compare(0, 7, s.month) != 0) continue;
    // Each amount is at most 10^13 yuan; a million of them could still pass 64 bits.
    if (r.invested && __builtin_add_overflow(s.invested, *r.invested, &s.invested))
      throw rejected(trf("{}: the investment of {} adds up beyond what keyproj can count", s.source, s.month));
  }
  std::sort(projects.begin(), projects.end());
  projects.erase(std::unique(projects.begin(), projects.end()), projects.end());
  s.unreported = unreported_codes(db, projects, parse_date(s.month, "month", PeriodEnd::First),
                                  parse_date(s.month, "month", PeriodEnd::Last), as_of);
  return s;
}

std::string summary_text(const DispatchSummary& s) {
  std::string text = trnf("{1}: {0} row", "{1}: {0} rows", s.rows, s.source) +
                     trnf(", {} problem", ", {} problems", s.problems);
  if (s.month.empty()) return text + tr("; no new report to date its month");
  text += trf("; invested in {}: {}", s.month, format_wan(s.invested));
  text += trnf("; not reported in {1}: {0} active project of its regions",
               "; not reported in {1}: {0} active projects of its regions", s.unreported.size(), s.month);
  if (s.unreported.empty()) return text;
  constexpr std::size_t kNamed = 10;
  std::string codes;
  for (std::size_t i = 0; i < s.unreported.size() && i < kNamed; ++i) codes += (i ? ", " : "") + s.unreported[i];
  if (s.unreported.size() > kNamed) codes += trf(" and {} more", s.unreported.size() - kNamed);
  return text + trf(" ({})", codes);
}

}  // namespace keyproj
