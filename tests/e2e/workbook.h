#pragma once
// Reading back what keyproj wrote to a workbook, cell by cell: a member of the zip archive
// through unzip (scripts/install-deps installs it), a cell of the first sheet by its reference,
// and the number format its style gives it.

#include <cstdio>
#include <map>
#include <string>

namespace keyproj::e2e {

inline std::string workbook_member(const std::string& archive, const std::string& member) {
  FILE* pipe = popen(("unzip -p '" + archive + "' '" + member + "'").c_str(), "r");
  if (!pipe) return "";
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  pclose(pipe);
  return out;
}

struct SheetCell {
  bool found = false;
  bool text = false;       // an inline string (t="inlineStr")
  int style = 0;           // s="N", 0 when absent
  std::string value;       // the text, or the number as written
};

class Workbook {
 public:
  explicit Workbook(const std::string& path, int sheet = 1)
      : sheet_(workbook_member(path, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml")),
        styles_(workbook_member(path, "xl/styles.xml")) {}

  bool empty() const { return sheet_.empty(); }
  const std::string& sheet_xml() const { return sheet_; }

  SheetCell cell(const std::string& ref) const {
    SheetCell c;
    const auto at = sheet_.find("<c r=\"" + ref + "\"");
    if (at == std::string::npos) return c;
    const auto open_end = sheet_.find('>', at);
    const std::string open = sheet_.substr(at, open_end - at);
    c.found = true;
    c.text = open.find("t=\"inlineStr\"") != std::string::npos;
    if (const auto s = open.find(" s=\""); s != std::string::npos) c.style = std::stoi(open.substr(s + 4));
    if (open.back() == '/') return c;  // <c r="A1" s="1"/>: no value
    const auto close = sheet_.find("</c>", open_end);
    const std::string body = sheet_.substr(open_end + 1, close - open_end - 1);
    const std::string tag = c.text ? "<t>" : "<v>";
    if (const auto v = body.find(tag); v != std::string::npos)
      c.value = body.substr(v + 3, body.find("</", v) - v - 3);
    return c;
  }

  // The number format of the cell's style: the code of a custom format, or of a built-in one.
  std::string number_format(const std::string& ref) const {
    const int style = cell(ref).style;
    const auto xfs = styles_.find("<cellXfs");
    std::size_t at = xfs;
    for (int i = 0; i <= style && at != std::string::npos; ++i) at = styles_.find("<xf ", at + 1);
    if (at == std::string::npos) return "";
    const auto id_at = styles_.find("numFmtId=\"", at) + 10;
    const std::string id = styles_.substr(id_at, styles_.find('"', id_at) - id_at);
    static const std::map<std::string, std::string> builtin{
        {"0", "General"}, {"1", "0"}, {"2", "0.00"}, {"3", "#,##0"}, {"4", "#,##0.00"}, {"9", "0%"}, {"10", "0.00%"},
        {"14", "m/d/yyyy"}};
    if (const auto b = builtin.find(id); b != builtin.end()) return b->second;
    const auto custom = styles_.find("<numFmt numFmtId=\"" + id + "\" formatCode=\"");
    if (custom == std::string::npos) return "";
    const auto code_at = styles_.find("formatCode=\"", custom) + 12;
    return styles_.substr(code_at, styles_.find('"', code_at) - code_at);
  }

 private:
  std::string sheet_;
  std::string styles_;
};

}  // namespace keyproj::e2e
