#include "io/xml_parser.h"

#include <expat.h>

#include <climits>
#include <cstring>
#include <exception>

#include "util/error.h"
#include "util/shared_library.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// expat, opened the first time a workbook is read (util/shared_library.h says why).
struct Expat {
  decltype(&::XML_StopParser) XML_StopParser;
  decltype(&::XML_SetUserData) XML_SetUserData;
  decltype(&::XML_SetElementHandler) XML_SetElementHandler;
  decltype(&::XML_SetCharacterDataHandler) XML_SetCharacterDataHandler;
  decltype(&::XML_ParserFree) XML_ParserFree;
  decltype(&::XML_ParserCreateNS) XML_ParserCreateNS;
  decltype(&::XML_Parse) XML_Parse;
  decltype(&::XML_GetErrorCode) XML_GetErrorCode;
  decltype(&::XML_GetCurrentLineNumber) XML_GetCurrentLineNumber;
  decltype(&::XML_ErrorString) XML_ErrorString;
};

const Expat& expat() {
  static const Expat lib = [] {
    const SharedLibrary library({"libexpat.so.1", "libexpat.so"}, N_("the workbook reader (expat)"), "libexpat1");
    Expat l{};
    library.bind(l.XML_StopParser, "XML_StopParser");
    library.bind(l.XML_SetUserData, "XML_SetUserData");
    library.bind(l.XML_SetElementHandler, "XML_SetElementHandler");
    library.bind(l.XML_SetCharacterDataHandler, "XML_SetCharacterDataHandler");
    library.bind(l.XML_ParserFree, "XML_ParserFree");
    library.bind(l.XML_ParserCreateNS, "XML_ParserCreateNS");
    library.bind(l.XML_Parse, "XML_Parse");
    library.bind(l.XML_GetErrorCode, "XML_GetErrorCode");
    library.bind(l.XML_GetCurrentLineNumber, "XML_GetCurrentLineNumber");
    library.bind(l.XML_ErrorString, "XML_ErrorString");
    return l;
  }();  // a failed load throws, and is tried again next time
  return lib;
}

constexpr char kSeparator = '\x01';  // between a namespace and a local name: in no XML name

std::string_view local(const char* name) {
  const char* sep = std::strrchr(name, kSeparator);
  return sep ? std::string_view(sep + 1) : std::string_view(name);
}

// What a callback threw, kept until XML_Parse returns: an exception must not cross expat's C.
struct State {
  XmlHandler* handler;
  std::exception_ptr thrown;
  XML_Parser parser;
};

void stop(State& s) {
  s.thrown = std::current_exception();
  expat().XML_StopParser(s.parser, XML_FALSE);
}

void on_start(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto& s = *static_cast<State*>(data);
  if (s.thrown) return;
  try {
    // Attribute names are local names too: expat gives them as "uri\x01local".
    for (const XML_Char** a = attrs; *a; a += 2) {
      const char* sep = std::strrchr(*a, kSeparator);
      if (sep) *a = sep + 1;
    }
    s.handler->start(local(name), attrs);
  } catch (...) {
    stop(s);
  }
}

void on_end(void* data, const XML_Char* name) {
  auto& s = *static_cast<State*>(data);
  if (s.thrown) return;
  try {
    s.handler->end(local(name));
  } catch (...) {
    stop(s);
  }
}

void on_text(void* data, const XML_Char* chars, int size) {
  auto& s = *static_cast<State*>(data);
  if (s.thrown) return;
  try {
    s.handler->text(std::string_view(chars, static_cast<std::size_t>(size)));
  } catch (...) {
    stop(s);
  }
}

}  // namespace

const char* xml_attribute(const char** attrs, std::string_view name) {
  for (const char** a = attrs; *a; a += 2)
    if (name == *a) return a[1];
  return nullptr;
}

XmlParser::XmlParser(XmlHandler& handler, std::string what) : handler_(handler), what_(std::move(what)) {
  XML_Parser p = expat().XML_ParserCreateNS("UTF-8", kSeparator);
  if (!p) throw std::bad_alloc();
  auto* state = new State{&handler_, nullptr, p};
  expat().XML_SetUserData(p, state);
  expat().XML_SetElementHandler(p, on_start, on_end);
  expat().XML_SetCharacterDataHandler(p, on_text);
  parser_ = p;
}

XmlParser::~XmlParser() {
  auto p = static_cast<XML_Parser>(parser_);
  delete static_cast<State*>(XML_GetUserData(p));
  expat().XML_ParserFree(p);
}

void XmlParser::parse(const char* data, int size, bool final) {
  auto p = static_cast<XML_Parser>(parser_);
  auto& state = *static_cast<State*>(XML_GetUserData(p));
  const XML_Status status = expat().XML_Parse(p, data, size, final ? XML_TRUE : XML_FALSE);
  if (state.thrown) std::rethrow_exception(state.thrown);
  if (status != XML_STATUS_OK)
    throw rejected(trf("{} is not well-formed XML at line {}: {}", what_, expat().XML_GetCurrentLineNumber(p),
                       expat().XML_ErrorString(expat().XML_GetErrorCode(p))));
}

void XmlParser::feed(std::string_view bytes) {
  while (!bytes.empty()) {
    const std::size_t n = bytes.size() < INT_MAX ? bytes.size() : INT_MAX;
    parse(bytes.data(), static_cast<int>(n), false);
    bytes.remove_prefix(n);
  }
}

void XmlParser::finish() { parse("", 0, true); }

}  // namespace keyproj
