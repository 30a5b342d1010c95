#pragma once
// Text placed in an HTML page or an SVG drawing, as text or as an attribute's value. Names and
// titles come from officers' sheets: a project named <script>…</script> must read as those
// characters, never become markup, and a stray control character pasted from a workbook must
// not make the drawing ill-formed XML, which a browser would refuse to show at all.

#include <string>
#include <string_view>

namespace keyproj {

// `s` with & < > " ' written as entities, the characters XML 1.0 forbids (C0 controls other
// than tab, newline and carriage return; U+FFFE, U+FFFF) dropped, and each byte that is not
// part of well-formed UTF-8 replaced by U+FFFD.
std::string markup_text(std::string_view s);

}  // namespace keyproj
