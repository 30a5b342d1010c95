#include "view/history_view.h"

#include <string_view>
#include <utility>

#include "util/translate.h"

namespace keyproj {
namespace {

// The words of the audit trail (store/audit.h) as the reader's language names them; a word
// keyproj does not know is shown as stored.
std::string entity_word(std::string_view entity) {
  using P = std::pair<std::string_view, const char*>;
  for (const auto& [stored, shown] : {P{"project", trc("history", "project")}, P{"milestone", trc("history", "milestone")},
                                      P{"progress_update", trc("history", "report")}, P{"owner", trc("history", "owner")},
                                      P{"leader", trc("history", "leader")}, P{"template", trc("history", "template")},
                                      P{"annual_plan", trc("history", "annual_plan")}, P{"setting", trc("history", "setting")},
                                      P{"problem", trc("history", "problem")}})
    if (stored == entity) return shown;
  return std::string(entity);
}

std::string action_word(std::string_view action) {
  using P = std::pair<std::string_view, const char*>;
  for (const auto& [stored, shown] :
       {P{"create", trc("history", "create")}, P{"seed", trc("history", "seed")}, P{"edit", trc("history", "edit")},
        P{"stage", trc("history", "stage")}, P{"archive", trc("history", "archive")},
        P{"unarchive", trc("history", "unarchive")}, P{"move", trc("history", "move")}, P{"done", trc("history", "done")},
        P{"reopen", trc("history", "reopen")}, P{"delete", trc("history", "delete")},
        P{"remove", trc("history", "remove")}, P{"log", trc("history", "log")}, P{"correct", trc("history", "correct")},
        P{"escalate", trc("history", "escalate")}, P{"resolve", trc("history", "resolve")}})
    if (stored == action) return shown;
  return std::string(action);
}

}  // namespace

std::string history_what(const AuditRow& r) {
  if (r.corrects) return trf("report {} corrects {}", r.entity_id.value_or(0), *r.corrects);
  std::string what = entity_word(r.entity);
  if (r.entity != "project" && r.entity_id) {
    what += ' ';
    what += std::to_string(*r.entity_id);
  }
  what += ' ';
  return what + action_word(r.action);
}

}  // namespace keyproj
