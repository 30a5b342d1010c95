// The CSV reader of records: the first line names the columns, each later one is a record.

#include <algorithm>
#include <functional>
#include <istream>

#include "exchange/record_readers.h"
#include "io/csv_reader.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// The CSV rules, applied to records as the reader delivers them: the first names the columns,
// each later one becomes a Record for `fn`. A column with values but no header is only known
// at the end, and is reported then; finish() puts every problem in its place.
class CsvRecords {
 public:
  CsvRecords(const ColumnTable& table, bool ignore_unknown, RecordSet& set,
             const std::function<void(const Record&)>& fn)
      : table_(table), ignore_unknown_(ignore_unknown), set_(set), fn_(fn) {}

  void operator()(CsvRecord&& row) {
    if (!header_) take_header(std::move(row));
    else take_row(row);
  }

  void finish() {
    if (!header_) throw rejected(tr("line 1: the file is empty; its first line must name the columns"));
    for (std::size_t c = 0; c < header_->fields.size(); ++c)
      if (unnamed_used_[c] && !ignore_unknown_)
        header_problem(c, "", tr("the column has values but no header; name it or delete it"));
    sort_by_place(set_.errors);
  }

 private:
  void header_problem(std::size_t c, std::string header, std::string text) {
    set_.errors.push_back(ImportProblem{set_.source.file, set_.source.sheet, header_->line, column_letter(c),
                                        std::move(header), std::move(text)});
  }

  void take_header(CsvRecord&& header) {
    header_ = std::move(header);
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

  void take_row(CsvRecord& row) {
    bool all_blank = true;
    for (const auto& v : row.fields) all_blank = all_blank && blank(v);
    if (all_blank) return;
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
      } else if (!blank(row.fields[c])) {
        rec.values[f] = trimmed(row.fields[c]);
      }
    }
    if (ok) fn_(rec);
  }

  const ColumnTable& table_;
  bool ignore_unknown_;
  RecordSet& set_;
  const std::function<void(const Record&)>& fn_;
  std::optional<CsvRecord> header_;
  std::shared_ptr<const RecordLayout> layout_;  // the header's, shared by every record
  std::vector<std::optional<std::size_t>> field_of_;
  std::vector<bool> unnamed_;       // columns with no header
  std::vector<bool> unnamed_used_;  // … that hold a value in some row
};

}  // namespace

RecordSet read_csv_records(std::string_view text, const ColumnTable& table, bool ignore_unknown,
                           const RecordSource& source) {
  RecordSet set = empty_set(table, source);
  const std::function<void(const Record&)> keep = [&](const Record& r) { set.records.push_back(r); };
  CsvRecords records(table, ignore_unknown, set, keep);
  CsvReader reader([&](CsvRecord&& r) { records(std::move(r)); });
  reader.feed(text);
  reader.finish();
  records.finish();
  return set;
}

void stream_csv_records(std::istream& in, const RecordSource& source, What what, bool ignore_unknown,
                        RecordSet& set, const std::function<void(const Record&)>& fn, Encoding encoding) {
  const ColumnTable& table = column_table(what);
  set = empty_set(table, source);
  CsvRecords records(table, ignore_unknown, set, fn);
  CsvReader reader([&](CsvRecord&& r) { records(std::move(r)); }, source.file);
  TextDecoder decoder(encoding);
  std::string text;
  // The reader hears what a byte that is not text means once the encoding is decided, which
  // is before any such byte reaches it.
  auto pass = [&] {
    if (decoder.decided() != Encoding::Detect) reader.name_bad_text(decoder.sentence());
    reader.feed(text);
    text.clear();
  };
  std::vector<char> chunk(1 << 16);
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    if (in.gcount() <= 0) continue;
    decoder.feed(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())), text);
    pass();
  }
  if (in.bad()) throw not_found(trf("{} cannot be read to its end", source.file));
  decoder.finish(text);
  pass();
  reader.finish();
  try {
    records.finish();
  } catch (const Error& e) {
    throw Error(e.code(), source.file + " " + e.what());
  }
}

}  // namespace keyproj
