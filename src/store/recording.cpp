#include "store/recording.h"

#include "domain/correction.h"
#include "domain/record_rules.h"
#include "store/milestones.h"
#include "store/problems.h"
#include "store/projects.h"
#include "store/report_appender.h"
#include "store/updates.h"
#include "util/error.h"
#include "util/money.h"
#include "util/translate.h"

namespace keyproj {

namespace {

std::int64_t add_checked(const ProjectStanding& p, std::int64_t total, const Money& invested) {
  if (invested && __builtin_add_overflow(total, *invested, &total))
    throw rejected(trf("invested '{}' would bring the total of {} beyond what can be counted", format_money(*invested),
                       p.code));
  return total;
}

// The first move to building is the actual start: the project's open start node (开工) is done
// that day, so that the node and the start agree. A return from suspension is no start.
void mark_start_node(Database& db, const ProjectStanding& p, const StageMove& move, const std::string& on,
                     const std::string& user) {
  if (!move.changed || move.to != Stage::Building || (move.from != Stage::Planned && move.from != Stage::Preparing))
    return;
  if (const auto node = open_start_node(db, p.id)) mark_milestone_done(db, *node, on, user);
}

// The report in force that `request.corrects` names, checked to be one `p` may correct.
ProgressUpdate corrected_report(Database& db, const ProjectStanding& p, const LogRequest& request) {
  const auto named = *request.corrects;
  const auto found = find_update(db, named);
  if (!found)
    throw not_found(trf("report {} does not exist; `project show` lists a project's reports with their ids", named));
  if (found->project_id != p.id)
    throw rejected(trf("report {} is a report of {}, not of {}", named, found->project_code, p.code));
  const auto in_force = report_in_force(db, found->corrects_id.value_or(found->id));
  if (in_force->id != found->id)
    throw rejected(trf("report {0} was corrected by report {1}; correct report {1}, the one in force", named,
                       in_force->id));
  if (request.date && request.date->iso() != found->reported_on)
    throw rejected(trf("date '{}' is not the date of report {} ({}); a correction keeps the date of the report it "
                       "corrects",
                       request.date->iso(), named, found->reported_on));
  if (!request.reason || request.reason->empty())
    throw rejected(trf("a correction of report {} needs a reason: say why with --reason TEXT", named));
  return *in_force;
}

LogOutcome correct_report(ReportAppender& reports, ProjectStanding& p, LogRequest request, const std::string& user) {
  require_not_archived(p, N_("corrections"));
  reports.flush();  // the corrected report may be one held
  Database& db = reports.db();
  LogOutcome out;
  const ProgressUpdate was = corrected_report(db, p, request);
  ProgressUpdate& u = request.update;
  u.project_id = p.id;
  u.project_code = p.code;
  u.reported_on = was.reported_on;
  u.corrects_id = was.corrects_id.value_or(was.id);
  u.reason = request.reason;
  if (!u.progress_pct) u.progress_pct = was.progress_pct;
  if (!u.invested_yuan) u.invested_yuan = was.invested_yuan;
  if (!u.note) u.note = was.note;
  if (!u.blocker) u.blocker = was.blocker;
  const Stage was_stage = was.stage ? parse_stage(*was.stage, "stage") : p.stage;
  const Stage to = request.stage.value_or(was_stage);
  u.stage = std::string(stage_name(to));
  if (u.stage == was.stage && u.progress_pct == was.progress_pct && u.invested_yuan == was.invested_yuan &&
      u.note == was.note && u.blocker == was.blocker)
    throw rejected(trf("report {} already has these values; a correction changes something", was.id));

  const ReportPlace place = report_place(db, was);
  StageCorrection c{std::nullopt, was_stage, to, !place.later};
  if (place.stage_before) c.before = parse_stage(*place.stage_before, "stage");
  try {
    out.move = decide_stage_correction(p, c, request.force, request.reason);
  } catch (const Error& e) {
    throw Error(e.code(), trf("report {} cannot be corrected to stage {}: {}", was.id, stage_shown(to), e.what()));
  }
  out.invested_total = add_checked(p, p.invested_yuan - was.invested_yuan.value_or(0), u.invested_yuan);
  // The move counts from the corrected report's date, as the move it puts right did.
  if (out.move) {
    set_project_stage(db, p, *out.move, user, request.reason, was.reported_on);
    mark_start_node(db, p, *out.move, was.reported_on, user);
  }
  out.report = u;
  out.id = reports.add(std::move(u), request.source_line);
  reports.flush();
  out.report.id = out.id;
  out.corrected = was;
  p.invested_yuan = out.invested_total;
  if (out.move) {
    p.stage = out.move->to;
    p.resume_stage = out.move->resume_stage;
  }
  return out;
}

}  // namespace

std::vector<ProgressUpdate> recorded_reports_on(ReportAppender& reports, const ProjectStanding& p,
                                                const std::string& date) {
  // A day after the project's latest report has none: the database is asked only of the
  // others (a month's sheet asks it of no row).
  if (p.latest_report_on.empty() || date > p.latest_report_on) return {};
  if (reports.held()) reports.flush();  // an earlier row's report may be held
  return reports_on(reports.db(), p.id, date);
}

void require_no_report_on(ReportAppender& reports, const ProjectStanding& p, const std::string& date) {
  const auto there = recorded_reports_on(reports, p, date);
  if (there.empty()) return;
  throw rejected(trf("{0} already has report {1} on {2}; to put it right, log {0} --correct {1} --reason TEXT; for a "
                     "second report that day, add --again",
                     p.code, there.front().id, date));
}

LogOutcome log_report(ReportAppender& reports, ProjectStanding& p, LogRequest request, const Date& as_of,
                      const std::string& user) {
  if (request.corrects) return correct_report(reports, p, std::move(request), user);
  ProgressUpdate& u = request.update;
  u.reported_on = event_date(request.date, as_of, "date").iso();
  require_not_archived(p, N_("more reports"));
  LogOutcome out;
  if (request.stage) out.move = decide_project_move(p, *request.stage, request.force, request.reason);
  // A second report of its day says so, as the schema asks (migrations/0022_one_report_a_day.sql).
  if (!request.again) require_no_report_on(reports, p, u.reported_on);
  else u.again = request.day_has_report ? *request.day_has_report : !recorded_reports_on(reports, p, u.reported_on).empty();
  u.project_id = p.id;
  // Each report records the stage the project is in once the report is taken.
  u.stage = std::string(stage_name(out.move ? out.move->to : p.stage));
  out.invested_total = add_checked(p, p.invested_yuan, u.invested_yuan);
  // The stage move first: history lists the changes of one instant audit rows first, then
  // reports (store/history.h), so the move reads before the report that carries its stage.
  if (out.move) {
    set_project_stage(reports.db(), p, *out.move, user, request.reason, u.reported_on);
    mark_start_node(reports.db(), p, *out.move, u.reported_on, user);
  }
  if (u.reported_on > p.latest_report_on) p.latest_report_on = u.reported_on;
  out.id = reports.add(std::move(u), request.source_line);
  p.invested_yuan = out.invested_total;
  if (out.move && out.move->changed) {
    p.stage = out.move->to;
    p.resume_stage = out.move->resume_stage;
  }
  return out;
}

LogOutcome log_report(Database& db, ProjectStanding& p, LogRequest request, const Date& as_of,
                      const std::string& user) {
  const std::int64_t last_before = last_report_id(db);
  ReportAppender reports(db);
  const LogOutcome out = log_report(reports, p, std::move(request), as_of, user);
  reports.flush();
  raise_blocker_problems(db, last_before, user);
  return out;
}

void complete_milestone(Database& db, const Milestone& m, const std::optional<Date>& date, const Date& as_of,
                        const std::string& user) {
  require_not_deleted(m);
  const std::string day = event_date(date, as_of, "date").iso();
  if (m.done_on) throw rejected(trf("milestone {} is already done (on {})", m.id, *m.done_on));
  require_not_archived(*find_project(db, m.project_code), N_("milestone changes"));
  mark_milestone_done(db, m, day, user);
}

void reschedule_milestone(Database& db, const Milestone& m, const std::string& due, const std::string& reason,
                          const Date& as_of, const std::string& user) {
  require_not_deleted(m);
  if (m.done_on)
    throw rejected(trf("milestone {} was done on {}; a reached milestone keeps its date", m.id, *m.done_on));
  if (m.due == due) throw rejected(trf("milestone {} is already due on {}", m.id, due));
  require_not_archived(*find_project(db, m.project_code), N_("milestone changes"));
  move_milestone(db, m, due, reason, as_of.iso(), user);
}

}  // namespace keyproj
