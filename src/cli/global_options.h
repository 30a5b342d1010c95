#pragma once
// The options accepted before and after any command (--db, --as-of, --format, …), described in
// the reader's language: what main parses, and what help and the manual page list.

#include <boost/program_options/options_description.hpp>

namespace keyproj {

// Built after the language is chosen, so that the descriptions are in it.
boost::program_options::options_description global_options();

}  // namespace keyproj
