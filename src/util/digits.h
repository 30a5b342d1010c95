#pragma once
// Decimal digits written into a fixed-width field by hand: dates and times are formatted for
// every row of an import, where snprintf cost a twentieth of the time.

#include <cstddef>
#include <string_view>

namespace keyproj {

// The last `width` decimal digits of `value`, zero-padded, at `at`.
inline void write_digits(char* at, unsigned value, int width) {
  for (int i = width - 1; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
}

// Reads exactly `n` ASCII digits of `s` from `pos`; -1 when they are not all digits.
inline int read_digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace keyproj
