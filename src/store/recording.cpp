#include "store/recording.h"

#include "domain/correction.h"
#include "domain/record_rules.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "store/report_appender.h"
#include "store/updates.h"
#include "util/error.h"
#include "util/money.h"

namespace keyproj {

namespace {

std::int64_t add_checked(const ProjectStanding& p, std::int64_t total, const Money& invested) {
  if (invested && __builtin_add_overflow(total, *invested, &total))
    throw rejected("invested '" + format_money(*invested) + "' would bring the total of " + p.code +
                   " beyond what can be counted");
  return total;
}

// The report in force that `request.corrects` names, checked to be one `p` may correct.
ProgressUpdate corrected_report(Database& db, const ProjectStanding& p, const LogRequest& request) {
  const std::string named = "report " + std::to_string(*request.corrects);
  const auto found = find_update(db, *request.corrects);
  if (!found) throw not_found(named + " does not exist; `project show` lists a project's reports with their ids");
  if (found->project_id != p.id)
    throw rejected(named + " is a report of " + found->project_code + ", not of " + p.code);
  const auto in_force = report_in_force(db, found->corrects_id.value_or(found->id));
  if (in_force->id != found->id)
    throw rejected(named + " was corrected by report " + std::to_string(in_force->id) + "; correct report " +
                   std::to_string(in_force->id) + ", the one in force");
  if (request.date && request.date->iso() != found->reported_on)
    throw rejected("date '" + request.date->iso() + "' is not the date of " + named + " (" + found->reported_on +
                   "); a correction keeps the date of the report it corrects");
  if (!request.reason || request.reason->empty())
    throw rejected("a correction of " + named + " needs a reason: say why with --reason TEXT");
  return *in_force;
}

LogOutcome correct_report(ReportAppender& reports, ProjectStanding& p, LogRequest request, const std::string& user) {
  require_not_archived(p, "corrections");
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
    throw rejected("report " + std::to_string(was.id) + " already has these values; a correction changes something");

  const ReportPlace place = report_place(db, was);
  StageCorrection c{std::nullopt, was_stage, to, !place.later};
  if (place.stage_before) c.before = parse_stage(*place.stage_before, "stage");
  try {
    out.move = decide_stage_correction(p, c, request.force, request.reason);
  } catch (const Error& e) {
    throw Error(e.code(), "report " + std::to_string(was.id) + " cannot be corrected to stage " +
                              std::string(stage_name(to)) + ": " + e.what());
  }
  out.invested_total = add_checked(p, p.invested_yuan - was.invested_yuan.value_or(0), u.invested_yuan);
  // The move counts from the corrected report's date, as the move it puts right did.
  if (out.move) set_project_stage(db, p, *out.move, user, request.reason, was.reported_on);
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
  const std::string id = std::to_string(there.front().id);
  throw rejected(p.code + " already has report " + id + " on " + date + "; to put it right, log " + p.code +
                 " --correct " + id + " --reason TEXT; for a second report that day, add --again");
}

LogOutcome log_report(ReportAppender& reports, ProjectStanding& p, LogRequest request, const Date& as_of,
                      const std::string& user) {
  if (request.corrects) return correct_report(reports, p, std::move(request), user);
  ProgressUpdate& u = request.update;
  u.reported_on = event_date(request.date, as_of, "date").iso();
  require_not_archived(p, "more reports");
  LogOutcome out;
  if (request.stage) out.move = decide_project_move(p, *request.stage, request.force, request.reason);
  if (!request.again) require_no_report_on(reports, p, u.reported_on);
  u.project_id = p.id;
  // Each report records the stage the project is in once the report is taken.
  u.stage = std::string(stage_name(out.move ? out.move->to : p.stage));
  out.invested_total = add_checked(p, p.invested_yuan, u.invested_yuan);
  // The stage move first: history lists the changes of one instant audit rows first, then
  // reports (store/history.h), so the move reads before the report that carries its stage.
  if (out.move) set_project_stage(reports.db(), p, *out.move, user, request.reason, u.reported_on);
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
  ReportAppender reports(db);
  const LogOutcome out = log_report(reports, p, std::move(request), as_of, user);
  reports.flush();
  return out;
}

void complete_milestone(Database& db, const Milestone& m, const std::optional<Date>& date, const Date& as_of,
                        const std::string& user) {
  require_not_deleted(m);
  const std::string day = event_date(date, as_of, "date").iso();
  if (m.done_on) throw rejected("milestone " + std::to_string(m.id) + " is already done (on " + *m.done_on + ")");
  require_not_archived(*find_project(db, m.project_code), "milestone changes");
  mark_milestone_done(db, m, day, user);
}

void reschedule_milestone(Database& db, const Milestone& m, const std::string& due, const std::string& reason,
                          const Date& as_of, const std::string& user) {
  require_not_deleted(m);
  const std::string id = std::to_string(m.id);
  if (m.done_on) throw rejected("milestone " + id + " was done on " + *m.done_on + "; a reached milestone keeps its date");
  if (m.due == due) throw rejected("milestone " + id + " is already due on " + due);
  require_not_archived(*find_project(db, m.project_code), "milestone changes");
  move_milestone(db, m, due, reason, as_of.iso(), user);
}

}  // namespace keyproj
