#pragma once
// Rows out in the three formats every listing offers. CSV and JSON are written as each row
// arrives, so memory stays flat however many rows there are; a table has to see its rows
// before it knows its column widths, so it holds them until finish().

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/translate.h"

namespace keyproj {

// Xlsx is a workbook file: only a command given `--out FILE` writes it (output/xlsx_writer.h).
// Ics is a calendar (output/ics_writer.h): only `export --what milestones` writes it.
enum class Format { Table, Csv, Json, Xlsx, Ics };

struct MoneyCell {
  std::int64_t yuan;
};
// A cell: missing (null), a number, money (integer yuan), or text.
using Cell = std::variant<std::monostate, std::int64_t, double, MoneyCell, std::string>;

enum class Align { Left, Right };

// What a column holds, for a workbook laid out for people to read (output/xlsx_writer.h):
// money shown in 万元, a date (YYYY-MM-DD text) as an Excel date, a share (0.25) as 25.00%.
// The other formats write the cells as they are.
enum class Kind { Plain, Money, Date, Share };

struct Column {
  std::string key;       // CSV header (English) and JSON key
  std::string label_en;  // table header
  std::string label_zh;  // table header, and CSV header with --lang zh
  Align align = Align::Left;
  bool shrinkable = false;  // may be cut with "…" to fit the terminal
  // For a table on a colour terminal: the SGR code ("31") to show a cell's text in, or "" for
  // none. Padding is added outside the colour, so columns still line up.
  std::string_view (*paint)(std::string_view text) = nullptr;
  Kind kind = Kind::Plain;
};

// `c` with its kind set, for the columns a workbook types.
inline Column of_kind(Column c, Kind kind) {
  c.kind = kind;
  return c;
}

struct TableStyle {
  // Columns available, a long name being cut to fit; none for a pipe or a file (unless COLUMNS
  // says otherwise) and with --wide: then nothing is cut.
  std::optional<std::size_t> width;
  bool color = false;       // lights in colour (a terminal without NO_COLOR)
  Lang lang = Lang::En;
};

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void row(const std::vector<Cell>& cells) = 0;
  virtual void finish() = 0;
};

// Error(Usage) for Format::Xlsx, which needs a file rather than a stream, and Format::Ics,
// which holds events rather than rows.
std::unique_ptr<RowWriter> make_row_writer(Format format, std::ostream& out, std::vector<Column> columns,
                                           const TableStyle& style);

// How a cell reads in a table: money in 万元/亿元, missing facts as "—".
std::string cell_text(const Cell& c);

// A row as a JSON object keyed by the columns' keys, as `--format json` prints it: money in
// yuan, an empty cell null.
nlohmann::ordered_json json_row(const std::vector<Column>& columns, const std::vector<Cell>& cells);

// RFC 4180 quoting of one CSV field.
std::string csv_field(std::string_view s);

}  // namespace keyproj
