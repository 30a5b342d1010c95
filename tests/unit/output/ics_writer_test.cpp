#include "output/ics_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace keyproj {
namespace {

std::string times(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(IcsWriter, TextEscapesBackslashSemicolonCommaAndLineBreaks) {
  EXPECT_EQ(ics_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
  EXPECT_EQ(ics_text("一\r\n二\r三"), "一\\n二\\n三");
  EXPECT_EQ(ics_text("tab\tbell\x07" "del\x7f"), "tab\tbell del ");
  EXPECT_EQ(ics_text("天门：物流园"), "天门：物流园");
}

TEST(IcsWriter, ALineOfExactly75OctetsIsNotFolded) {
  const std::string line = "SUMMARY:a" + times("天", 22);  // 8 + 1 + 66
  ASSERT_EQ(line.size(), 75u);
  EXPECT_EQ(ics_fold(line), line + "\r\n");
}

TEST(IcsWriter, A76thOctetStartsAFoldedLine) {
  const std::string line = "SUMMARY:a" + times("天", 23);  // 78 octets: the 23rd 天 starts at 75
  EXPECT_EQ(ics_fold(line), "SUMMARY:a" + times("天", 22) + "\r\n 天\r\n");
}

TEST(IcsWriter, AFoldNeverSplitsACharacter) {
  const std::string line = "SUMMARY:ab" + times("天", 22);  // the 22nd 天 spans octets 74-76
  EXPECT_EQ(ics_fold(line), "SUMMARY:ab" + times("天", 21) + "\r\n 天\r\n");
}

TEST(IcsWriter, FoldedLinesHoldAtMost75OctetsWithTheirSpace) {
  const std::string line = "DESCRIPTION:" + times("x", 300);
  const std::string folded = ics_fold(line);
  std::istringstream in(folded);
  std::string l;
  int n = 0;
  while (std::getline(in, l)) {
    ASSERT_FALSE(l.empty());
    ASSERT_EQ(l.back(), '\r');
    EXPECT_LE(l.size() - 1, 75u);
    if (n++) {
      EXPECT_EQ(l.front(), ' ');
    }
  }
  EXPECT_EQ(n, 5);  // 75 + 74 + 74 + 74 + 15
  EXPECT_EQ(ics_unfold(folded), line);
}

TEST(IcsWriter, BytesThatAreNoUtf8AreCutAtTheLimit) {
  const std::string line(80, '\x80');
  EXPECT_EQ(ics_fold(line), line.substr(0, 75) + "\r\n " + line.substr(75) + "\r\n");
}

TEST(IcsWriter, StampIsUtcBasicForm) { EXPECT_EQ(ics_stamp("2026-11-22T08:30:00.123Z"), "20261122T083000Z"); }

TEST(IcsWriter, CalendarHasItsHeaderAndAllDayEventsWithCrlf) {
  IcsCalendar c{"重点项目", "20261206T010203Z",
                {{"TM-TM-001-milestone-4@keyproj", "2026-12-31", "TM-001 物流园: 主体完工", "里程碑, 天门", {"里程碑"}, 1, false},
                 {"TM-TM-001-problem-2@keyproj", "2026-02-28", "TM-001 用地", "", {}, 0, true}}};
  std::ostringstream out;
  write_ics(out, c);
  EXPECT_EQ(out.str(),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//keyproj//keyproj export//ZH\r\nCALSCALE:GREGORIAN\r\n"
            "METHOD:PUBLISH\r\nX-WR-CALNAME:重点项目\r\n"
            "BEGIN:VEVENT\r\nUID:TM-TM-001-milestone-4@keyproj\r\nDTSTAMP:20261206T010203Z\r\n"
            "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\nSUMMARY:TM-001 物流园: 主体完工\r\n"
            "DESCRIPTION:里程碑\\, 天门\r\nCATEGORIES:里程碑\r\nSEQUENCE:1\r\nSTATUS:CONFIRMED\r\n"
            "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:TM-TM-001-problem-2@keyproj\r\nDTSTAMP:20261206T010203Z\r\n"
            "DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301\r\nSUMMARY:TM-001 用地\r\n"
            "SEQUENCE:0\r\nSTATUS:CANCELLED\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n");
}

}  // namespace
}  // namespace keyproj
