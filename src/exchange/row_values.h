#pragma once
// One record's values read as the types the store takes. Every value that does not parse is
// reported where it stands (line 4, column F), with the header the file gives it and the
// value itself ("本期完成投资 '-5' is negative; money must be zero or more"), and the reading
// goes on so that one pass finds every error of the row.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/stage.h"
#include "exchange/records.h"
#include "util/date.h"
#include "util/error.h"

namespace keyproj {

class RowValues {
 public:
  // Values are found in the record's own column table; problems go to `errors`. A bare number
  // under a money header that names no unit is in `money_unit` (--money-unit), when given.
  RowValues(const Record& record, std::vector<ImportProblem>& errors, std::optional<MoneyUnit> money_unit = {})
      : table_(record.table()), record_(record), errors_(errors), money_unit_(money_unit) {}

  std::size_t line() const { return record_.line; }
  bool carried(std::string_view key) const;

  // Free text (notes, names, quotes) as clean_text keeps it: trimmed, composed (NFC), no
  // control characters but newline and tab in a field of several lines (columns.h); a value
  // it refuses is reported. Nothing when the value was only spaces.
  std::optional<std::string> text(std::string_view key);
  // A code or a short word: the same rule, on one line.
  std::optional<std::string> word(std::string_view key);
  // Yuan: a bare number in the unit its header names (else --money-unit), 1500万 as written.
  std::optional<std::int64_t> money(std::string_view key);
  // ISO text, from any form parse_date reads (a month or a year where `end` allows a period).
  std::optional<std::string> date(std::string_view key, PeriodEnd end = PeriodEnd::Exact);
  std::optional<int> percent(std::string_view key);
  std::optional<Stage> stage(std::string_view key);
  std::optional<std::int64_t> id(std::string_view key);

  // Reports a problem with the value of `key` (or with the row, for an empty key).
  void fail(std::string_view key, const std::string& why);
  // Runs `f`; an Error it throws (a store rule about this value) is reported at `key`.
  // Returns whether it succeeded.
  template <typename F>
  bool check(std::string_view key, F&& f) {
    try {
      f();
      return true;
    } catch (const Error& e) {
      fail(key, e.what());
      return false;
    }
  }
  // What the file calls the column of `key`.
  std::string name(std::string_view key) const;
  // A problem with the value of `key` (or with the row, for an empty key), where it stands.
  ImportProblem problem(std::string_view key, std::string text) const;

  bool ok() const { return failures_ == 0; }

 private:
  const std::optional<std::string>& value(std::string_view key) const;
  std::optional<std::string> cleaned(std::string_view key, std::size_t index, Lines lines);
  // name() without a copy, for the parsers that name the column only when they refuse it.
  std::string_view name_view(std::string_view key) const;

  const ColumnTable& table_;
  const Record& record_;
  std::vector<ImportProblem>& errors_;
  std::optional<MoneyUnit> money_unit_;
  int failures_ = 0;
};

}  // namespace keyproj
