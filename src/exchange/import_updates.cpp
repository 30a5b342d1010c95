// An updates row: a progress report appended exactly as `log` appends one (log_report), the
// stage moving by the same rules. A monthly dispatch sheet (调度表) is such a file: one
// import logs a whole month. A row with the id of a report already recorded is that report:
// unchanged when the row agrees with it, refused when not (reports are append-only). A row
// with a `corrects` id is a correction of that report, as `log --correct` records one, with
// the row's `reason` (else the import's --reason).
//
// The same month never counts twice: a row identical to a report recorded on its project and
// day (in the database, or added by an earlier row) is skipped as already recorded, so that a
// sheet imported twice adds nothing; a row for a day that has a different report is refused
// on its line unless --again.

#include "domain/record_rules.h"
#include "domain/user_name.h"
#include "exchange/import_rows.h"
#include "exchange/money_unit.h"
#include "store/projects.h"
#include "store/recording.h"
#include "store/updates.h"
#include "util/money.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// A stage in the dry run's sentences: 在建 under --lang zh.
std::string_view stage_word(Stage s) { return current_language() == Lang::Zh ? stage_name_zh(s) : stage_name(s); }

struct UpdateRow {
  std::optional<std::int64_t> id;
  std::optional<std::string> code, name, date;
  std::optional<Stage> stage;
  std::optional<int> progress;
  std::optional<std::int64_t> invested;
  std::optional<std::string> note, blocker, author;
  std::optional<std::int64_t> corrects;
  std::optional<std::string> reason;
};

UpdateRow read_row(RowValues& row) {
  UpdateRow r;
  r.id = row.id("id");
  r.code = row.word("project_code");
  r.name = row.text("name_zh");
  r.date = row.date("reported_on");
  r.stage = row.stage("stage");
  r.progress = row.percent("progress_pct");
  r.invested = row.money("invested_yuan");
  r.note = row.text("note");
  r.blocker = row.text("blocker");
  r.author = row.word("author");  // cleaned as a word; held to the --user rule besides
  if (r.author) row.check("author", [&] { require_user_name(*r.author, row.name("author")); });
  r.corrects = row.id("corrects");
  r.reason = row.text("reason");
  if (r.reason && r.reason->empty()) r.reason.reset();
  if (!r.code && !r.name)
    row.fail("project_code",
             trf("the row names no project; give its {} or {}", row.name("project_code"), row.name("name_zh")));
  return r;
}

// The fields the row gives that differ from the recorded report, as "field recorded → row".
std::string differences(const UpdateRow& r, const ProgressUpdate& u, const ProjectStanding& p) {
  std::string out;
  auto note = [&](const char* field, const std::string& recorded, const std::string& given) {
    if (recorded != given) out += (out.empty() ? "" : ", ") + std::string(field) + " " + recorded + " → " + given;
  };
  auto shown = [](const auto& v) -> std::string {
    if (!v) return "—";
    if constexpr (std::is_same_v<std::decay_t<decltype(*v)>, std::string>) return *v;
    else return std::to_string(*v);
  };
  if (p.id != u.project_id) note("project", u.project_code, p.code);
  if (r.date) note("reported_on", u.reported_on, *r.date);
  if (r.stage) note("stage", shown(u.stage), std::string(stage_name(*r.stage)));
  if (r.progress) note("progress_pct", shown(u.progress_pct), shown(r.progress));
  if (r.invested) note("invested_yuan", shown(u.invested_yuan), shown(r.invested));
  if (r.note) note("note", shown(u.note), *r.note);
  if (r.blocker) note("blocker", shown(u.blocker), *r.blocker);
  if (r.author) note("author", u.author, *r.author);
  if (r.corrects || u.corrects_id) note("corrects", shown(u.corrects_id), shown(r.corrects));
  if (r.reason) note("reason", shown(u.reason), *r.reason);
  return out;
}

// A row that corrects a report: refusals belong to its `corrects` column (the report it
// names), and a dry run says what the correction changes.
void import_correction(RowValues& row, ProjectStanding& p, LogRequest request, const ImportOptions& options,
                       Standings& standings, ImportResult& result) {
  request.source_line = row.line();
  // The column names the original, as export writes it (a correction of a correction names
  // the same original): the row corrects the report in force of that original.
  standings.reports().flush();
  if (const auto named = find_update(standings.reports().db(), *request.corrects))
    if (const auto in_force = report_in_force(standings.reports().db(), named->corrects_id.value_or(named->id)))
      request.corrects = in_force->id;
  LogOutcome logged;
  if (!row.check("corrects", [&] { logged = log_report(standings.reports(), p, std::move(request), options.as_of,
                                                        options.user); }))
    return;
  if (options.list_changes) {
    const ProgressUpdate& was = *logged.corrected;
    std::string what =
        trf("add report {} for {} on {}, correcting report {}", logged.id, p.code, was.reported_on, was.id);
    if (logged.report.invested_yuan != was.invested_yuan)
      what += trf(": {} → {}, total {}", format_wan(was.invested_yuan.value_or(0)),
                  format_wan(logged.report.invested_yuan.value_or(0)), format_wan(logged.invested_total));
    if (logged.move)
      what += trf(": stage {} → {}", stage_word(logged.move->from), stage_word(logged.move->to));
    result.changes.push_back(what);
  }
  ++result.added;
}

// Whether the row says what the recorded report says: every value it gives, and no value
// the report has and the row leaves out. A row without a stage matches any: a report records
// the stage its project was in, given or not.
bool same_report(const UpdateRow& r, const ProgressUpdate& u) {
  return (!r.stage || u.stage == stage_name(*r.stage)) && r.progress == u.progress_pct &&
         r.invested == u.invested_yuan && r.note == u.note && r.blocker == u.blocker;
}

}  // namespace

namespace {

// A row that gives none of what a report says (a dispatch template's row a county left empty)
// is no report: the project did not report that month.
bool reports_nothing(const UpdateRow& r) {
  return !r.id && !r.corrects && !r.stage && !r.progress && !r.invested && !r.note && !r.blocker;
}

}  // namespace

void import_update_row(Database& db, RowValues& row, const ImportOptions& options, Standings& standings,
                       ImportResult& result) {
  UpdateRow r = read_row(row);  // its text is moved into the report below
  if (!row.ok()) return;
  const char* project_key = r.code ? "project_code" : "name_zh";
  ProjectStanding* p = nullptr;
  if (r.code) {
    p = standings.find(*r.code);
    if (!p) row.fail("project_code", trf("{} {} is not the code of any project", row.name("project_code"), quote(*r.code)));
  } else {
    row.check("name_zh", [&] { p = standings.find(resolve_project(db, *r.name).code); });
  }
  if (!row.ok()) return;
  if (reports_nothing(r)) {
    ++result.blank;
    return;
  }

  if (r.id) {
    // The report of that id may be one this file added and not yet written.
    if (standings.reports().holds(*r.id)) standings.reports().flush();
    if (const auto recorded = find_update(db, *r.id)) {
      const std::string diff = differences(r, *recorded, *p);
      if (diff.empty()) ++result.unchanged;
      else
        row.fail("id", trf("report {} is recorded with other values ({}); reports are never edited: leave the id out "
                           "and give the row a {} column naming it to correct it",
                           *r.id, diff, row.name("corrects")));
      return;
    }
  }

  std::optional<bool> day_has_report;
  if (!r.corrects) {
    // A row without a date reports on the as-of date, as log does.
    const std::string day = r.date ? *r.date : options.as_of.iso();
    const auto there = recorded_reports_on(standings.reports(), *p, day);
    day_has_report = !there.empty();
    for (const ProgressUpdate& u : there) {
      if (!same_report(r, u)) continue;
      if (options.list_changes) {
        result.changes.push_back(trf("already recorded as report {}: {} on {}", u.id, p->code, day));
        result.reported.push_back(ReportedRow{p->id, day, r.invested});
      }
      ++result.already;
      return;
    }
    if (!there.empty()) {
      if (!options.again)
        row.fail("reported_on", trf("{} already has report {} on {} with other values; give the row a {} column naming "
                                    "it to correct it, or import with --again for a second report that day",
                                    p->code, there.front().id, day, row.name("corrects")));
    }
  }

  LogRequest request;
  ProgressUpdate& u = request.update;
  u.progress_pct = r.progress;
  u.invested_yuan = r.invested;
  u.note = std::move(r.note);
  u.blocker = std::move(r.blocker);
  u.author = r.author ? std::move(*r.author) : options.user;
  if (r.date) request.date = parse_date(*r.date, "date");
  request.stage = r.stage;
  request.force = options.force;
  request.reason = options.reason;
  // The day was checked above, as log_report would check it, with the row's own sentence.
  request.again = true;
  request.day_has_report = day_has_report;
  if (r.corrects) {
    request.corrects = r.corrects;
    if (r.reason) request.reason = std::move(r.reason);
    import_correction(row, *p, std::move(request), options, standings, result);
    return;
  }
  if (r.reason)
    row.fail("reason", trf("{} is the reason of a correction; this row corrects no report (give its {})",
                           row.name("reason"), row.name("corrects")));
  // log_report checks all of these again; asking the same rules first puts each refusal in
  // the column it concerns.
  row.check("reported_on", [&] { event_date(request.date, options.as_of, row.name("reported_on")); });
  row.check(project_key, [&] { require_not_archived(*p, "more reports"); });
  if (r.stage) row.check("stage", [&] { decide_project_move(*p, *r.stage, options.force, options.reason); });
  if (!row.ok()) return;
  request.source_line = row.line();
  const LogOutcome logged = log_report(standings.reports(), *p, request, options.as_of, options.user);

  if (options.list_changes) {
    const std::string day = event_date(request.date, options.as_of, "date").iso();
    result.reported.push_back(ReportedRow{p->id, day, r.invested});
    std::string what = trf("add report {} for {} on {}", logged.id, p->code, day);
    // The amount as the officer's sheet counts it, and what it does to the project's total:
    // a unit misread shows here as a total a hundred or ten thousand times too large.
    if (r.invested)
      what += trf(": {}, total {} → {}", format_wan(*r.invested), format_wan(logged.invested_total - *r.invested),
                  format_wan(logged.invested_total));
    if (logged.move && logged.move->changed)
      what += trf(": stage {} → {}", stage_word(logged.move->from), stage_word(logged.move->to));
    result.changes.push_back(what);
  }
  ++result.added;
  if (r.invested && p->budget_yuan && logged.invested_total > *p->budget_yuan && standings.first_overrun(p->id)) {
    const MoneyPair shown = format_money_pair(logged.invested_total, *p->budget_yuan);
    result.warnings.add(row.problem(
        "invested_yuan",
        trf("invested total {} of {} is beyond its budget of {}; the report is recorded", shown.first, p->code, shown.second)));
  }
}

}  // namespace keyproj
