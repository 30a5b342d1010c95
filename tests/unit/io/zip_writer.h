#pragma once
// For the workbook tests: a zip written with minizip's own writer, part by part, so that a
// test builds exactly the workbook it reads (a name, a date system, a damaged part).

#include <minizip/zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace keyproj::test {

using Parts = std::vector<std::pair<std::string, std::string>>;  // name, bytes

inline void write_zip(const std::string& path, const Parts& parts) {
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  if (!zip) throw std::runtime_error("cannot create " + path);
  for (const auto& [name, bytes] : parts) {
    zip_fileinfo info{};
    zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1);
    zipWriteInFileInZip(zip, bytes.data(), static_cast<unsigned>(bytes.size()));
    zipCloseFileInZip(zip);
  }
  zipClose(zip, nullptr);
}

// The parts of a workbook of `sheets` (name, sheetData XML), with `book_pr` inside workbookPr.
inline Parts workbook_parts(const std::vector<std::pair<std::string, std::string>>& sheets,
                            const std::string& shared = "", const std::string& book_pr = "") {
  std::string book = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr " +
                     book_pr + "/><sheets>";
  std::string rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  Parts parts;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    // Listed in reverse in the relationships: the workbook's order is the tabs' order.
    book += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels = rels.substr(0, rels.find('>') + 1) + "<Relationship Id=\"rId" + n +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
           "Target=\"worksheets/sheet" + n + ".xml\"/>" + rels.substr(rels.find('>') + 1);
    parts.emplace_back("xl/worksheets/sheet" + n + ".xml",
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                           sheets[i].second + "</worksheet>");
  }
  parts.emplace_back("xl/workbook.xml", book + "</sheets></workbook>");
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
  if (!shared.empty())
    parts.emplace_back("xl/sharedStrings.xml",
                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + shared + "</sst>");
  return parts;
}

}  // namespace keyproj::test
