// keyproj log PROJECT: one progress report (调度记录). Append-only: a wrong report is corrected
// by a later one. A stage given here moves the project's stage by the rules of the stage machine.

#include <ostream>

#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "cli/options.h"
#include "cli/tracking_options.h"
#include "store/projects.h"
#include "store/recording.h"
#include "util/error.h"
#include "util/money.h"
#include "util/percent.h"
#include "view/project_view.h"
#include "util/date.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), "code or a unique part of the name")
      ("date", po::value<std::string>(), ("the day reported on, " + std::string(kDayForms) + " (default: today, --as-of)").c_str())
      ("progress", po::value<std::string>(), "percent complete, 0-100")
      ("invested", po::value<std::string>(), "investment completed in this period: 2000万, 0.2亿, 20000000")
      ("note", po::value<std::string>(), "what was reached")
      ("blocker", po::value<std::string>(), "what blocks the project");
  declare_stage_options(o);
  p.add("project", 1);
}

// A whole percentage, read as an import reads one (util/percent.h).
std::optional<int> percent_option(const po::variables_map& args, const std::string& name) {
  auto text = text_option(args, name);
  if (!text) return std::nullopt;
  if (auto value = parse_percent(*text)) return value;
  throw rejected(name + " '" + *text + "' is not a percentage; give a whole number from 0 to 100");
}

// Empty text counts as not given: a report holds no empty notes.
Text nonempty(const po::variables_map& args, const std::string& name) {
  auto t = text_option(args, name);
  if (t && t->empty()) return std::nullopt;
  return t;
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  LogRequest request;
  ProgressUpdate& u = request.update;
  request.date = event_date(date_option(args, "date"), g.as_of, "date");
  u.progress_pct = percent_option(args, "progress");
  u.invested_yuan = money_option(args, "invested");
  u.note = nonempty(args, "note");
  u.blocker = nonempty(args, "blocker");
  u.author = g.user;
  if (auto s = text_option(args, "stage")) request.stage = parse_stage(*s, "stage");
  request.force = args["force"].as<bool>();
  request.reason = nonempty(args, "reason");

  Database db = open_database(g);
  WriteTransaction tx(db);
  Project p = resolve_project(db, which);
  // The rules of a report live in log_report, which an updates import calls too.
  const LogOutcome logged = log_report(db, p, request, g.as_of, g.user);
  tx.commit();
  const auto& move = logged.move;
  const std::int64_t id = logged.id;
  const std::int64_t total = logged.invested_total;

  io.confirm << "logged report " << id << " for " << p.code << " " << p.name_zh << " on " << request.date->iso() << "\n";
  if (move && move->changed)
    io.confirm << "stage: " << stage_name(move->from) << " → " << stage_name(move->to) << "\n";
  if (u.invested_yuan) {
    Project after = p;
    after.invested_yuan = total;
    io.confirm << "invested: +" << format_money(*u.invested_yuan) << ", total " << format_money(total);
    if (p.budget_yuan) io.confirm << " of budget " << format_money(*p.budget_yuan) << " (" << completion_text(after) << ")";
    io.confirm << "\n";
    if (p.budget_yuan && total > *p.budget_yuan)
      spdlog::warn("invested total {} of {} is beyond its budget of {}; the report is recorded", format_money(total),
                   p.code, format_money(*p.budget_yuan));
  }
  return 0;
}

}  // namespace

extern const Command log_command{"log", "PROJECT",
                                 "record a progress report: stage, percent, investment, note, blocker", declare,
                                 run};

}  // namespace keyproj
