#pragma once
// The few SQL phrases SQLite and PostgreSQL spell differently. Everything else the store writes
// is one text for both (coalesce, CASE, substr, ||, CAST … AS bigint, IS DISTINCT FROM); these
// are the exceptions, each written once here for both dialects, so that a statement that needs
// one builds it from the connection's dialect and reads the same on either backend.
//
// Arguments are SQL expressions (column names, :parameters), pasted as given: never a value.
// Dates are ISO text ("2026-11-22") in both schemas; each phrase takes and gives that text.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "store/sql/connection.h"

namespace keyproj::dialect_sql {

// Whole days from `earlier` to `later` (negative when `later` is before), an integer.
std::string days_between(sql::Dialect d, std::string_view later, std::string_view earlier);

// The day `days` (an integer expression) after `date`, as ISO text.
std::string plus_days(sql::Dialect d, std::string_view date, std::string_view days);

// A JSON text for one value: a string quoted and escaped, a number as it is, NULL as null. Its
// bytes are the same on both backends and the same as nlohmann's dump() of that value.
std::string json_value(sql::Dialect d, std::string_view expr);

// A compact JSON object {"key":value,…} with the keys in this order, as nlohmann's dump()
// writes one. With `drop_nulls`, a key whose value is NULL is left out. An expression that is
// the literal NULL is written as null without asking the database its type.
std::string json_object(sql::Dialect d, std::initializer_list<std::pair<std::string_view, std::string_view>> fields,
                        bool drop_nulls = false);

// The text of member `key` of the JSON object text `json` (NULL when absent).
std::string json_text_field(sql::Dialect d, std::string_view json, std::string_view key);

// A one-column table, column `value`, of the whole numbers in the JSON array text `json_array`
// (a bound parameter): "x IN (SELECT value FROM <this>)".
std::string json_integers(sql::Dialect d, std::string_view json_array);

// The id column's value for the rows an INSERT … SELECT writes into `table`: the ids after the
// table's largest, in the order of `order_by` (the SELECT's own ORDER BY). SQLite gives exactly
// those itself (NULL), where numbering them costs it a window over every row; PostgreSQL's
// trigger (keyproj_next_id) would look up the largest id for every row, so they are written in.
std::string next_ids(sql::Dialect d, std::string_view table, std::string_view order_by);

// A planner hint after a table name: SQLite's NOT INDEXED, where its choice of index costs
// more than reading the table; PostgreSQL has no hints and plans by its statistics.
std::string_view not_indexed(sql::Dialect d);

}  // namespace keyproj::dialect_sql
