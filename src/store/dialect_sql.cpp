#include "store/dialect_sql.h"

namespace keyproj::dialect_sql {
namespace {

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const auto p : parts) out += p;
  return out;
}

bool is_null_literal(std::string_view expr) { return expr == "NULL" || expr == "null"; }

}  // namespace

std::string days_between(sql::Dialect d, std::string_view later, std::string_view earlier) {
  if (d == sql::Dialect::Sqlite) return cat({"CAST(julianday(", later, ") - julianday(", earlier, ") AS INTEGER)"});
  return cat({"(CAST(", later, " AS date) - CAST(", earlier, " AS date))"});
}

std::string plus_days(sql::Dialect d, std::string_view date, std::string_view days) {
  if (d == sql::Dialect::Sqlite) return cat({"date(", date, ", printf('%+d days', ", days, "))"});
  return cat({"to_char(CAST(", date, " AS date) + CAST(", days, " AS integer), 'YYYY-MM-DD')"});
}

std::string json_value(sql::Dialect d, std::string_view expr) {
  if (is_null_literal(expr)) return "'null'";
  // SQLite's json_quote gives null for NULL; PostgreSQL's to_json gives NULL.
  if (d == sql::Dialect::Sqlite) return cat({"json_quote(", expr, ")"});
  return cat({"coalesce(CAST(to_json(", expr, ") AS text), 'null')"});
}

std::string json_object(sql::Dialect d, std::initializer_list<std::pair<std::string_view, std::string_view>> fields,
                        bool drop_nulls) {
  // Built by concatenation rather than with json_object or json_build_object, whose spacing
  // differs between the two; the keys are the store's own words and need no escaping.
  if (!drop_nulls) {
    std::string out = "('{'";
    bool first = true;
    for (const auto& [key, expr] : fields) {
      out += cat({" || '", first ? "" : ",", "\"", key, "\":' || ", json_value(d, expr)});
      first = false;
    }
    return out + " || '}')";
  }
  std::string members;
  for (const auto& [key, expr] : fields) {
    if (is_null_literal(expr)) continue;
    if (!members.empty()) members += " || ";
    members += cat({"CASE WHEN ", expr, " IS NULL THEN '' ELSE ',\"", key, "\":' || ", json_value(d, expr), " END"});
  }
  if (members.empty()) return "'{}'";
  return cat({"('{' || ltrim(", members, ", ',') || '}')"});
}

std::string json_text_field(sql::Dialect d, std::string_view json, std::string_view key) {
  if (d == sql::Dialect::Sqlite) return cat({"json_extract(", json, ", '$.", key, "')"});
  return cat({"(CAST(", json, " AS json) ->> '", key, "')"});
}

std::string json_integers(sql::Dialect d, std::string_view json_array) {
  if (d == sql::Dialect::Sqlite) return cat({"json_each(", json_array, ")"});
  return cat({"(SELECT CAST(e AS bigint) AS value FROM json_array_elements_text(CAST(", json_array,
              " AS json)) AS e) AS json_integers"});
}

std::string next_ids(sql::Dialect d, std::string_view table, std::string_view order_by) {
  if (d == sql::Dialect::Sqlite) return "NULL";
  return "(SELECT coalesce(max(id), 0) FROM " + std::string(table) + ") + row_number() OVER (ORDER BY " +
         std::string(order_by) + ")";
}

std::string_view not_indexed(sql::Dialect d) { return d == sql::Dialect::Sqlite ? " NOT INDEXED" : ""; }

}  // namespace keyproj::dialect_sql
