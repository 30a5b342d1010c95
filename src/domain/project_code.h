#pragma once
// What a project code may be: a short ASCII identifier (TM-022, WH_01, ZS.3). Codes are typed
// in commands, matched exactly, and stand first in every list; a space, a Chinese character
// or a leading '-' (read as an option) would make one hard to type or to name.

#include <string>
#include <string_view>

namespace keyproj {

inline constexpr std::size_t kMaxCodeChars = 32;

// The sentence refusing `code` as a new project's code ("code 'TM 022' is not a project
// code: …"), naming `field`; "" when it is one: 1 to 32 letters, digits, '-', '_' or '.', not
// starting with '-'. Only new codes are checked: a database holding older codes still works.
std::string code_refusal(std::string_view code, std::string_view field);

}  // namespace keyproj
