#pragma once
// The columns of every kind of record that export writes and import reads: one table per
// kind, used both ways, so that whatever export writes, import reads back. A column is named
// in a file by its key (the English CSV header and JSON key), by the Chinese header that
// `--lang zh` writes, by its English label, or by a short alias (`code`, `name`, `progress`,
// `invested`, `date`) that a hand-made dispatch sheet (调度表) may use.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/money_unit.h"
#include "output/row_writer.h"

namespace keyproj {

// Overdue is export only: its rows are computed from the others.
enum class What { Projects, Milestones, Updates, Owners, Plans, Overdue, Problems, Templates, Leaders };

// Error(Usage) naming the choices; `overdue` only when `exporting`.
What parse_what(std::string_view text, bool exporting);
std::string_view what_name(What w);                      // "projects"
std::string what_label(What w);                          // "projects", 项目 under --lang zh

struct Field {
  std::string key;       // CSV header and JSON key: "budget_yuan"
  std::string label_en;  // "Budget"
  std::string label_zh;  // "计划总投资": the header with --lang zh
  std::vector<std::string> aliases;
  Align align = Align::Left;
  // Derived facts (a sum, a count, the latest report) are written by export for the reader;
  // import accepts the column and leaves the fact to be derived again.
  bool derived = false;
  bool shrinkable = false;  // in a table (the overdue list), may be cut to fit the terminal
  bool money = false;       // yuan; its header may name the unit of the bare numbers under it
  bool lines = false;       // free text that may run over several lines (util/field_text.h)
  bool contact = false;     // personal data (a leader's phone): written only with --contacts
  bool share = false;       // a fraction (0.25 is 25%), shown as a percentage in a workbook
  bool date = false;        // a day, a month or a year: a sheet's bare number is no date
  // A column of the dispatch template only (exchange/dispatch_template.h): what a county reads
  // beside the cells it fills in. Import reads past it; an export of the kind does not write it.
  bool sheet_only = false;
};

// What a header says of its column: the field it names and, for money, the unit of the bare
// numbers under it: 元 for the key and the English names (budget_yuan, budget), the unit its
// bracket names (本期完成投资（万元）), none for a Chinese name without one (本期完成投资).
// `problem` is set for a known column given a unit it cannot have (本期完成投资（美元）,
// 项目名称（万元）): such a column is refused, never ignored.
struct HeaderMatch {
  std::size_t field = 0;
  std::optional<MoneyUnit> unit;
  std::string problem;
};

// One kind's columns. An import looks its table up once and hands it to the reader of the
// file and to every row, so that each reader (CSV, JSON, any later one) matches headers and
// finds values the same way.
struct ColumnTable {
  What what;
  const std::vector<Field>& fields;

  // The index of the field called `key` (a programming error when it is missing).
  std::size_t index(std::string_view key) const;
  // The field a header names, by key, label or alias. Matching ignores ASCII case, spaces,
  // the difference between full-width and half-width brackets, and a bracketed unit:
  // "形象进度（%）" = "形象进度(%)" = "形象进度"; "本月" reads as "本期", as sheets write both.
  std::optional<HeaderMatch> match(std::string_view header) const;
  std::optional<std::size_t> find(std::string_view header) const;  // match(header)->field
  // A column sheets carry that names nothing to record (序号, the row's number): skipped.
  static bool ignored(std::string_view header);
};

const ColumnTable& column_table(What w);

const std::vector<Field>& fields_of(What w);  // column_table(w).fields
std::size_t field_index(What w, std::string_view key);  // column_table(w).index(key)
std::optional<std::size_t> find_field(What w, std::string_view header);  // column_table(w).find(header)

// The columns as the row writers take them; the contact columns only with `contacts`.
std::vector<Column> output_columns(What w, bool contacts = false);
// A row of all w's fields (export_rows.h) cut to output_columns(w, contacts).
std::vector<Cell> output_cells(What w, std::vector<Cell> cells, bool contacts);

}  // namespace keyproj
