#pragma once
// An expat parser, fed XML in pieces of any size, that hands each element's start, end and
// text to a handler as it streams by: a worksheet of a million rows is never held whole.
// Namespaces are resolved and dropped, so a part written with prefixes (<x:row>) reads as
// one written without (<row>). Expat loads no external entity and refuses entity expansion
// that grows without bound (its "billion laughs" protection).

#include <string>
#include <string_view>

namespace keyproj {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attrs` is expat's: name, value, name, value, …, nullptr; names are local names.
  virtual void start(std::string_view name, const char** attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view chars) = 0;
};

// The value of attribute `name` (a local name) in `attrs`, or nullptr.
const char* xml_attribute(const char** attrs, std::string_view name);

class XmlParser {
 public:
  // `what` names the document in errors: "FILE sheet 天门".
  XmlParser(XmlHandler& handler, std::string what);
  ~XmlParser();
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;

  // Error(Rejected) "WHAT is not well-formed XML at line L: …"; whatever the handler throws
  // passes through unchanged.
  void feed(std::string_view bytes);
  void finish();

 private:
  void parse(const char* data, int size, bool final);

  void* parser_;  // XML_Parser
  XmlHandler& handler_;
  std::string what_;
};

}  // namespace keyproj
