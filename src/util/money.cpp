#include "util/money.h"

#include <cstdint>
#include <limits>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// `sentence` is the catalogue's frame of the refusal: the field's name (an option or a column,
// as the caller gives it), then the value quoted.
[[noreturn]] void reject(const char* sentence, std::string_view field, std::string_view text) {
  throw rejected(trf(sentence, field, quote(text)));
}

}  // namespace

std::int64_t parse_money(std::string_view text, std::string_view field) {
  std::string_view s = trim(text);
  if (s.empty()) reject(N_("{} {} is empty; give an amount such as 150000000, 15000万 or 1.5亿"), field, text);
  if (s.front() == '-') reject(N_("{} {} is negative; money must be zero or more"), field, text);
  if (s.front() == '+') s.remove_prefix(1);

  // The unit: 万亿 = 10^12, 亿 = 10^8, 万 = 10^4 yuan; an optional trailing 元.
  int unit_exponent = 0;
  if (ends_with(s, "元")) s.remove_suffix(std::string_view("元").size());
  if (ends_with(s, "万亿")) {
    unit_exponent = 12;
    s.remove_suffix(std::string_view("万亿").size());
  } else if (ends_with(s, "亿")) {
    unit_exponent = 8;
    s.remove_suffix(std::string_view("亿").size());
  } else if (ends_with(s, "万")) {
    unit_exponent = 4;
    s.remove_suffix(std::string_view("万").size());
  }
  s = trim(s);

  // Digits with optional thousands commas, then an optional fraction. Commas must group
  // three digits: "1,5亿" is a decimal comma (15亿 if the comma were dropped), "1,,," a slip.
  std::string integer_digits;
  std::string fraction_digits;
  bool in_fraction = false;
  bool seen_comma = false;
  std::size_t group = 0;  // digits since the start or the last comma
  const auto misplaced_comma = [&] {
    reject(N_("{} {} has a misplaced comma; commas group three digits, as in 150,000,000"), field, text);
  };
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      (in_fraction ? fraction_digits : integer_digits).push_back(c);
      ++group;
    } else if (c == ',' && !in_fraction) {
      if (group == 0 || group > 3 || (seen_comma && group != 3)) misplaced_comma();
      seen_comma = true;
      group = 0;
    } else if (c == '.' && !in_fraction) {
      if (seen_comma && group != 3) misplaced_comma();
      in_fraction = true;
    } else {
      reject(N_("{} {} is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"), field, text);
    }
  }
  if (seen_comma && !in_fraction && group != 3) misplaced_comma();
  if (integer_digits.empty() && fraction_digits.empty())
    reject(N_("{} {} is not an amount of money; give digits with an optional 万 or 亿, such as 1.5亿"), field, text);
  if (in_fraction && fraction_digits.empty())
    reject(N_("{} {} ends in a decimal point; write the digits after it or drop it"), field, text);

  // Scale the fraction into whole yuan plus at most two decimals (fen); anything finer is refused.
  while (!fraction_digits.empty() && fraction_digits.back() == '0') fraction_digits.pop_back();
  const int fraction_places = static_cast<int>(fraction_digits.size());
  if (fraction_places - unit_exponent > 2)
    reject(N_("{} {} has more than two decimals of a yuan"), field, text);

  // value = (integer_digits . fraction_digits) * 10^unit_exponent, computed on integers.
  std::string digits = integer_digits + fraction_digits;
  const int shift = unit_exponent - fraction_places;  // may be -1 or -2 for fen
  std::int64_t whole = 0;
  const std::size_t whole_len =
      shift >= 0 ? digits.size() : digits.size() - static_cast<std::size_t>(-shift);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i == whole_len) break;
    const int d = digits[i] - '0';
    if (whole > (kMax - d) / 10) reject(N_("{} {} is too large to store"), field, text);
    whole = whole * 10 + d;
  }
  for (int i = 0; i < shift; ++i) {
    if (whole > kMax / 10) reject(N_("{} {} is too large to store"), field, text);
    whole *= 10;
  }
  // Fen (shift < 0) are below a yuan. Money is stored as whole yuan, so a fractional yuan
  // amount is refused rather than silently rounded.
  if (shift < 0) {
    for (std::size_t i = whole_len; i < digits.size(); ++i)
      if (digits[i] != '0') reject(N_("{} {} has a fraction of a yuan; money is kept in whole yuan"), field, text);
  }
  if (whole > kMaxAmountYuan)
    reject(N_("{} {} is more than 10万亿元, more than any one project or report holds; check the digits and the unit"), field, text);
  return whole;
}

std::string total_beyond_sentence(std::string_view what) {
  return trf("{} is beyond {} yuan, more than can be counted; an amount stored in it must be a slip of the digits, "
             "correct it",
             what, format_yuan_grouped(kMax));
}

std::int64_t add_money(std::int64_t a, std::int64_t b, std::string_view what) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw rejected(total_beyond_sentence(what));
  return sum;
}

namespace {

// `value / 10^places` with up to two decimals, trailing zeros dropped, rounded half up.
std::string decimal(std::int64_t value, std::int64_t divisor) {
  // Round to hundredths of the unit.
  const std::int64_t hundredth = divisor / 100;
  std::int64_t scaled = value / hundredth + ((value % hundredth) * 2 >= hundredth ? 1 : 0);
  std::string s = std::to_string(scaled / 100);
  const std::int64_t frac = scaled % 100;
  if (frac != 0) {
    s += '.';
    s += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) s += static_cast<char>('0' + frac % 10);
  }
  return s;
}

}  // namespace

std::string format_money(std::int64_t yuan) {
  if (yuan < 0) {
    std::string out = "-";
    out += format_money(yuan == INT64_MIN ? kMax : -yuan);
    return out;
  }
  if (yuan >= 100'000'000) return decimal(yuan, 100'000'000) + "亿元";
  if (yuan >= 10'000) return decimal(yuan, 10'000) + "万元";
  return std::to_string(yuan) + "元";
}

MoneyPair format_money_pair(std::int64_t first, std::int64_t second) {
  MoneyPair shown{format_money(first), format_money(second)};
  if (first != second && shown.first == shown.second)
    shown = {format_yuan_grouped(first) + "元", format_yuan_grouped(second) + "元"};
  return shown;
}

std::string format_yuan_grouped(std::int64_t yuan) {
  const bool negative = yuan < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(yuan) : static_cast<std::uint64_t>(yuan);
  std::string digits = std::to_string(magnitude);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

}  // namespace keyproj
