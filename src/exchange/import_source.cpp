#include "exchange/import_source.h"

#include <fstream>
#include <memory>

#include "exchange/sheet_records.h"
#include "io/atomic_file.h"
#include "io/workbook_signature.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// A workbook read as text would be refused as "not UTF-8" at its first byte: it is named.
void refuse_workbook_as_text(const std::string& path) {
  switch (file_signature(path)) {
    case FileSignature::Zip:
      throw rejected(trf("{} is an xlsx workbook, not CSV or JSON; import it as a workbook (name it .xlsx, or pass "
                         "--format xlsx)",
                         path));
    case FileSignature::OldOrEncrypted: throw rejected(ole_refusal(path));
    case FileSignature::Other: break;
  }
}

// The sheet --sheet names: by its name, else by its number from 1.
std::size_t sheet_named(const Workbook& book, const std::string& name) {
  const auto& sheets = book.sheets();
  for (std::size_t i = 0; i < sheets.size(); ++i)
    if (sheets[i].name == name) return i;
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos && name.size() < 6) {
    const std::size_t n = std::stoul(name);
    if (n >= 1 && n <= sheets.size()) return n - 1;
  }
  std::string names;
  for (const auto& s : sheets) names += (names.empty() ? "" : ", ") + s.name;
  throw not_found(trf("{} has no sheet {}; its sheets are {} (by name, or by number from 1)", book.path(), quote(name),
                      names));
}

std::vector<ImportSource> workbook_sources(const std::string& path, const SourceOptions& options) {
  if (options.encoding != Encoding::Detect)
    throw usage_error(tr("--encoding is for a CSV file; a workbook's text is Unicode"));
  auto book = std::make_shared<Workbook>(path);
  std::vector<std::size_t> chosen;
  if (options.sheet) {
    chosen.push_back(sheet_named(*book, *options.sheet));
  } else {
    for (std::size_t i = 0; i < book->sheets().size(); ++i) {
      if (sheet_has_header(*book, i, options.what)) chosen.push_back(i);
      else options.warn(trf("{} sheet {}: skipped, no row names a column of {} (choose it with --sheet)", path,
                            book->sheets()[i].name, what_label(options.what)));
    }
    if (chosen.empty())
      throw rejected(trf("{}: no sheet has a row naming the columns of {}; the header row must name them, as export "
                         "writes them",
                         path, what_label(options.what)));
  }
  std::vector<ImportSource> sources;
  for (const std::size_t i : chosen) {
    const RecordSource source{path, book->sheets()[i].name};
    sources.push_back(ImportSource{source, [book, i, options, source](RecordSet& set,
                                                                     const std::function<void(const Record&)>& fn) {
                                     stream_sheet_records(*book, i, source, options.what, options.ignore_unknown, set,
                                                          fn);
                                   }});
  }
  return sources;
}

}  // namespace

std::string source_name(const RecordSource& source) {
  return source.sheet.empty() ? source.file : trf("{} sheet {}", source.file, source.sheet);
}

std::vector<ImportSource> import_sources(const std::string& path, const SourceOptions& options) {
  const FileFormat format = import_format(path, options.format);
  if (format == FileFormat::Xlsx) return workbook_sources(path, options);
  if (options.sheet) throw usage_error(tr("--sheet is for a workbook (.xlsx)"));
  if (format == FileFormat::Json && options.encoding != Encoding::Detect)
    throw usage_error(tr("--encoding is for a CSV file; JSON is UTF-8"));
  refuse_workbook_as_text(path);
  const RecordSource source{path, ""};
  if (format == FileFormat::Csv) {
    // Read and applied record by record: a month of a province's reports never sits in memory.
    return {ImportSource{source, [path, options, source](RecordSet& set, const std::function<void(const Record&)>& fn) {
                           std::ifstream in = open_file(path);
                           stream_csv_records(in, source, options.what, options.ignore_unknown, set, fn,
                                              options.encoding);
                         }}};
  }
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
