#pragma once
// The bulletin (view/bulletin.h) as one HTML page that needs nothing else: inline CSS and SVG,
// no script, a Content-Security-Policy that forbids every request (a page mailed to leaders
// must not call out), the Chinese fonts named by family with fall-backs, and rules that print
// it on A4 without cutting a table row at a page break. Every name is escaped
// (view/markup.h): a project called <script>…</script> shows as text.

#include <string>

#include "domain/light.h"
#include "util/translate.h"
#include "view/bulletin.h"

namespace keyproj {

// The page; `t` words the lights' reasons.
std::string bulletin_html(const Bulletin& b, const LightThresholds& t, Lang lang);

// Money as a bulletin prints it: 万元 to two decimals, grouped, rounded half up ("12,345.68").
std::string wan_figure(std::int64_t yuan);

}  // namespace keyproj
