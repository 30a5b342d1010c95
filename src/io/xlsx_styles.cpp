#include "io/xlsx_styles.h"

#include <cctype>
#include <charconv>
#include <map>

#include "io/xml_parser.h"

namespace keyproj {
namespace {

unsigned number(const char* text) {
  unsigned n = 0;
  if (text) std::from_chars(text, text + std::char_traits<char>::length(text), n);
  return n;
}

class StylesHandler : public XmlHandler {
 public:
  void start(std::string_view name, const char** attrs) override {
    if (name == "numFmt") {
      const char* code = xml_attribute(attrs, "formatCode");
      codes_[number(xml_attribute(attrs, "numFmtId"))] = code ? code : "";
    } else if (name == "cellXfs") {
      in_xfs_ = true;
    } else if (name == "xf" && in_xfs_ && depth_ == 0) {
      const unsigned id = number(xml_attribute(attrs, "numFmtId"));
      const auto code = codes_.find(id);
      styles_.add(classify_format(id, code == codes_.end() ? "" : code->second));
    }
    if (in_xfs_ && name != "cellXfs") ++depth_;
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_xfs_ = false;
    else if (in_xfs_ && depth_ > 0) --depth_;
  }
  void text(std::string_view) override {}

  CellStyles styles_;

 private:
  std::map<unsigned, std::string> codes_;  // numFmts comes before cellXfs in the file
  bool in_xfs_ = false;
  int depth_ = 0;  // elements open inside cellXfs: an xf at 0 is a style, its children not
};

}  // namespace

NumberFormat classify_format(unsigned id, std::string_view code) {
  // The built-in formats (ECMA-376 part 1, 18.8.30), and those a Chinese Excel adds (27-36,
  // 50-58: 年月日 in the ideographs).
  if (id == 9 || id == 10) return NumberFormat::Percent;
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
    return NumberFormat::Date;
  // A written-out code: a date when it has a date or time part outside quoted text, escapes
  // and brackets ([Red], [$-804], [DBNum1]); a percentage when it has % there.
  bool date = false;
  bool percent = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is (or is padding)
    } else if (c == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      // [h], [mm], [ss]: elapsed time, which is no date either; skipped with the rest.
      i = close;
    } else if (c == ';') {
      break;  // the first section decides: positive numbers
    } else if (c == '%') {
      percent = true;
    } else {
      const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (l == 'y' || l == 'd' || l == 'm') date = true;
    }
  }
  if (date) return NumberFormat::Date;
  if (percent) return NumberFormat::Percent;
  return NumberFormat::General;
}

CellStyles read_styles(std::string_view xml, const std::string& what) {
  StylesHandler handler;
  XmlParser parser(handler, what);
  parser.feed(xml);
  parser.finish();
  return std::move(handler.styles_);
}

}  // namespace keyproj
