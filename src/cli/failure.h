#pragma once
// How a failure reaches the user: one sentence on stderr and the exit code of README's table.
// A failure of the world keyproj works in (bad input, a missing file, a full disk, a database
// that refuses) exits with its own code; an exception that only a defect in keyproj can throw
// (a logic error: an index out of range, an empty optional read) exits 70, "internal error".

#include <exception>
#include <iosfwd>

namespace keyproj {

// Writes the sentence for `failure` to `err` and returns the exit code.
int report_failure(const std::exception_ptr& failure, std::ostream& err);

}  // namespace keyproj
