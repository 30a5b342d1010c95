#include "cli/overdue_options.h"

#include <sstream>

#include "cli/filter_options.h"
#include "cli/options.h"
#include "store/settings.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void read_kinds(const std::string& list, OverdueQuery& q) {
  q.milestones = q.approvals = q.projects = q.stale = q.starts = q.problems = false;
  std::istringstream in(list);
  std::string word;
  bool any = false;
  while (std::getline(in, word, ',')) {
    switch (parse_overdue_kind(word)) {
      case OverdueKind::Milestone: q.milestones = true; break;
      case OverdueKind::Project: q.projects = true; break;
      case OverdueKind::Stale: q.stale = true; break;
      case OverdueKind::Start: q.starts = true; break;
      case OverdueKind::Problem: q.problems = true; break;
      case OverdueKind::Approval: q.approvals = true; break;
    }
    any = true;
  }
  if (!any) throw usage_error(tr("kind '' is empty; use milestone, approval, project, stale, start or problem, separated by commas"));
}

}  // namespace

void declare_overdue_options(po::options_description& o, bool calendar) {
  o.add_options()
      ("min-days", po::value<std::string>(), tr("only rows at least N days late"))
      ("kind", po::value<std::string>(),
       calendar ? tr("overdue: milestone,approval,project,stale,start,problem (default all six); a calendar (ics): "
                     "milestone or approval, without the problems")
                : tr("milestone,approval,project,stale,start,problem (default all six)"))
      ("stale-days", po::value<std::string>(), tr("a report is missed after N days (default: setting stale.days)"));
}

OverdueQuery overdue_query(const po::variables_map& args, const Globals& g, Database& db) {
  OverdueQuery q;
  q.as_of = g.as_of;
  q.filter = portfolio_filter(args, g.as_of);
  if (auto n = count_option(args, "min-days")) q.min_days = *n;
  if (auto k = text_option(args, "kind")) read_kinds(*k, q);
  const auto stale_days = count_option(args, "stale-days");
  require_known(db, q.filter);
  q.stale_days = stale_days ? *stale_days : setting_value(db, "stale.days");
  return q;
}

}  // namespace keyproj
