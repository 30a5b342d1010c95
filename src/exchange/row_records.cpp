#include "exchange/row_records.h"

#include <algorithm>

#include "exchange/record_readers.h"
#include "io/csv_reader.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

RowRecords::RowRecords(const ColumnTable& table, bool ignore_unknown, RowRules rules, RecordSet& set,
                       const std::function<void(const Record&)>& fn)
    : table_(table), ignore_unknown_(ignore_unknown), rules_(rules), set_(set), fn_(fn) {}

bool names_a_column(const ColumnTable& table, const std::vector<std::string>& fields) {
  for (const auto& cell : fields) {
    const std::string name = trimmed(cell);
    if (!name.empty() && !ColumnTable::ignored(name) && table.match(name)) return true;
  }
  return false;
}

void RowRecords::operator()(TableRow&& row) {
  if (!header_) {
    if (rules_.find_header && !names_a_column(table_, row.fields)) return;  // a title or a note above the header
    header_ = std::move(row);
    if (header_->merged_to <= header_->line) take_header();
    return;
  }
  if (!header_done_) {
    if (row.line <= header_->merged_to) {
      // A lower row of the header: its cells name the columns under a group title.
      if (header_->fields.size() < row.fields.size()) header_->fields.resize(row.fields.size());
      for (std::size_t c = 0; c < row.fields.size(); ++c)
        if (!blank(row.fields[c])) header_->fields[c] = std::move(row.fields[c]);
      return;
    }
    take_header();
  }
  take_row(row);
}

void RowRecords::finish() {
  if (!header_) {
    if (rules_.find_header)
      throw rejected(trf("no row names a column of {}; the header row must name them, as export writes them",
                         what_label(table_.what)));
    throw rejected(tr("line 1: the file is empty; its first line must name the columns"));
  }
  if (!header_done_) take_header();
  for (std::size_t c = 0; c < header_->fields.size(); ++c)
    if (unnamed_used_[c] && !ignore_unknown_)
      header_problem(c, "", tr("the column has values but no header; name it or delete it"));
  sort_by_place(set_.errors);
}

void RowRecords::header_problem(std::size_t c, std::string header, std::string text) {
  set_.errors.push_back(ImportProblem{set_.source.file, set_.source.sheet, header_->line, column_letter(c),
                                      std::move(header), std::move(text)});
}

void RowRecords::take_header() {
  header_done_ = true;
  if (rules_.ragged)
    while (!header_->fields.empty() && blank(header_->fields.back())) header_->fields.pop_back();
  const auto& names = header_->fields;
  // Which field each column holds; columns with no field (ignored, or in error) are skipped.
  field_of_.assign(names.size(), std::nullopt);
  unnamed_.assign(names.size(), false);
  unnamed_used_.assign(names.size(), false);
  std::vector<std::optional<std::size_t>> column_of(table_.fields.size());
  std::vector<std::optional<MoneyUnit>> unit_of(names.size());
  for (std::size_t c = 0; c < names.size(); ++c) {
    const std::string name = trimmed(names[c]);
    if (name.empty()) {
      unnamed_[c] = true;
      continue;
    }
    if (ColumnTable::ignored(name)) continue;
    const auto m = table_.match(name);
    if (!m) {
      if (!ignore_unknown_) header_problem(c, name, unknown_column(table_, name));
      else set_.ignored.push_back(trf("{} (column {})", quote(name), column_letter(c)));
      continue;
    }
    if (!m->problem.empty()) {
      header_problem(c, name, m->problem);
      continue;
    }
    const std::optional<std::size_t> f = m->field;
    unit_of[c] = m->unit;
    if (column_of[*f]) {
      header_problem(c, name, trf("{} names the same column as {} in column {}; keep one of them", quote(name),
                                  quote(names[*column_of[*f]]), column_letter(*column_of[*f])));
      continue;
    }
    column_of[*f] = c;
    field_of_[c] = f;
    set_.present[*f] = true;
  }
  auto layout = empty_layout(table_, set_.source);
  for (std::size_t c = 0; c < names.size(); ++c) {
    if (!field_of_[c]) continue;
    layout->names[*field_of_[c]] = trimmed(names[c]);
    layout->columns[*field_of_[c]] = column_letter(c);
    layout->units[*field_of_[c]] = unit_of[c];
  }
  layout_ = std::move(layout);
}

// A sheet's row may run past the header: its columns there have no header.
void RowRecords::widen(std::size_t columns) {
  if (columns <= header_->fields.size()) return;
  header_->fields.resize(columns);
  field_of_.resize(columns);
  unnamed_.resize(columns, true);
  unnamed_used_.resize(columns, false);
}

void RowRecords::take_row(TableRow& row) {
  bool all_blank = true;
  for (const auto& v : row.fields) all_blank = all_blank && blank(v);
  if (all_blank) return;
  if (rules_.ragged) {
    widen(row.fields.size());
    row.fields.resize(header_->fields.size());
  }
  const std::size_t columns = header_->fields.size();
  for (std::size_t c = 0; c < row.fields.size() && c < columns; ++c)
    if (unnamed_[c] && !blank(row.fields[c])) unnamed_used_[c] = true;
  if (row.fields.size() != columns) {
    const std::size_t at = std::min(row.fields.size(), columns);
    set_.errors.push_back(ImportProblem{set_.source.file, set_.source.sheet, row.line, column_letter(at), "",
                                        trf("{} fields where the header has {}; a value holding a comma must be in "
                                            "double quotes",
                                            row.fields.size(), columns)});
    return;
  }
  Record rec = empty_record(row.line, layout_);
  bool ok = true;
  for (std::size_t c = 0; c < row.fields.size(); ++c) {
    if (!field_of_[c]) continue;
    const std::size_t f = *field_of_[c];
    // The apostrophe export puts before a text that a spreadsheet would take for a formula.
    if (!row.fields[c].empty() && row.fields[c].front() == '\'') row.fields[c].erase(0, 1);
    if (const std::string why = length_refusal(row.fields[c], header_->fields[c]); !why.empty()) {
      set_.errors.push_back(rec.problem(f, why));
      ok = false;
    } else if (c < row.numbers.size() && row.numbers[c] && table_.fields[f].date) {
      set_.errors.push_back(rec.problem(
          f, trf("{} {} is a number, not a date (2026.10 typed into a number cell is 2026.1); format the cell as a "
                 "date or type the date as text, 2026-10-31",
                 trimmed(header_->fields[c]), quote(row.fields[c]))));
      ok = false;
    } else if (!blank(row.fields[c])) {
      rec.values[f] = trimmed(row.fields[c]);
    }
  }
  if (ok) fn_(rec);
}

}  // namespace keyproj
