#include "io/xlsx_cell.h"

#include <gtest/gtest.h>

namespace keyproj {
namespace {

TEST(XlsxCell, SerialDaysOfThe1900Calendar) {
  // Serial 1 is 1900-01-01; Excel counts 1900 as a leap year, so 60 is a day that never was
  // and 61 is 1900-03-01. 45658 is 2025-01-01 (as Excel shows =DATE(2025,1,1) unformatted).
  EXPECT_EQ(serial_day(1, DateSystem::From1900), "1900-01-01");
  EXPECT_EQ(serial_day(59, DateSystem::From1900), "1900-02-28");
  EXPECT_EQ(serial_day(60, DateSystem::From1900), "1900-02-29");
  EXPECT_EQ(serial_day(61, DateSystem::From1900), "1900-03-01");
  EXPECT_EQ(serial_day(45658, DateSystem::From1900), "2025-01-01");
  EXPECT_EQ(serial_day(45658 + 333, DateSystem::From1900), "2025-11-30");  // 334 days into 2025
  EXPECT_EQ(serial_day(45658.75, DateSystem::From1900), "2025-01-01");   // 18:00 that day
  EXPECT_EQ(serial_day(-1, DateSystem::From1900), "");
}

TEST(XlsxCell, SerialDaysOfThe1904Calendar) {
  EXPECT_EQ(serial_day(0, DateSystem::From1904), "1904-01-01");
  EXPECT_EQ(serial_day(45658 - 1462, DateSystem::From1904), "2025-01-01");  // 1462 days apart
}

TEST(XlsxCell, TextAsTheOfficerSeesIt) {
  const auto t = [](CellKind k, std::string v, NumberFormat f = NumberFormat::General) {
    return cell_text(SheetCell{k, std::move(v), f}, DateSystem::From1900);
  };
  EXPECT_EQ(t(CellKind::Text, "天门"), "天门");
  EXPECT_EQ(t(CellKind::Number, "1500"), "1500");
  EXPECT_EQ(t(CellKind::Number, "2026.1"), "2026.1");
  EXPECT_EQ(t(CellKind::Number, "1.5E+8"), "150000000");
  EXPECT_EQ(t(CellKind::Number, "1.5E-7"), "0.00000015");
  EXPECT_EQ(t(CellKind::Number, "1200.3000000000002"), "1200.3");  // =1200.1+0.2
  EXPECT_EQ(t(CellKind::Number, "-350.5"), "-350.5");
  EXPECT_EQ(t(CellKind::Number, "45658", NumberFormat::Date), "2025-01-01");
  EXPECT_EQ(t(CellKind::Number, "0.45", NumberFormat::Percent), "45");
  EXPECT_EQ(t(CellKind::Number, "0.075", NumberFormat::Percent), "7.5");
  EXPECT_EQ(t(CellKind::Number, "1", NumberFormat::Percent), "100");
  EXPECT_EQ(t(CellKind::Boolean, "TRUE"), "TRUE");
  EXPECT_EQ(t(CellKind::Error, "#N/A"), "#N/A");
}

}  // namespace
}  // namespace keyproj
