#include "cli/output_file.h"

#include <cctype>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "cli/options.h"
#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

std::string_view format_word(Format f) {
  switch (f) {
    case Format::Csv: return "csv";
    case Format::Json: return "json";
    case Format::Xlsx: return "xlsx";
    case Format::Ics: return "ics";
    case Format::Table: break;
  }
  return "table";
}

}  // namespace

void declare_out_option(po::options_description& o) {
  o.add_options()("out", po::value<std::string>(),
                  tr("file to write (else stdout); a name ending in .xlsx is an Excel workbook, .csv CSV, .json JSON"));
}

std::optional<Format> extension_format(const std::string& out) {
  std::string ext = std::filesystem::path(out).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".xlsx") return Format::Xlsx;
  if (ext == ".json") return Format::Json;
  if (ext == ".csv") return Format::Csv;
  if (ext == ".ics") return Format::Ics;
  return std::nullopt;
}

Format output_format(const Globals& g, const std::optional<std::string>& out, Format fallback) {
  const std::optional<Format> by_name = out ? extension_format(*out) : std::nullopt;
  if (g.format == Format::Table) return by_name.value_or(fallback);
  if (by_name && *by_name != g.format)
    throw usage_error(trf("--format {} contradicts --out {}, whose extension names {}; change one of them",
                          format_word(g.format), quote(*out), format_word(*by_name)));
  return g.format;
}

void refuse_database_files(const std::string& out, const std::string& db) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(out, ec);
  const fs::path base = fs::weakly_canonical(db, ec);
  if (target.parent_path() != base.parent_path()) return;
  const std::string name = target.filename().string();
  const std::string db_name = base.filename().string();
  const bool backup = name.starts_with(db_name + ".bak-v") && name.size() > db_name.size() + 6 &&
                      name.find_first_not_of("0123456789", db_name.size() + 6) == std::string::npos;
  if (name == db_name || name == db_name + "-wal" || name == db_name + "-shm" || name == db_name + "-journal" || backup)
    throw usage_error(trf("--out {} is a file of the database {}; give another file to export to", quote(out), db));
}

Output::Output(const po::variables_map& args, const Globals& g)
    : path_(text_option(args, "out")), format_(output_format(g, path_, Format::Table)) {
  if (format_ == Format::Xlsx && !path_) throw usage_error(tr("--format xlsx writes a workbook file; give it with --out FILE"));
  // --format ics is refused before any command runs but export; a file named .ics is refused here.
  if (format_ == Format::Ics)
    throw usage_error(trf("--out {} names a calendar (.ics), which only 'keyproj export --what milestones' writes; "
                          "give another extension",
                          quote(path_.value_or(""))));
  if (path_) refuse_database_files(*path_, database_path(g));
}

AtomicFile& Output::file() {
  if (!file_) file_.emplace(*path_);
  return *file_;
}

std::ostream& Output::stream(Io& io) { return path_ ? file().stream() : io.out; }

std::unique_ptr<RowWriter> Output::rows(Io& io, std::vector<Column> columns, const TableStyle& style,
                                        const SheetLayout& layout) {
  if (format_ == Format::Xlsx) {
    // One sheet per file: a second would be written over the first.
    if (workbook_open_) throw std::logic_error("a second workbook on one --out");
    workbook_open_ = true;
    return make_xlsx_writer(file().temp_path(), *path_, layout, std::move(columns));
  }
  TableStyle plain = style;
  if (path_) {
    plain.width.reset();
    plain.color = false;
  }
  return make_row_writer(format_, stream(io), std::move(columns), plain);
}

void Output::commit() {
  if (file_) file_->commit();
}

}  // namespace keyproj
