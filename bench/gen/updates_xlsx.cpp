#include "updates_xlsx.h"

#include <stdexcept>

#include "util/date.h"

namespace keyproj::bench {
namespace {

std::string escaped(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Excel's serial day: days since 1899-12-30 (right for every date after February 1900).
std::int64_t serial(const std::string& iso) { return parse_date(iso, "date").days() + 25569; }

constexpr const char* kXmlDeclaration = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr const char* kSheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

std::string sheet_part(int n) { return "worksheets/sheet" + std::to_string(n) + ".xml"; }

std::string content_types(int sheets) {
  std::string xml = kXmlDeclaration;
  xml += R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)";
  for (int n = 1; n <= sheets; ++n)
    xml += "<Override PartName=\"/xl/" + sheet_part(n) + "\" ContentType=\"" + kSheetType + "\"/>";
  xml += R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
         R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)"
         R"(</Types>)";
  return xml;
}

// Sheets 调度1, 调度2, …, each rId N; styles and strings follow them.
std::string workbook(int sheets) {
  std::string xml = kXmlDeclaration;
  xml += R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)";
  for (int n = 1; n <= sheets; ++n) {
    const std::string id = std::to_string(n);
    xml += "<sheet name=\"调度" + id + "\" sheetId=\"" + id + "\" r:id=\"rId" + id + "\"/>";
  }
  return xml + "</sheets></workbook>";
}

std::string workbook_rels(int sheets) {
  const std::string base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string xml = kXmlDeclaration;
  xml += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (int n = 1; n <= sheets; ++n)
    xml += "<Relationship Id=\"rId" + std::to_string(n) + "\" Type=\"" + base + "worksheet\" Target=\"" +
           sheet_part(n) + "\"/>";
  xml += "<Relationship Id=\"rId" + std::to_string(sheets + 1) + "\" Type=\"" + base +
         "styles\" Target=\"styles.xml\"/>";
  xml += "<Relationship Id=\"rId" + std::to_string(sheets + 2) + "\" Type=\"" + base +
         "sharedStrings\" Target=\"sharedStrings.xml\"/>";
  return xml + "</Relationships>";
}
// Style 1: the built-in date format 14 (the short date of the reader's locale).
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="1"><fill><patternFill patternType="none"/></fill></fills>)"
    R"(<borders count="1"><border/></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

}  // namespace

ZipOut::ZipOut(const std::string& path) : zip_(zipOpen64(path.c_str(), APPEND_STATUS_CREATE)), path_(path) {
  if (!zip_) throw std::runtime_error("cannot create " + path);
}

ZipOut::~ZipOut() {
  if (zip_) zipClose(zip_, nullptr);
}

void ZipOut::open_entry(const std::string& name) {
  zip_fileinfo info{};
  info.tmz_date.tm_mday = 1;  // 1980-01-01: a fixed, valid time, so the same portfolio gives the same bytes
  info.tmz_date.tm_year = 1980;
  if (zipOpenNewFileInZip64(zip_, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1) != ZIP_OK)
    throw std::runtime_error("cannot add " + name + " to " + path_);
}

void ZipOut::write(const std::string& bytes) {
  if (zipWriteInFileInZip(zip_, bytes.data(), static_cast<unsigned>(bytes.size())) != ZIP_OK)
    throw std::runtime_error("cannot write " + path_);
}

void ZipOut::close_entry() {
  if (zipCloseFileInZip(zip_) != ZIP_OK) throw std::runtime_error("cannot write " + path_);
}

void ZipOut::finish() {
  const int rc = zipClose(zip_, nullptr);
  zip_ = nullptr;
  if (rc != ZIP_OK) throw std::runtime_error("cannot write " + path_);
}

UpdatesXlsx::UpdatesXlsx(const std::string& path) : zip_(path) {}

void UpdatesXlsx::open_sheet() {
  ++sheets_;
  open_ = true;
  zip_.open_entry("xl/" + sheet_part(sheets_));
  chunk_ = kXmlDeclaration;
  chunk_ += R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
  // The header by the short names import accepts, as in the CSV.
  row_ = 1;
  chunk_ += R"(<row r="1">)";
  char column = 'A';
  for (const char* name : {"code", "date", "stage", "progress", "invested", "note", "blocker", "author"})
    text_cell(column++, name);
  chunk_ += "</row>";
}

void UpdatesXlsx::close_sheet() {
  chunk_ += "</sheetData></worksheet>";
  flush(true);
  zip_.close_entry();
  open_ = false;
}

void UpdatesXlsx::text_cell(char column, const std::string& text) {
  auto [it, added] = index_.try_emplace(text, static_cast<std::int64_t>(strings_.size()));
  if (added) strings_.push_back(&it->first);
  ++uses_;
  chunk_ += "<c r=\"";
  chunk_ += column;
  chunk_ += std::to_string(row_) + "\" t=\"s\"><v>" + std::to_string(it->second) + "</v></c>";
}

void UpdatesXlsx::number_cell(char column, std::int64_t value, bool date) {
  chunk_ += "<c r=\"";
  chunk_ += column;
  chunk_ += std::to_string(row_) + (date ? "\" s=\"1\"><v>" : "\"><v>") + std::to_string(value) + "</v></c>";
}

void UpdatesXlsx::flush(bool force) {
  if (!force && chunk_.size() < (1u << 20)) return;
  zip_.write(chunk_);
  chunk_.clear();
}

void UpdatesXlsx::write(const GenProject& p, const std::vector<GenUpdate>& updates) {
  // A project's reports stay on one sheet.
  if (open_ && row_ - 1 + static_cast<std::int64_t>(updates.size()) > kRowsPerSheet) close_sheet();
  if (!open_) open_sheet();
  for (const GenUpdate& u : updates) {
    ++row_;
    chunk_ += "<row r=\"" + std::to_string(row_) + "\">";
    text_cell('A', p.code);
    number_cell('B', serial(u.reported_on), true);
    text_cell('C', u.stage);
    number_cell('D', u.progress_pct);
    number_cell('E', u.invested_yuan);
    text_cell('F', u.note);
    if (u.blocker) text_cell('G', *u.blocker);
    text_cell('H', u.author);
    chunk_ += "</row>";
    flush();
  }
}

void UpdatesXlsx::finish() {
  if (!open_) open_sheet();
  close_sheet();
  for (const auto& [name, text] : {std::pair{"[Content_Types].xml", content_types(sheets_)},
                                   std::pair{"_rels/.rels", std::string(kRootRels)},
                                   std::pair{"xl/workbook.xml", workbook(sheets_)},
                                   std::pair{"xl/_rels/workbook.xml.rels", workbook_rels(sheets_)},
                                   std::pair{"xl/styles.xml", std::string(kStyles)}}) {
    zip_.open_entry(name);
    zip_.write(text);
    zip_.close_entry();
  }
  zip_.open_entry("xl/sharedStrings.xml");
  chunk_ = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=")" +
           std::to_string(uses_) + "\" uniqueCount=\"" + std::to_string(strings_.size()) + "\">";
  for (const std::string* s : strings_) {
    chunk_ += "<si><t>" + escaped(*s) + "</t></si>";
    flush();
  }
  chunk_ += "</sst>";
  flush(true);
  zip_.close_entry();
  zip_.finish();
}

}  // namespace keyproj::bench
