#pragma once
// Filling in a workbook as a county would, without a spreadsheet program: a copy of the zip
// with one member's bytes replaced (minizip), so that a test can type values into the cells
// of the dispatch template keyproj sent and import what comes back.

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <map>
#include <stdexcept>
#include <string>

namespace keyproj::e2e {

// Writes `to`: every member of `from`, those named in `replaced` with the given bytes instead.
inline void copy_workbook(const std::string& from, const std::string& to,
                          const std::map<std::string, std::string>& replaced) {
  unzFile in = unzOpen64(from.c_str());
  if (!in) throw std::runtime_error("cannot open " + from);
  zipFile out = zipOpen64(to.c_str(), APPEND_STATUS_CREATE);
  if (!out) throw std::runtime_error("cannot create " + to);
  for (int rc = unzGoToFirstFile(in); rc == UNZ_OK; rc = unzGoToNextFile(in)) {
    char name[512];
    unz_file_info64 info;
    unzGetCurrentFileInfo64(in, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    std::string bytes;
    if (const auto r = replaced.find(name); r != replaced.end()) {
      bytes = r->second;
    } else {
      unzOpenCurrentFile(in);
      char buf[65536];
      for (int n; (n = unzReadCurrentFile(in, buf, sizeof buf)) > 0;) bytes.append(buf, static_cast<std::size_t>(n));
      unzCloseCurrentFile(in);
    }
    zip_fileinfo zi{};
    zipOpenNewFileInZip64(out, name, &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1);
    zipWriteInFileInZip(out, bytes.data(), static_cast<unsigned>(bytes.size()));
    zipCloseFileInZip(out);
  }
  unzClose(in);
  zipClose(out, nullptr);
}

// `sheet` (a worksheet's XML) with `cells` (reference → value) typed in: a number as a number,
// anything else as an inline string, each placed in its row in column order.
inline std::string with_cells(std::string sheet, const std::map<std::string, std::string>& cells) {
  for (const auto& [ref, value] : cells) {
    const std::string row = ref.substr(ref.find_first_of("0123456789"));
    const std::string col = ref.substr(0, ref.size() - row.size());
    const auto open = sheet.find("<row r=\"" + row + "\"");
    if (open == std::string::npos) throw std::runtime_error("no row " + row);
    // A cell written blank (a format, no value) is typed over.
    if (const auto blank = sheet.find("<c r=\"" + ref + "\""); blank != std::string::npos) {
      const auto tag_end = sheet.find('>', blank);
      const auto end = sheet[tag_end - 1] == '/' ? tag_end + 1 : sheet.find("</c>", tag_end) + 4;
      sheet.erase(blank, end - blank);
    }
    const auto close = sheet.find("</row>", open);
    // Before the first cell of a later column (same length, compared as text: A–Z suffice here).
    std::size_t at = close;
    for (std::size_t c = sheet.find("<c r=\"", open); c < close; c = sheet.find("<c r=\"", c + 1)) {
      const std::string other = sheet.substr(c + 6, sheet.find('"', c + 6) - c - 6);
      const std::string other_col = other.substr(0, other.find_first_of("0123456789"));
      if (other_col.size() > col.size() || (other_col.size() == col.size() && other_col > col)) {
        at = c;
        break;
      }
    }
    const bool number = !value.empty() && value.find_first_not_of("0123456789.-") == std::string::npos;
    const std::string cell = number ? "<c r=\"" + ref + "\"><v>" + value + "</v></c>"
                                    : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    sheet.insert(at, cell);
  }
  return sheet;
}

}  // namespace keyproj::e2e
