#pragma once
// keyproj(1): the manual page in roff, built from the declarations help prints (the overview,
// each command's usage, the tables of cli/reference.h), so that page and help cannot drift. The
// build writes it once in English and once in Chinese (src/cli/CMakeLists.txt).

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace keyproj {

// The text is laid out as help lays it out, by display width (a Chinese character takes two
// columns, and lines break between characters, which groff cannot do), for a page `width`
// columns wide inside man's indent of 7; roff shows it as laid out.
inline constexpr std::size_t kManualWidth = 72;

void print_manual(std::ostream& out, std::string_view version);

// A line of text as roff shows it as written: a backslash is \e, a minus \- (groff would print a
// hyphen, and an option copied from the page would not work), and a line that would begin with a
// request's dot or quote starts with the zero-width \&.
std::string roff_text(std::string_view line);

}  // namespace keyproj
