// The CSV reader of records: the first line names the columns, each later one is a record
// (exchange/row_records.h).

#include <algorithm>
#include <functional>
#include <istream>

#include "exchange/record_readers.h"
#include "exchange/row_records.h"
#include "io/csv_reader.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

RecordSet read_csv_records(std::string_view text, const ColumnTable& table, bool ignore_unknown,
                           const RecordSource& source) {
  RecordSet set = empty_set(table, source);
  const std::function<void(const Record&)> keep = [&](const Record& r) { set.records.push_back(r); };
  RowRecords records(table, ignore_unknown, RowRules{}, set, keep);
  CsvReader reader([&](CsvRecord&& r) { records(TableRow{r.line, std::move(r.fields), {}, r.line}); });
  reader.feed(text);
  reader.finish();
  records.finish();
  return set;
}

void stream_csv_records(std::istream& in, const RecordSource& source, What what, bool ignore_unknown,
                        RecordSet& set, const std::function<void(const Record&)>& fn, Encoding encoding) {
  const ColumnTable& table = column_table(what);
  set = empty_set(table, source);
  RowRecords records(table, ignore_unknown, RowRules{}, set, fn);
  CsvReader reader([&](CsvRecord&& r) { records(TableRow{r.line, std::move(r.fields), {}, r.line}); }, source.file);
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
