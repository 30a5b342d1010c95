#pragma once
// Who made a change: --user, $USER or an import's author column. It is shown in every history
// line and on every report, so it is text like any field (clean_text: trimmed, NFC, no control
// characters) and short: 1 to kMaxUserChars characters.

#include <string>
#include <string_view>

namespace keyproj {

inline constexpr std::size_t kMaxUserChars = 64;

// The name as it is stored; Error(Rejected) naming `field` when it is empty, too long or not text.
std::string clean_user_name(std::string_view text, std::string_view field);
// A PostgreSQL server's limit on a role's name, in bytes (NAMEDATALEN - 1): longer names are
// cut short by the server, and a user must log in by the name they were given.
inline constexpr std::size_t kMaxRoleBytes = 63;

// A user of a shared portfolio, which is a login role of the server: a user name (the same
// rule) of at most kMaxRoleBytes bytes, not beginning with pg_ (the server's own roles).
std::string clean_role_name(std::string_view text, std::string_view field);

// The same rule for a name clean_text already cleaned (an import's cell): empty or too long.
void require_user_name(std::string_view cleaned, std::string_view field);

}  // namespace keyproj
