#include "domain/record_words.h"

#include "util/translate.h"

namespace keyproj {

// Each word is written out in its trc() call, so that scripts/update-po finds it with its context.
std::string_view date_source_shown(std::string_view s) {
  if (s == "stated") return trc("date source", "stated");
  if (s == "plan") return trc("date source", "plan");
  if (s == "officer") return trc("date source", "officer");
  if (s == "stage") return trc("date source", "stage");
  return s;
}

std::string_view entity_shown(std::string_view e) {
  if (e == "project") return trc("history entity", "project");
  if (e == "milestone") return trc("history entity", "milestone");
  if (e == "owner") return trc("history entity", "owner");
  if (e == "setting") return trc("history entity", "setting");
  if (e == "annual_plan") return trc("history entity", "annual_plan");
  if (e == "report" || e == "progress_update") return trc("history entity", "report");
  return e;
}

std::string_view action_shown(std::string_view a) {
  if (a == "create") return trc("history action", "create");
  if (a == "edit") return trc("history action", "edit");
  if (a == "seed") return trc("history action", "seed");
  if (a == "stage") return trc("history action", "stage");
  if (a == "archive") return trc("history action", "archive");
  if (a == "unarchive") return trc("history action", "unarchive");
  if (a == "done") return trc("history action", "done");
  if (a == "move") return trc("history action", "move");
  if (a == "reopen") return trc("history action", "reopen");
  if (a == "delete") return trc("history action", "delete");
  if (a == "rename") return trc("history action", "rename");
  if (a == "merge") return trc("history action", "merge");
  if (a == "remove") return trc("history action", "remove");
  if (a == "log") return trc("history action", "log");
  if (a == "correct") return trc("history action", "correct");
  return a;
}

}  // namespace keyproj
