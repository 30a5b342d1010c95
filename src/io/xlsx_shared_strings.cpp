#include "io/xlsx_shared_strings.h"

#include "io/xml_parser.h"

namespace keyproj {
namespace {

class StringsHandler : public XmlHandler {
 public:
  explicit StringsHandler(std::vector<std::string>& out) : out_(out) {}

  void start(std::string_view name, const char**) override {
    if (name == "si") {
      out_.emplace_back();
      in_si_ = true;
    } else if (name == "rPh") {
      ++in_phonetic_;
    } else if (name == "t" && in_si_ && !in_phonetic_) {
      in_t_ = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si") in_si_ = false;
    else if (name == "rPh" && in_phonetic_) --in_phonetic_;
    else if (name == "t") in_t_ = false;
  }
  void text(std::string_view chars) override {
    if (in_t_) out_.back().append(chars);
  }

 private:
  std::vector<std::string>& out_;
  bool in_si_ = false;
  bool in_t_ = false;
  int in_phonetic_ = 0;
};

}  // namespace

SharedStrings read_shared_strings(const XmlPieces& pieces, const std::string& what) {
  SharedStrings table;
  StringsHandler handler(table.strings);
  XmlParser parser(handler, what);
  pieces([&](std::string_view piece) { parser.feed(piece); });
  parser.finish();
  return table;
}

SharedStrings read_shared_strings(std::string_view xml, const std::string& what) {
  return read_shared_strings([&](const std::function<void(std::string_view)>& feed) { feed(xml); }, what);
}

}  // namespace keyproj
