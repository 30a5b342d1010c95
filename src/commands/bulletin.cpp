// keyproj bulletin: the monthly bulletin (调度通报) leaders read, as one HTML page that opens in
// any browser and prints on A4 (view/bulletin_html.h), or its figures as JSON. It is of a whole
// month, as of the month's last day: a bulletin for November run on 5 December shows November
// as it stood. Every figure is one `report` or `report --year` gives for that day and filters.

#include <ostream>

#include "cli/command.h"
#include "cli/filter_options.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "output/json_stream.h"
#include "store/bulletin.h"
#include "store/milestones.h"
#include "store/problems.h"
#include "store/projects.h"
#include "store/settings.h"
#include "store/updates.h"
#include "util/error.h"
#include "util/translate.h"
#include "view/bulletin.h"
#include "view/bulletin_html.h"
#include "view/bulletin_json.h"
#include "view/sheet_title.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("month", po::value<std::string>(), tr("the month, YYYY-MM (default: the last whole month before the as-of date)"))
      ("note", po::value<std::string>(), tr("a line under the title, e.g. 第11期 or 内部资料"));
  declare_filter_options(o, Search::Yes);
  declare_out_option(o);
}

// The bulletin's month as YYYY-MM; Error(Usage) for one that has not ended by the as-of date.
std::string bulletin_month(const po::variables_map& args, const Date& as_of) {
  if (!args.count("month")) return default_bulletin_month(as_of);
  const std::string month = date_option(args, "month", PeriodEnd::Last)->iso().substr(0, 7);
  const Date last = parse_date(month, "month", PeriodEnd::Last);
  if (last > as_of)
    throw usage_error(trf("month {} has not ended by the as-of date {}; a bulletin is of a whole month", month,
                          as_of.iso()));
  return month;
}

// What the lists show beside each item and the figures do not carry: the latest report of the
// projects not started, the names of the problems' projects, the red projects' milestones.
void fill_lists(Database& db, Bulletin& b) {
  for (auto& u : b.unstarted.items) {
    const auto latest = latest_updates(db, u.project.id, 1, b.as_of);
    if (latest.empty()) continue;
    u.note = latest.front().note;
    u.blocker = latest.front().blocker;
  }
  for (auto& p : b.problems.items)
    if (const auto project = find_project(db, p.problem.project_code, b.as_of)) p.project_name = project->name_zh;
  for (const auto& item : b.red_amber.items) {
    if (item.light != Light::Red || b.timeline.size() >= kBulletinTimelineCap) continue;
    TimelineRow row{item.project.code, item.project.name_zh, {}};
    MilestoneFilter f;
    f.project_id = item.project.id;
    f.as_of = b.as_of;
    for_each_milestone(db, f, [&](const Milestone& m) { row.milestones.push_back(m); });
    if (!row.milestones.empty()) b.timeline.push_back(std::move(row));
  }
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  Output output(args, g);
  if (output.format() != Format::Table && output.format() != Format::Json)
    throw usage_error(tr("the bulletin is an HTML page, or its figures as JSON with --format json"));
  Bulletin b;
  b.month = bulletin_month(args, g.as_of);
  b.as_of = parse_date(b.month, "month", PeriodEnd::Last);
  b.year = b.as_of.year();
  PortfolioFilter filter = portfolio_filter(args, b.as_of);
  Database db = open_database(g);
  require_known(db, filter);
  const LightThresholds thresholds = light_thresholds(db);
  b.schedule = schedule_share(b.year, b.as_of, thresholds.basis);
  b.area_by = filter.region ? ReportBy::County : ReportBy::Region;
  b.filters = filter_pieces(filter, g.style.lang);
  b.note = text_option(args, "note").value_or("");
  b.next_first = Date::from_days(b.as_of.days() + 1);
  b.next_last = parse_date(b.next_first.iso().substr(0, 7), "month", PeriodEnd::Last);

  BulletinBuilder builder(b, thresholds);
  for_each_bulletin_project(db, filter, [&](const BulletinProject& p) { builder.add(p); });
  for_each_problem(db, ProblemFilter{ProblemStatus::Open, filter}, [&](const Problem& p) { builder.add(p); });
  for_each_milestone_due(db, filter, b.next_first, b.next_last, [&](const DueMilestone& m) { builder.add(m); });
  builder.finish();
  b.problems_recorded = any_problem_raised(db, b.as_of);
  b.completed_by_month = completed_by_month(db, filter);
  fill_lists(db, b);

  std::ostream& out = output.stream(io);
  if (output.format() == Format::Json) out << json_text(bulletin_json(b, thresholds, g.style.lang), 2) << "\n";
  else out << bulletin_html(b, thresholds, g.style.lang);
  output.commit();
  return 0;
}

}  // namespace

extern const Command bulletin_command{"bulletin", "",
                                      N_("the monthly bulletin for leaders: one HTML page with charts, printable on A4"),
                                      declare, run};

}  // namespace keyproj
