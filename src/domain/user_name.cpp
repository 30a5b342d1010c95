#include "domain/user_name.h"

#include "util/error.h"
#include "util/field_text.h"
#include "util/text.h"

namespace keyproj {

std::string clean_user_name(std::string_view text, std::string_view field) {
  std::string user = clean_text(text, field);
  if (user.empty()) throw rejected(std::string(field) + " is empty; give the name changes are recorded under");
  if (const std::size_t n = char_count(user); n > kMaxUserChars)
    throw rejected(std::string(field) + " " + quote(user) + " is " + std::to_string(n) +
                   " characters long; a user name holds at most " + std::to_string(kMaxUserChars));
  return user;
}

}  // namespace keyproj
