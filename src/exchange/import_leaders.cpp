// A leaders row: matched by id (else by a name only one leader has) to change its name, title or
// phone where the row gives them; otherwise added, with the row's id when it has one, so that a
// copy of a database made by export and import keeps the ids its projects' histories name.

#include "exchange/import_rows.h"
#include "store/leaders.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void import_leader_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result) {
  const auto id = row.id("id");
  const auto name = row.word("name");
  const auto title = row.word("title");
  const auto phone = row.text("phone");
  if (!row.ok()) return;

  std::optional<Leader> existing;
  if (id) {
    existing = find_leader(db, *id);
  } else if (name) {
    try {
      existing = resolve_leader(db, *name);
    } catch (const Error& e) {
      if (e.code() != ExitCode::NotFound) row.fail("name", e.what());  // a name several leaders share
    }
  }
  if (!row.ok()) return;
  if (!existing) {
    if (!name) row.fail("name", trf("{} is empty; a new leader needs a name", row.name("name")));
    if (!title) row.fail("title", trf("{} is empty; a new leader needs a title (职务)", row.name("title")));
    if (!row.ok()) return;
    Leader l;
    l.name = *name;
    l.title = *title;
    l.phone = phone;
    std::int64_t added = 0;
    if (!row.check("id", [&] { added = add_leader(db, l, options.user, id); })) return;
    if (options.list_changes) result.changes.push_back(trf("add leader {}: {}, {}", added, l.name, l.title));
    ++result.added;
    return;
  }
  LeaderEdit edit;
  if (name && *name != existing->name) edit.name = *name;
  if (title && *title != existing->title) edit.title = *title;
  if (phone && phone != existing->phone) edit.phone = phone;
  std::vector<std::string> fields;
  if (!row.check("id", [&] { fields = edit_leader(db, *existing, edit, options.user); })) return;
  if (fields.empty()) {
    ++result.unchanged;
    return;
  }
  std::string what;
  for (const auto& f : fields) what += (what.empty() ? "" : ", ") + f;
  if (options.list_changes) result.changes.push_back(trf("change leader {}: {}", existing->id, what));
  ++result.changed;
}

}  // namespace keyproj
