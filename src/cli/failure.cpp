#include "cli/failure.h"

#include <boost/program_options/errors.hpp>

#include <any>
#include <functional>
#include <optional>
#include <string>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <typeinfo>
#include <variant>

#include "cli/permission_denied.h"
#include "store/sql/error.h"
#include "util/error.h"
#include "util/money.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// The exceptions the language and the library throw only when code breaks its own rules:
// std::logic_error (out_of_range from at(), invalid_argument from stoi) and the bad accesses.
bool defect(const std::exception& e) {
  return dynamic_cast<const std::logic_error*>(&e) || dynamic_cast<const std::bad_optional_access*>(&e) ||
         dynamic_cast<const std::bad_variant_access*>(&e) || dynamic_cast<const std::bad_any_cast*>(&e) ||
         dynamic_cast<const std::bad_cast*>(&e) || dynamic_cast<const std::bad_function_call*>(&e);
}

int internal(std::ostream& err, const char* what) {
  err << "keyproj: " << trf("internal error: {}; please report it", terminal_text(what)) << "\n";
  return static_cast<int>(ExitCode::Internal);
}

// A mistyped option in the reader's language. English is Boost's own sentence; Chinese names the
// option as Boost does, and a kind Boost has no sentence for here keeps Boost's.
std::string option_error(const boost::program_options::error& e) {
  namespace po = boost::program_options;
  if (current_language() == Lang::En) return e.what();
  const auto* named = dynamic_cast<const po::error_with_option_name*>(&e);
  if (!named) return e.what();
  const std::string option = quote(named->get_option_name());
  if (dynamic_cast<const po::unknown_option*>(&e)) return trf("unrecognised option {}", option);
  if (dynamic_cast<const po::multiple_occurrences*>(&e)) return trf("option {} cannot be specified more than once", option);
  if (dynamic_cast<const po::multiple_values*>(&e)) return trf("option {} only takes a single argument", option);
  if (const auto* syntax = dynamic_cast<const po::invalid_syntax*>(&e)) {
    if (syntax->kind() == po::invalid_syntax::missing_parameter)
      return trf("the required argument for option {} is missing", option);
    if (syntax->kind() == po::invalid_syntax::extra_parameter)
      return trf("option {} does not take any arguments", option);
  }
  if (dynamic_cast<const po::validation_error*>(&e)) return trf("the argument for option {} is invalid", option);
  return e.what();
}

}  // namespace

int report_failure(const std::exception_ptr& failure, std::ostream& err) {
  try {
    std::rethrow_exception(failure);
  } catch (const Error& e) {
    err << "keyproj: " << terminal_text(e.what()) << "\n";
    return static_cast<int>(e.code());
  } catch (const boost::program_options::error& e) {
    // A std::logic_error, yet not a defect: a mistyped option is the user's.
    err << "keyproj: " << trf("{}; see 'keyproj help'", terminal_text(option_error(e))) << "\n";
    return static_cast<int>(ExitCode::Usage);
  } catch (const sql::Error& e) {
    // SQLite's sum() refuses a total past 64 bits: amounts stored before the ceiling of one
    // amount existed, or written by another program. Data to correct, not a broken database.
    if (std::string_view(e.what()) == "integer overflow") {
      err << "keyproj: " << total_beyond_sentence("a total of money") << "\n";
      return static_cast<int>(ExitCode::Rejected);
    }
    if (e.kind() == sql::Failure::Permission) {
      err << "keyproj: " << terminal_text(permission_denied_sentence(e)) << "\n";
      return static_cast<int>(ExitCode::Permission);
    }
    if (e.kind() == sql::Failure::Conflict) {
      err << "keyproj: "
          << trf("database conflict: other keyproj commands kept writing the same rows ({}); nothing was written, "
                 "try again",
                 terminal_text(e.what()))
          << "\n";
      return static_cast<int>(ExitCode::Database);
    }
    err << "keyproj: " << trf("database error: {}", terminal_text(e.what())) << "\n";
    return static_cast<int>(ExitCode::Database);
  } catch (const std::exception& e) {
    if (defect(e)) return internal(err, e.what());
    // A filesystem, stream or JSON failure, or memory run out: the world's, not keyproj's.
    err << "keyproj: " << trf("unexpected error: {}", terminal_text(e.what())) << "\n";
    return static_cast<int>(ExitCode::Database);
  } catch (...) {
    return internal(err, tr("an exception of no known type"));
  }
}

}  // namespace keyproj
