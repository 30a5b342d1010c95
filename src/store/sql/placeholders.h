#pragma once
// The store's placeholders (`?`, `?N`, `:name`: see statement.h) rewritten to PostgreSQL's
// `$n`, as its server numbers them. Pure text work, apart from the server: the PostgreSQL
// backend calls it when it prepares a statement.
//
// The numbering is SQLite's, so that a statement binds the same on both backends: `?N` is
// number N; `?` and a `:name` not seen before take one more than the highest number so far; a
// name seen before keeps its number. Left as written: quoted text ('…', E'…' with its backslash
// escapes, "…", PostgreSQL's $tag$…$tag$), comments (-- to the end of the line, /* … */, which
// PostgreSQL nests), `::` (PostgreSQL's cast) and a `:` not followed by a name's first character.
// A `$n` that would touch a name or number on either side gets a space there, as PostgreSQL
// would otherwise read them as one token.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keyproj::sql {

// The highest `?N` taken: SQLite's own limit on a statement's parameters.
inline constexpr int kMaxParameter = 32766;

struct Placeholders {
  std::string sql;     // the statement with every placeholder written `$n`
  int parameters = 0;  // the highest number used: the statement takes $1 … $parameters
  // Each `:name` (with its colon, as parameter() is asked for it) and its number, in the order
  // they first appear.
  std::vector<std::pair<std::string, int>> names;

  // The number of `name` (":x"), 0 when the statement does not use it.
  int number(std::string_view name) const;
};

// Throws sql::Error (Failure::Other) for a `?N` outside 1 … kMaxParameter.
Placeholders rewrite_placeholders(std::string_view sql);

}  // namespace keyproj::sql
