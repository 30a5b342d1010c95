#pragma once
// The one error type that reaches the user: a sentence and the exit code DESIGN.md assigns.

#include <stdexcept>
#include <string>

namespace keyproj {

enum class ExitCode : int {
  Ok = 0,
  Found = 1,  // a query such as `overdue --fail-if-any` found something to report
  Usage = 2,
  NotFound = 3,
  Rejected = 4,
  Database = 5,
  Permission = 6,  // a shared server's rules refused the user the change
  Internal = 70,  // a defect in keyproj (EX_SOFTWARE of sysexits.h)
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& sentence) : std::runtime_error(sentence), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

inline Error usage_error(const std::string& s) { return Error(ExitCode::Usage, s); }
inline Error not_found(const std::string& s) { return Error(ExitCode::NotFound, s); }
inline Error rejected(const std::string& s) { return Error(ExitCode::Rejected, s); }
inline Error database_error(const std::string& s) { return Error(ExitCode::Database, s); }

}  // namespace keyproj
