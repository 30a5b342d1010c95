// keyproj overdue: the list leaders ask for — late milestones, late projects and missed monthly
// reports, most days late first. With --fail-if-any it exits 1 when the list is not empty.

#include <ostream>
#include <sstream>

#include "cli/command.h"
#include "cli/options.h"
#include "commands/project_view.h"
#include "domain/stage.h"
#include "store/overdue.h"
#include "store/settings.h"
#include "util/error.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description&) {
  o.add_options()
      ("region", po::value<std::string>(), "only this region (TM, EZ, …)")
      ("owner", po::value<std::string>(), "only this owner")
      ("program", po::value<std::string>(), "only this programme")
      ("stage", po::value<std::string>(), "only projects at this stage")
      ("min-days", po::value<std::string>(), "only rows at least N days late")
      ("kind", po::value<std::string>(), "milestone,project,stale (default all three)")
      ("stale-days", po::value<std::string>(), "a report is missed after N days (default: setting stale.days)")
      ("fail-if-any", po::bool_switch(), "exit 1 when the list is not empty (for scripts and cron)");
}

void read_kinds(const std::string& list, OverdueQuery& q) {
  q.milestones = q.projects = q.stale = false;
  std::istringstream in(list);
  std::string word;
  bool any = false;
  while (std::getline(in, word, ',')) {
    switch (parse_overdue_kind(word)) {
      case OverdueKind::Milestone: q.milestones = true; break;
      case OverdueKind::Project: q.projects = true; break;
      case OverdueKind::Stale: q.stale = true; break;
    }
    any = true;
  }
  if (!any) throw usage_error("kind '' is empty; use milestone, project or stale, separated by commas");
}

std::vector<Column> columns() {
  return {
      {"kind", "Kind", "类型"},
      {"project_code", "Code", "项目编号"},
      {"project_name", "Name", "项目名称", Align::Left, true},
      {"region", "Region", "地区"},
      {"owner", "Owner", "责任单位", Align::Left, true},
      {"milestone", "Milestone", "里程碑", Align::Left, true},
      {"due", "Due", "应完成日期"},
      {"days_late", "Days late", "逾期天数", Align::Right},
  };
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  OverdueQuery q;
  q.as_of = g.as_of;
  q.filter.region = text_option(args, "region");
  q.filter.owner = text_option(args, "owner");
  q.filter.program = text_option(args, "program");
  if (auto s = text_option(args, "stage")) q.filter.stage = std::string(stage_name(parse_stage(*s, "stage")));
  if (auto n = count_option(args, "min-days")) q.min_days = *n;
  if (auto k = text_option(args, "kind")) read_kinds(*k, q);
  const auto stale_days = count_option(args, "stale-days");
  Database db = open_database(g);
  require_known(db, q.filter);
  q.stale_days = stale_days ? *stale_days : setting_value(db, "stale.days");

  const bool table = g.format == Format::Table;
  const bool zh = g.style.lang == Lang::Zh;
  auto writer = make_row_writer(g.format, io.out, columns(), g.style);
  std::int64_t rows = 0;
  for_each_overdue(db, q, [&](const OverdueRow& r) {
    const std::string kind(table && zh ? overdue_kind_name_zh(r.kind) : overdue_kind_name(r.kind));
    writer->row({kind, r.project_code, r.project_name, r.region, text_cell(r.owner), text_cell(r.milestone), r.due,
                 r.days_late});
    ++rows;
  });
  writer->finish();
  return args["fail-if-any"].as<bool>() && rows > 0 ? static_cast<int>(ExitCode::Found) : 0;
}

}  // namespace

extern const Command overdue_command{"overdue", "",
                                     "the overdue list: late milestones, late projects, missed reports", declare,
                                     run};

}  // namespace keyproj
