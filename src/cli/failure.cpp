#include "cli/failure.h"

#include <boost/program_options/errors.hpp>

#include <any>
#include <functional>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <typeinfo>
#include <variant>

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

}  // namespace

int report_failure(const std::exception_ptr& failure, std::ostream& err) {
  try {
    std::rethrow_exception(failure);
  } catch (const Error& e) {
    err << "keyproj: " << terminal_text(e.what()) << "\n";
    return static_cast<int>(e.code());
  } catch (const boost::program_options::error& e) {
    // A std::logic_error, yet not a defect: a mistyped option is the user's.
    err << "keyproj: " << trf("{}; see 'keyproj help'", terminal_text(e.what())) << "\n";
    return static_cast<int>(ExitCode::Usage);
  } catch (const sql::Error& e) {
    // SQLite's sum() refuses a total past 64 bits: amounts stored before the ceiling of one
    // amount existed, or written by another program. Data to correct, not a broken database.
    if (std::string_view(e.what()) == "integer overflow") {
      err << "keyproj: " << total_beyond_sentence("a total of money") << "\n";
      return static_cast<int>(ExitCode::Rejected);
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
