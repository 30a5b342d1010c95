#pragma once
// What a free-text field keeps: a name, an owner, a title, a note, a blocker, a reason, a
// contact. One rule, for what an officer types and what a file brings, so that "中建三局 "
// and "中建三局" are one owner and a name looks on every terminal as it looked to the one who
// typed it.

#include <string>
#include <string_view>

namespace keyproj {

// Whether a field may run over several lines (a note, a blocker, a reason, a contact, the
// scale of a project): then newlines (LF or CR LF) and tabs are kept inside it; elsewhere
// every control character is refused.
enum class Lines { One, Many };

// `s` without the spaces around it: ASCII white space and the ideographic space (U+3000).
std::string trimmed(std::string_view s);

// `s` as a field keeps it: trimmed, and in Unicode's composed form (NFC), so that one text
// typed two ways is stored once. Error(Rejected) naming `field` and the value when `s` is not
// valid UTF-8 or too long (require_text), or holds a control character (C0 but newline and
// tab where `lines` allows them, DEL, C1), a bidirectional control (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C: they make text read otherwise than it is stored) or
// a zero-width character (U+200B–U+200D, U+2060, U+FEFF). The result may be empty: whether a
// field may be blank is the caller's rule.
std::string clean_text(std::string_view s, std::string_view field, Lines lines = Lines::One);

}  // namespace keyproj
