#include "io/xml_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "unit/refusal.h"

namespace keyproj {
namespace {

// The events as one text: <name a=v>, text, </name>.
class Recorder : public XmlHandler {
 public:
  // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on "literal" + std::string.
  void start(std::string_view name, const char** attrs) override {
    log += '<';
    log += name;
    for (const char** a = attrs; *a; a += 2) {
      log += ' ';
      log += a[0];
      log += '=';
      log += a[1];
    }
    log += '>';
  }
  void end(std::string_view name) override {
    log += "</";
    log += name;
    log += '>';
  }
  void text(std::string_view chars) override { log += chars; }
  std::string log;
};

std::string events(const std::string& xml, std::size_t piece) {
  Recorder r;
  XmlParser p(r, "test.xml");
  for (std::size_t at = 0; at < xml.size(); at += piece) p.feed(std::string_view(xml).substr(at, piece));
  p.finish();
  return r.log;
}

TEST(XmlParser, DropsNamespacesOfElementsAndAttributes) {
  const std::string xml = "<x:row xmlns:x=\"urn:m\" xmlns:r=\"urn:r\" r:id=\"7\"><x:c>天门</x:c></x:row>";
  EXPECT_EQ(events(xml, 1000), "<row id=7><c>天门</c></row>");
}

TEST(XmlParser, ReadsTheSameInPiecesOfAnySize) {
  const std::string xml = "<a><b k=\"v&amp;w\">仙桃 &lt;1&gt;</b></a>";
  const std::string whole = events(xml, 1000);
  EXPECT_EQ(whole, "<a><b k=v&w>仙桃 <1></b></a>");
  for (std::size_t piece : {1u, 2u, 7u}) EXPECT_EQ(events(xml, piece), whole) << piece;
}

TEST(XmlParser, RefusesMalformedXmlNamingTheDocumentAndLine) {
  EXPECT_EQ(refusal_of([] { events("<a>\n<b></a>", 1000); }),
            "test.xml is not well-formed XML at line 2: mismatched tag");
  EXPECT_EQ(refusal_of([] { events("<a>", 1000); }), "test.xml is not well-formed XML at line 1: no element found");
}

TEST(XmlParser, WhatTheHandlerThrowsPassesThrough) {
  class Thrower : public Recorder {
    void start(std::string_view, const char**) override { throw std::out_of_range("mine"); }
  } t;
  XmlParser p(t, "test.xml");
  EXPECT_THROW(p.feed("<a/>"), std::out_of_range);
}

TEST(XmlParser, FindsAttributesByLocalName) {
  const char* attrs[] = {"r", "B3", "t", "s", nullptr};
  EXPECT_STREQ(xml_attribute(attrs, "t"), "s");
  EXPECT_EQ(xml_attribute(attrs, "s"), nullptr);
}

}  // namespace
}  // namespace keyproj
