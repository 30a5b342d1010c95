#pragma once
// Decimal digits written into a fixed-width field by hand: dates and times are formatted for
// every row of an import, where snprintf cost a twentieth of the time.

namespace keyproj {

// The last `width` decimal digits of `value`, zero-padded, at `at`.
inline void write_digits(char* at, unsigned value, int width) {
  for (int i = width - 1; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
}

}  // namespace keyproj
