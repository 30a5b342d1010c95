// keyproj history PROJECT: every change to the project, its milestones and its reports, oldest
// first: when, who, what, and each field before → after.

#include <ostream>

#include "cli/command.h"
#include "cli/options.h"
#include "output/json_stream.h"
#include "store/history.h"
#include "store/projects.h"
#include "view/change_text.h"
#include "view/history_view.h"

namespace keyproj {
namespace {

void declare(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("project", po::value<std::string>(), "code or a unique part of the name");
  p.add("project", 1);
}

nlohmann::ordered_json parsed(const std::string& text) {
  if (text.empty()) return nullptr;
  auto j = nlohmann::ordered_json::parse(text, nullptr, false);
  return j.is_discarded() ? nlohmann::ordered_json(text) : j;
}

int run(const po::variables_map& args, const Globals& g, Io& io) {
  const std::string which = required_text(args, "project");
  Database db = open_database(g);
  const Project p = resolve_project(db, which);
  if (g.format == Format::Json) {
    JsonStream json(io.out);
    for_each_history(db, p.id, [&](const AuditRow& r) {
      nlohmann::ordered_json j;
      j["at"] = r.at;
      j["user"] = r.user;
      j["entity"] = r.entity;
      j["entity_id"] = r.entity_id ? nlohmann::ordered_json(*r.entity_id) : nlohmann::ordered_json(nullptr);
      j["action"] = r.action;
      j["before"] = parsed(r.before);
      j["after"] = parsed(r.after);
      j["reason"] = r.reason.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.reason);
      if (r.corrects) j["corrects"] = *r.corrects;  // the report in force it replaced
      json.add(j);
    });
    json.finish();
    return 0;
  }
  if (g.format == Format::Csv) {
    // One row per change, with before and after as the audit trail stores them (JSON).
    auto writer = make_row_writer(g.format, io.out,
                                  {{"at", "When", "时间"},
                                   {"user", "Who", "操作人"},
                                   {"entity", "Entity", "对象"},
                                   {"entity_id", "Id", "编号"},
                                   {"action", "Action", "操作"},
                                   {"before", "Before", "修改前"},
                                   {"after", "After", "修改后"},
                                   {"reason", "Reason", "原因"}},
                                  g.style);
    for_each_history(db, p.id, [&](const AuditRow& r) {
      writer->row({r.at, r.user, r.entity, r.entity_id ? Cell(*r.entity_id) : Cell(std::monostate{}), r.action,
                   r.before, r.after, r.reason});
    });
    writer->finish();
    return 0;
  }
  // A table reads best with one line per changed field (and one for the reason), the change's
  // when/who/what on its first.
  auto writer = make_row_writer(g.format, io.out,
                                {{"at", "When", "时间"},
                                 {"user", "Who", "操作人"},
                                 {"what", "What", "对象"},
                                 {"change", "Change", "变更"}},
                                g.style);
  const std::string reason_label = g.style.lang == Lang::Zh ? "原因：" : "reason: ";
  for_each_history(db, p.id, [&](const AuditRow& r) {
    auto pieces = stored_change_pieces(r.before, r.after);
    if (!r.reason.empty()) pieces.push_back(reason_label + r.reason);
    if (pieces.empty()) pieces.emplace_back();
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (i == 0) writer->row({r.at_local, r.user, history_what(r), pieces[i]});
      else writer->row({std::string(), std::string(), std::string(), pieces[i]});
    }
  });
  writer->finish();
  return 0;
}

}  // namespace

extern const Command history_command{"history", "PROJECT",
                                     "every change to a project, its milestones and reports, oldest first", declare,
                                     run};

}  // namespace keyproj
