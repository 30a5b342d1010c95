#include "store/recording.h"

#include "domain/record_rules.h"
#include "store/milestones.h"
#include "store/projects.h"
#include "store/report_appender.h"
#include "store/updates.h"
#include "util/error.h"
#include "util/money.h"

namespace keyproj {

LogOutcome log_report(ReportAppender& reports, ProjectStanding& p, LogRequest request, const Date& as_of,
                      const std::string& user) {
  ProgressUpdate& u = request.update;
  u.reported_on = event_date(request.date, as_of, "date").iso();
  require_not_archived(p, "more reports");
  LogOutcome out;
  if (request.stage) out.move = decide_project_move(p, *request.stage, request.force, request.reason);
  u.project_id = p.id;
  // Each report records the stage the project is in once the report is taken.
  u.stage = std::string(stage_name(out.move ? out.move->to : p.stage));
  out.invested_total = p.invested_yuan;
  if (u.invested_yuan && __builtin_add_overflow(out.invested_total, *u.invested_yuan, &out.invested_total))
    throw rejected("invested '" + format_money(*u.invested_yuan) + "' would bring the total of " + p.code +
                   " beyond what can be counted");
  // The stage move first: history lists the changes of one instant audit rows first, then
  // reports (store/history.h), so the move reads before the report that carries its stage.
  if (out.move) set_project_stage(reports.db(), p, *out.move, user, request.reason, u.reported_on);
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
  const std::string day = event_date(date, as_of, "date").iso();
  if (m.done_on) throw rejected("milestone " + std::to_string(m.id) + " is already done (on " + *m.done_on + ")");
  require_not_archived(*find_project(db, m.project_code), "milestone changes");
  mark_milestone_done(db, m, day, user);
}

void reschedule_milestone(Database& db, const Milestone& m, const std::string& due, const std::string& reason,
                          const Date& as_of, const std::string& user) {
  const std::string id = std::to_string(m.id);
  if (m.done_on) throw rejected("milestone " + id + " was done on " + *m.done_on + "; a reached milestone keeps its date");
  if (m.due == due) throw rejected("milestone " + id + " is already due on " + due);
  require_not_archived(*find_project(db, m.project_code), "milestone changes");
  move_milestone(db, m, due, reason, as_of.iso(), user);
}

}  // namespace keyproj
