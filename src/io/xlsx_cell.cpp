#include "io/xlsx_cell.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "util/date.h"

namespace keyproj {
namespace {

std::optional<double> number_of(const std::string& text) {
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Plain digits, never an exponent: the shortest that reads back as `v`.
std::string plain(double v) {
  char buf[400];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

}  // namespace

std::string serial_day(double serial, DateSystem system) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958465) return "";  // 9999-12-31
  auto day = static_cast<std::int64_t>(std::floor(serial));
  if (system == DateSystem::From1904) return Date::from_days(day - 24107).iso();  // 1904-01-01 is day 0
  if (day == 60) return "1900-02-29";
  if (day == 0) return "1900-01-00";  // as Excel shows it: no day
  // Serials after the fictional day count one day too many; 25569 is 1970-01-01.
  if (day < 60) ++day;
  return Date::from_days(day - 25569).iso();
}

std::string cell_text(const SheetCell& cell, DateSystem system) {
  if (cell.kind != CellKind::Number) return cell.value;
  const auto v = number_of(cell.value);
  if (!v) return cell.value;
  if (cell.format == NumberFormat::Date) {
    const std::string day = serial_day(*v, system);
    return day.empty() ? cell.value : day;
  }
  if (cell.format == NumberFormat::Percent) {
    // 0.45 * 100 is 45.00000000000001 in binary: twelve digits are all a percentage shows.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, *v * 100, std::chars_format::general, 12);
    const std::string s(buf, r.ptr);
    return s.find('e') == std::string::npos ? s : plain(*v * 100);
  }
  // Excel shows fifteen significant digits, and writes what a formula computed with
  // seventeen: a sum of 1200.1 and 0.2 is 1200.3000000000002 in the file, 1200.3 on screen.
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, *v, std::chars_format::general, 15);
  const std::string shown(buf, r.ptr);
  if (shown.find('e') == std::string::npos) return shown;
  return plain(std::strtod(shown.c_str(), nullptr));
}

}  // namespace keyproj
