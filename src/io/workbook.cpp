#include "io/workbook.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>

#include "io/workbook_signature.h"
#include "io/xml_parser.h"
#include "util/error.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// A file that is no zip is refused before minizip calls it damaged.
const std::string& checked(const std::string& path) {
  switch (file_signature(path)) {
    case FileSignature::Zip: return path;
    case FileSignature::OldOrEncrypted: throw rejected(ole_refusal(path));
    case FileSignature::Other: break;
  }
  throw rejected(trf("{} is not an xlsx workbook (it is no zip file); save it from Excel or WPS as .xlsx", path));
}

struct SheetEntry {
  std::string name;
  std::string relation;
};

class WorkbookHandler : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    if (name == "workbookPr") {
      const char* d = xml_attribute(attrs, "date1904");
      if (d && (std::string_view(d) == "1" || std::string_view(d) == "true")) dates = DateSystem::From1904;
    } else if (name == "sheet") {
      const char* n = xml_attribute(attrs, "name");
      const char* id = xml_attribute(attrs, "id");  // r:id
      if (n && id) sheets.push_back(SheetEntry{n, id});
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  std::vector<SheetEntry> sheets;
  DateSystem dates = DateSystem::From1900;
};

class RelationsHandler : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    const char* id = xml_attribute(attrs, "Id");
    const char* type = xml_attribute(attrs, "Type");
    const char* target = xml_attribute(attrs, "Target");
    // Worksheets only: a chart sheet holds no rows.
    if (!id || !type || !target || !std::string_view(type).ends_with("/worksheet")) return;
    std::string t = target;
    t = t.starts_with('/') ? t.substr(1) : "xl/" + t;
    targets[id] = t;
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  std::map<std::string, std::string> targets;
};

template <typename Handler>
Handler parsed(ZipArchive& zip, const std::string& part, const std::string& what) {
  Handler handler;
  XmlParser parser(handler, what);
  zip.read(part, [&](std::string_view piece) {
    parser.feed(piece);
    return true;
  });
  parser.finish();
  return handler;
}

// The file's size, or 0 when it cannot be had (checked() then says why it cannot be read).
std::uintmax_t size_on_disk(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  return ec ? 0 : size;
}

}  // namespace

std::size_t inflate_budget(std::uintmax_t file_bytes) {
  const std::uintmax_t most = std::numeric_limits<std::size_t>::max() / Workbook::kInflateRatio;
  const std::uintmax_t scaled = std::min(file_bytes, most) * Workbook::kInflateRatio;
  return static_cast<std::size_t>(std::max<std::uintmax_t>(scaled, Workbook::kMinInflateBudget));
}

Workbook::Workbook(const std::string& path) : Workbook(path, inflate_budget(size_on_disk(path))) {}

Workbook::Workbook(const std::string& path, std::size_t budget) : path_(path), zip_(checked(path), budget) {
  const auto book = parsed<WorkbookHandler>(zip_, "xl/workbook.xml", path + " xl/workbook.xml");
  const auto rels = parsed<RelationsHandler>(zip_, "xl/_rels/workbook.xml.rels", path + " xl/_rels/workbook.xml.rels");
  dates_ = book.dates;
  for (const auto& s : book.sheets)
    if (const auto t = rels.targets.find(s.relation); t != rels.targets.end()) sheets_.push_back(SheetPart{s.name, t->second});
  if (zip_.has("xl/sharedStrings.xml"))
    strings_ = read_shared_strings(
        [&](const std::function<void(std::string_view)>& feed) {
          zip_.read("xl/sharedStrings.xml", [&](std::string_view piece) {
            feed(piece);
            return true;
          });
        },
        path + " xl/sharedStrings.xml");
  if (zip_.has("xl/styles.xml")) styles_ = read_styles(zip_.read_all("xl/styles.xml"), path + " xl/styles.xml");
}

void Workbook::rows(std::size_t index, const std::function<bool(SheetRow&&)>& sink, bool merges) {
  const SheetPart& sheet = sheets_.at(index);
  const std::string what = trf("{} sheet {}", path_, sheet.name);
  std::vector<CellRange> merged;
  // A sheet that does not hold the word has no merged cells, and is spared the full parse that
  // finding them takes (a sheet of data, as most are).
  if (merges && zip_.contains(sheet.part, "mergeCell")) {
    MergeScan scan(what);
    zip_.read(sheet.part, [&](std::string_view piece) {
      scan.feed(piece);
      return true;
    });
    merged = scan.finish();
  }
  bool more = true;
  SheetXml xml(strings_, styles_, std::move(merged), [&](SheetRow&& row) {
    if (more) more = sink(std::move(row));
  }, what);
  zip_.read(sheet.part, [&](std::string_view piece) {
    xml.feed(piece);
    return more;
  });
  if (more) xml.finish();
}

}  // namespace keyproj
