#include "cli/manual.h"

#include <ostream>
#include <sstream>

#include "cli/global_options.h"
#include "cli/reference.h"
#include "cli/usage.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// Text laid out by help, shown as it is laid out (no filling, no hyphenation).
void laid_out(std::ostream& out, const std::string& text) {
  out << ".nf\n";
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out << (line.empty() ? std::string(".sp") : roff_text(line)) << "\n";
  out << ".fi\n";
}

void section(std::ostream& out, std::string_view heading) { out << ".SH " << roff_text(heading) << "\n"; }

void tagged(std::ostream& out, std::span<const Described> items) {
  for (const Described& d : items) out << ".TP\n.B " << roff_text(d.name) << "\n" << roff_text(tr(d.text)) << "\n";
}

}  // namespace

std::string roff_text(std::string_view line) {
  std::string out;
  if (!line.empty() && (line.front() == '.' || line.front() == '\'')) out += "\\&";
  for (char c : line) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  return out;
}

void print_manual(std::ostream& out, std::string_view version) {
  out << ".\\\" keyproj(1), written by `keyproj manual` from the declarations help prints.\n"
      << ".TH KEYPROJ 1 \"\" \"keyproj " << version << "\" \"keyproj\"\n"
      << ".nh\n.ad l\n";
  section(out, trc("manual", "NAME"));
  out << "keyproj \\- " << roff_text(tr("the key-project tracker (重点项目调度)")) << "\n";
  section(out, trc("manual", "SYNOPSIS"));
  laid_out(out, tr("usage: keyproj [global options] COMMAND [command options]"));
  section(out, trc("manual", "DESCRIPTION"));
  std::ostringstream overview;
  print_overview(overview, global_options(), kManualWidth);
  laid_out(out, overview.str());
  section(out, trc("manual", "COMMANDS"));
  for (const Command* c : listed_commands()) {
    std::string title(c->name);
    if (!c->operands.empty()) title.append(" ").append(c->operands);
    out << ".SS \"" << roff_text(title) << "\"\n";
    std::ostringstream usage;
    print_usage(usage, *c, kManualWidth, false);
    laid_out(out, usage.str());
  }
  section(out, trc("manual", "EXIT STATUS"));
  tagged(out, exit_codes());
  section(out, trc("manual", "ENVIRONMENT"));
  tagged(out, environment_variables());
  section(out, trc("manual", "SEE ALSO"));
  out << roff_text(tr("keyproj help COMMAND; the README, installed as /usr/share/doc/keyproj/README.md")) << "\n";
}

}  // namespace keyproj
