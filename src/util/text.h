#pragma once
// Text as a terminal shows it: Chinese characters take two columns, Latin one. utf8proc knows
// the widths, so tables line up whatever mix of scripts a name holds.

#include <cstddef>
#include <string>
#include <string_view>

namespace keyproj {

// True when `s` is well-formed UTF-8 with no NUL byte.
bool is_valid_utf8(std::string_view s);

// Columns `s` occupies on a terminal. Invalid bytes count one column each.
std::size_t display_width(std::string_view s);

// `s` cut to at most `width` columns; when cut, its head and its tail with "…" (one column)
// between them, so that names alike at the start stay apart (鄂州国际…枢纽项目).
std::string truncate_to_width(std::string_view s, std::size_t width);

// truncate_to_width appended to `out`, for a writer that builds its line in one reused buffer;
// returns the columns appended, so the caller need not measure them again.
std::size_t fit_to_width(std::string_view s, std::size_t width, std::string& out);

// `s` followed by spaces up to `width` columns (or preceded, when `right` is set).
std::string pad_to_width(std::string_view s, std::size_t width, bool right = false);

// Characters a terminal must never be handed raw, since they move the cursor, recolour,
// reorder or hide what is shown: C0 controls (tab and newline too), DEL and C1 controls; the
// bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); the
// zero-width characters (U+200B–U+200D, U+2060, U+FEFF).
enum class Unsafe { None, Control, Bidi, Invisible };
Unsafe unsafe_kind(char32_t cp);

// `s` as a terminal may show it: every byte that is not part of a well-formed UTF-8 character
// (and NUL), every C0 control and DEL written as \xHH (ESC as \x1b), every other unsafe
// character as \uHHHH (U+202E as \u202e); cut after `max_chars` characters with "…".
std::string escape_bytes(std::string_view s, std::size_t max_chars);

// Whether `s` is well-formed UTF-8 holding nothing unsafe: what terminal_text leaves as it is.
bool terminal_safe(std::string_view s);

// escape_bytes without a cut: what tables, cards, history and confirmations print of stored
// text, whatever an older database holds. `s` itself when nothing needs escaping.
std::string terminal_text(std::string_view s);

// A value quoted in an error sentence: 'value', escaped, and cut at kQuotedChars characters
// with "…" (at a character's boundary), so that a pasted page does not become the sentence.
inline constexpr std::size_t kQuotedChars = 200;
std::string quote(std::string_view value);

// The longest text one field keeps, in characters. A monthly narrative of several pages
// fits; a document pasted by mistake (or a 10 MB spreadsheet cell) is refused, since every
// list, card and export would carry it.
inline constexpr std::size_t kMaxTextChars = 10000;

// Characters (code points) of `s`; an invalid byte counts as one.
std::size_t char_count(std::string_view s);

// The sentence refusing `s` as longer than kMaxTextChars ("note 'xxxx…' is 10485760
// characters long; …"), or "" when it is short enough.
std::string length_refusal(std::string_view s, std::string_view field);

// Throws Error(Rejected) naming `field` and the value (escaped) when `s` is not valid UTF-8,
// holds a NUL byte, or is longer than kMaxTextChars.
void require_text(std::string_view s, std::string_view field);

}  // namespace keyproj
