// keyproj log PROJECT: one progress report (调度记录). Append-only: a wrong report is put right
// by a correction (--correct ID --reason TEXT), a report that replaces its values in every
// figure. A stage given here moves the project's stage by the rules of the stage machine.

#include <charconv>
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
#include "util/text.h"
#include "view/project_view.h"
#include "util/date.h"
#include "util/translate.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()
      ("project", po::value<std::string>(), tr("code or a unique part of the name"))
      ("date", po::value<std::string>(), trf("the day reported on, {} (default: today, --as-of)", tr(kDayForms)).c_str())
      ("progress", po::value<std::string>(), tr("percent complete, 0-100"))
      ("invested", po::value<std::string>(), tr("investment completed in this period: 2000万, 0.2亿, 20000000"))
      ("note", po::value<std::string>(), tr("what was reached"))
      ("blocker", po::value<std::string>(), tr("what blocks the project"))
      ("correct", po::value<std::string>(), tr("correct the report of this id (see project show): the values given "
                                            "replace its own, the others are kept; needs --reason"))
      ("again", po::bool_switch(), tr("a genuinely second report on a day that already has one"));
  declare_stage_options(o);
  p.add("project", 1);
}

// A whole percentage, read as an import reads one (util/percent.h).
std::optional<int> percent_option(const po::variables_map& args, const std::string& name) {
  auto text = text_option(args, name);
  if (!text) return std::nullopt;
  if (auto value = parse_percent(*text)) return value;
  throw rejected(trf("{} {} is not a percentage; give a whole number from 0 to 100", name, quote(*text)));
}

// Empty text counts as not given: a report holds no empty notes.
Text nonempty(const po::variables_map& args, const std::string& name) {
  auto t = field_option(args, name, Lines::Many);
  if (t && t->empty()) return std::nullopt;
  return t;
}

// Investment completed cannot be taken back by a negative report: that is what a correction is for.
Money invested_option(const po::variables_map& args) {
  const auto text = text_option(args, "invested");
  if (text && !text->empty() && text->front() == '-')
    throw rejected(trf("invested '{}' is negative; a report cannot take investment back: correct the report "
                       "that overstated it with --correct REPORT_ID --invested AMOUNT --reason TEXT (project show "
                       "lists the reports' ids)",
                       *text));
  return money_option(args, "invested");
}

std::optional<std::int64_t> report_id_option(const po::variables_map& args) {
  const auto text = text_option(args, "correct");
  if (!text) return std::nullopt;
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), id);
  if (text->empty() || ec != std::errc() || end != text->data() + text->size() || id <= 0)
    throw usage_error(trf("correct '{}' is not a report id; give the number project show lists before a report", *text));
  return id;
}

// A stage as a confirmation names it: in the reader's language.
std::string_view shown(Stage s) { return current_language() == Lang::Zh ? stage_name_zh(s) : stage_name(s); }

// The warning for a total beyond the budget, once a report or a correction is recorded.
void warn_beyond_budget(std::int64_t total, const Project& p, bool correction) {
  const MoneyPair shown = format_money_pair(total, *p.budget_yuan);
  spdlog::warn(correction ? trf("invested total {0} of {1} is beyond its budget of {2}; the correction is recorded",
                                shown.first, p.code, shown.second)
                          : trf("invested total {0} of {1} is beyond its budget of {2}; the report is recorded",
                                shown.first, p.code, shown.second));
}

void confirm_correction(const LogOutcome& c, const Project& p, std::ostream& out) {
  const ProgressUpdate& was = *c.corrected;
  out << trf("logged report {} for {} {} on {}, correcting report {}", c.id, p.code, p.name_zh, was.reported_on, was.id)
      << "\n";
  if (c.move) out << trf("stage: {} → {}", shown(c.move->from), shown(c.move->to)) << "\n";
  if (c.report.invested_yuan != was.invested_yuan) {
    Project after = p;
    after.invested_yuan = c.invested_total;
    const MoneyPair change = format_money_pair(was.invested_yuan.value_or(0), c.report.invested_yuan.value_or(0));
    const MoneyPair standing = format_money_pair(c.invested_total, p.budget_yuan.value_or(0));
    out << trf("invested: {} → {}, total {}", change.first, change.second, standing.first);
    if (p.budget_yuan) out << trf(" of budget {} ({})", standing.second, completion_text(after));
    out << "\n";
  }
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  LogRequest request;
  ProgressUpdate& u = request.update;
  request.corrects = report_id_option(args);
  if (request.corrects && !nonempty(args, "reason"))
    throw usage_error(tr("--correct needs --reason TEXT saying why the report is corrected"));
  request.date = date_option(args, "date");
  if (!request.corrects) request.date = event_date(request.date, g.as_of, "date");
  u.progress_pct = percent_option(args, "progress");
  u.invested_yuan = invested_option(args);
  u.note = nonempty(args, "note");
  u.blocker = nonempty(args, "blocker");
  u.author = g.user;
  if (auto s = text_option(args, "stage")) request.stage = parse_stage(*s, "stage");
  request.force = args["force"].as<bool>();
  request.again = args["again"].as<bool>();
  request.reason = nonempty(args, "reason");

  Database db = open_database(g);
  WriteTransaction tx(db);
  Project p = resolve_project(db, which);
  // The rules of a report live in log_report, which an updates import calls too. The check
  // for a report already on that day runs here, inside the write transaction, so that two
  // officers logging the same day at once cannot both pass it.
  const LogOutcome logged = log_report(db, p, request, g.as_of, g.user);
  tx.commit();
  if (logged.corrected) {
    confirm_correction(logged, p, io.confirm);
    if (p.budget_yuan && logged.invested_total > *p.budget_yuan)
      warn_beyond_budget(logged.invested_total, p, true);
    return 0;
  }
  const auto& move = logged.move;
  const std::int64_t id = logged.id;
  const std::int64_t total = logged.invested_total;

  io.confirm << trf("logged report {} for {} {} on {}", id, p.code, p.name_zh, request.date->iso()) << "\n";
  if (move && move->changed) io.confirm << trf("stage: {} → {}", shown(move->from), shown(move->to)) << "\n";
  if (u.invested_yuan) {
    Project after = p;
    after.invested_yuan = total;
    const MoneyPair standing = format_money_pair(total, p.budget_yuan.value_or(0));
    io.confirm << trf("invested: +{}, total {}", format_money(*u.invested_yuan), standing.first);
    if (p.budget_yuan) io.confirm << trf(" of budget {} ({})", standing.second, completion_text(after));
    io.confirm << "\n";
    if (p.budget_yuan && total > *p.budget_yuan) warn_beyond_budget(total, p, false);
  }
  return 0;
}

}  // namespace

extern const Command log_command{"log", "PROJECT",
                                 N_("record a progress report: stage, percent, investment, note, blocker"), declare,
                                 run};

}  // namespace keyproj
