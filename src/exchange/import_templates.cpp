#include "exchange/import_templates.h"

#include <algorithm>
#include <charconv>

#include "exchange/importer.h"
#include "store/node_templates.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// A yes/no cell as sheets write it; none for any other text.
std::optional<bool> yes_no(const std::string& s) {
  for (const char* yes : {"yes", "是", "1", "true"})
    if (s == yes) return true;
  for (const char* no : {"no", "否", "0", "false"})
    if (s == no) return false;
  return std::nullopt;
}

}  // namespace

std::optional<bool> read_yes_no(RowValues& row, std::string_view key) {
  const auto text = row.word(key);
  if (!text) return std::nullopt;
  const auto value = yes_no(*text);
  if (!value) row.fail(key, trf("{} {} is neither yes nor no", row.name(key), quote(*text)));
  return value;
}

void TemplateRows::add(RowValues& row) {
  const auto name = row.text("template");
  const auto title = row.text("node");
  const auto after = row.text("after");
  const auto days = row.word("days");
  const auto start = read_yes_no(row, "marks_start");
  if (!name) row.fail("template", trf("{} is empty; every node names its template", row.name("template")));
  if (!title) row.fail("node", trf("{} is empty; every node has its title", row.name("node")));
  std::int64_t n = -1;
  if (!days) {
    row.fail("days", trf("{} is empty; every node has its time limit in calendar days", row.name("days")));
  } else {
    const auto [end, ec] = std::from_chars(days->data(), days->data() + days->size(), n);
    if (ec != std::errc() || end != days->data() + days->size() || n < 0 || n > kMaxNodeDays)
      row.fail("days", trf("{} {} is not a time limit from 0 to {} calendar days", row.name("days"), quote(*days),
                           kMaxNodeDays));
  }
  if (!row.ok()) return;
  auto it = std::find_if(read_.begin(), read_.end(), [&](const Read& r) { return r.t.name == *name; });
  if (it == read_.end()) {
    read_.push_back({NodeTemplate{0, *name, {}}, row.line()});
    it = read_.end() - 1;
  }
  it->t.nodes.push_back({*title, after, n, start.value_or(false)});
}

void TemplateRows::save(Database& db, const RecordSource& source, const ImportOptions& options, ImportResult& result) {
  for (const auto& r : read_) {
    try {
      check_template(r.t);
    } catch (const Error& e) {
      result.errors.push_back(ImportProblem{source.file, source.sheet, r.line, "", "", e.what()});
      continue;
    }
    const bool existed = find_template(db, r.t.name).has_value();
    if (!save_template(db, r.t, options.user)) {
      ++result.unchanged;
      continue;
    }
    ++(existed ? result.changed : result.added);
    result.changes.push_back(existed ? trf("change template {}: {} nodes", quote(r.t.name), r.t.nodes.size())
                                     : trf("add template {}: {} nodes", quote(r.t.name), r.t.nodes.size()));
  }
}

}  // namespace keyproj
