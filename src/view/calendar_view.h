#pragma once
// The calendar of `export --format ics`: a project's open milestones, approval nodes and problem
// deadlines as all-day events (output/ics_writer.h), in the words of --lang.
//
// An event's UID is the region's code, the project's code, the record's table (milestone or
// problem: an approval node is a milestone row) and its id: the same item gets the same UID in
// every export, so a calendar that imports the file again updates its events rather than
// adding copies. An item closed since an earlier export (a milestone done or deleted, a
// problem resolved) goes out once more as CANCELLED, so that the calendar drops it, for
// kCancelledDays after the day it was closed; after that it is left out, and the file holds
// what is open plus one year of closures rather than growing forever. An item with no due date
// has no day in a calendar and is left out, open or not.

#include <optional>
#include <string>
#include <vector>

#include "domain/model.h"
#include "domain/problem.h"
#include "output/ics_writer.h"
#include "util/date.h"
#include "util/translate.h"

namespace keyproj {

inline constexpr int kCancelledDays = 365;

// Milestone `m` of project `p` as it stood on `as_of` (due, done and deleted as
// store/milestones.h's for_each_calendar_milestone reads them), changed `changes` times since
// it was entered (the event's SEQUENCE); none when it has no due date or was closed more than
// kCancelledDays before `as_of`.
std::optional<IcsEvent> milestone_event(const Project& p, const Milestone& m, int changes, const Date& as_of,
                                        Lang words);

// The deadline of problem `problem` of project `p`, as it stood on `as_of`; none as above.
std::optional<IcsEvent> problem_event(const Project& p, const Problem& problem, int changes, const Date& as_of,
                                      Lang words);

// X-WR-CALNAME: what the calendar holds and the conditions in effect (view/sheet_title.h's
// pieces), without a date, so that the calendar keeps its name from one import to the next:
// "重点项目节点与问题时限（地区 TM）", "Key project milestones and deadlines (region TM)".
// With `kind` (--kind) it holds that kind alone: "重点项目审批节点", "Key project approval nodes".
std::string calendar_name(std::optional<MilestoneKind> kind, const std::vector<std::string>& pieces, Lang words);

}  // namespace keyproj
