// An owners row: added by name, or its kind and contact changed where the row gives them.

#include "exchange/import_rows.h"
#include "store/owners.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void import_owner_row(Database& db, RowValues& row, const ImportOptions& options, ImportResult& result) {
  const auto name = row.word("name");
  const auto kind = row.word("kind");
  const auto contact = row.text("contact");
  if (!name) row.fail("name", trf("{} is empty; every owner needs its name", row.name("name")));
  if (kind && *kind != "unit" && *kind != "enterprise")
    row.fail("kind", trf("{} {} is not known; use unit or enterprise", row.name("kind"), quote(*kind)));
  if (!row.ok()) return;

  const auto existing = find_owner(db, *name);
  if (!existing) {
    Owner o;
    o.name = *name;
    o.kind = kind;
    o.contact = contact;
    add_owner(db, o, options.user);
    result.changes.push_back(trf("add owner {}", *name));
    ++result.added;
    return;
  }
  auto shown = [](const Text& t) { return t ? *t : std::string("—"); };
  const auto fields = edit_owner(db, *existing, kind, contact, options.user);
  if (fields.empty()) {
    ++result.unchanged;
    return;
  }
  std::string what;
  for (const auto& f : fields)
    what += (what.empty() ? "" : "; ") + f + " " + (f == "kind" ? shown(existing->kind) + " → " + *kind
                                                                 : shown(existing->contact) + " → " + *contact);
  result.changes.push_back(trf("change owner {}: {}", *name, what));
  ++result.changed;
}

}  // namespace keyproj
