// keyproj manual: the manual page, keyproj(1), in roff, in the reader's language. The build
// writes share/man/man1/keyproj.1 and share/man/zh_CN/man1/keyproj.1 with it; hidden from help.

#include "cli/command.h"
#include "cli/manual.h"

namespace keyproj {
namespace {

void declare(po::options_description&, po::positional_options_description&) {}

int run(const po::variables_map&, const Globals&, Io& io) {
  print_manual(io.out, KEYPROJ_VERSION);
  return 0;
}

}  // namespace

extern const Command manual_command{"manual", "", N_("the manual page keyproj(1), in roff"), declare, run, true};

}  // namespace keyproj
