#pragma once
// What the tracking commands record, with every rule they check, for the commands and for
// import alike: `log` and an updates import both call log_report, so an imported report
// obeys exactly the rules a typed one does. Each writes nothing when a rule refuses.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/model.h"
#include "domain/stage_move.h"
#include "store/database.h"
#include "store/report_appender.h"
#include "util/date.h"

namespace keyproj {

struct LogRequest {
  // progress_pct, invested_yuan, note, blocker and author; reported_on, project_id and stage
  // are set by log_report.
  ProgressUpdate update;
  std::optional<Date> date;    // the day reported on; the as-of date when not given
  std::optional<Stage> stage;  // the stage the report gives, if any
  bool force = false;          // a backward move, with a reason
  std::optional<std::string> reason;  // for a backward move; for a correction, why (required)
  std::size_t source_line = 0;  // where an import read it, to place a refusal by the database
  // A correction of this report (`log --correct ID`, an import's `corrects` column): the
  // values given replace the corrected report's, the ones left out are copied from it, and
  // it keeps that report's date (a date given must be that one).
  std::optional<std::int64_t> corrects;
  // A genuinely second report of the same project and day (--again). Without it such a
  // report is refused: the same month must never count twice.
  bool again = false;
  // Whether the day has a report already, when the caller asked the day's reports itself (an
  // import checks each row's day first): with `again`, log_report need not ask them again.
  std::optional<bool> day_has_report;
};

struct LogOutcome {
  std::int64_t id = 0;
  std::optional<StageMove> move;  // when the report gave a stage
  std::int64_t invested_total = 0;  // the project's total once the report is in
  std::optional<ProgressUpdate> corrected;  // for a correction: the report in force it replaces
  ProgressUpdate report;  // for a correction: what it recorded, the values left out copied in
};

// A progress report on `p`: its date may not be after `as_of`, an archived project takes
// none, a day that already has a report of `p` takes no second one unless `again` (the
// refusal names that report and the two ways on), a stage moves by the stage machine, the
// invested total must stay countable. The
// report records the stage the project is in once it is taken. `user` authors the move.
// Once it is recorded, `p` says where the project stands (its stage, its invested total), so
// that an import checks its next row on the project without reading it again. Its blocker is
// raised as a problem (raise_blocker_problems, store/problems.h).
LogOutcome log_report(Database& db, ProjectStanding& p, LogRequest request, const Date& as_of, const std::string& user);
// The same, the report held in `reports` to be written with others (an import's); it is in
// the database once `reports` is flushed, and its blocker is a problem once the caller has
// raised the blockers of its reports (raise_blocker_problems), all at once. A correction is written at once (it reads the
// report it corrects, which may be held).
//
// A correction names a report of `p` that is in force (a corrected one is refused, naming the
// correction to correct instead), gives a reason and changes something. Its stage is judged by
// decide_stage_correction (domain/correction.h); the project's total changes by the difference.
LogOutcome log_report(ReportAppender& reports, ProjectStanding& p, LogRequest request, const Date& as_of,
                      const std::string& user);

// The project's reports in force on `date` (held ones included: they are written first).
// Asks the database only for a date on or before the project's latest report.
std::vector<ProgressUpdate> recorded_reports_on(ReportAppender& reports, const ProjectStanding& p,
                                                const std::string& date);
// Error(Rejected) when the project has a report on `date`: its id and the two ways on,
// --correct ID and --again.
void require_no_report_on(ReportAppender& reports, const ProjectStanding& p, const std::string& date);

// The milestone reached on `date` (not after `as_of`); refused when it is already done or its
// project is archived.
void complete_milestone(Database& db, const Milestone& m, const std::optional<Date>& date, const Date& as_of,
                        const std::string& user);

// The milestone's due date moved to `due` for `reason`; refused when it is done, already due
// then, or its project is archived.
void reschedule_milestone(Database& db, const Milestone& m, const std::string& due, const std::string& reason,
                          const Date& as_of, const std::string& user);

}  // namespace keyproj
