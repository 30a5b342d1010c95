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

// `s` cut to at most `width` columns; when cut, it ends in "…" (one column).
std::string truncate_to_width(std::string_view s, std::size_t width);

// truncate_to_width appended to `out`, for a writer that builds its line in one reused buffer;
// returns the columns appended, so the caller need not measure them again.
std::size_t fit_to_width(std::string_view s, std::size_t width, std::string& out);

// `s` followed by spaces up to `width` columns (or preceded, when `right` is set).
std::string pad_to_width(std::string_view s, std::size_t width, bool right = false);

// `s` with every byte that is not part of a well-formed UTF-8 character (and NUL) written as
// \xHH, cut after `max_chars` characters with "…": a bad value shown safely in a message.
std::string escape_bytes(std::string_view s, std::size_t max_chars);

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
