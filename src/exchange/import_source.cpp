#include "exchange/import_source.h"

#include <fstream>

#include "io/atomic_file.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {

std::string source_name(const RecordSource& source) {
  return source.sheet.empty() ? source.file : trf("{} sheet {}", source.file, source.sheet);
}

std::vector<ImportSource> import_sources(const std::string& path, const SourceOptions& options) {
  const FileFormat format = import_format(path, options.format);
  const RecordSource source{path, ""};
  if (format == FileFormat::Csv) {
    // Read and applied record by record: a month of a province's reports never sits in memory.
    return {ImportSource{source, [path, options, source](RecordSet& set, const std::function<void(const Record&)>& fn) {
                           std::ifstream in = open_file(path);
                           stream_csv_records(in, source, options.what, options.ignore_unknown, set, fn,
                                              options.encoding);
                         }}};
  }
  if (options.encoding != Encoding::Detect) throw usage_error(tr("--encoding is for a CSV file; JSON is UTF-8"));
  return {ImportSource{source, [path, options, source](RecordSet& set, const std::function<void(const Record&)>& fn) {
                         const std::string text = read_file(path);
                         try {
                           set = read_records(text, FileFormat::Json, options.what, options.ignore_unknown, source);
                         } catch (const Error& e) {
                           throw Error(e.code(), trf("{} {}", path, e.what()));
                         }
                         for (const Record& r : set.records) fn(r);
                         set.records.clear();
                       }}};
}

}  // namespace keyproj
