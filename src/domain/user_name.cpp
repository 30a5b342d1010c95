#include "domain/user_name.h"

#include "util/error.h"
#include "util/field_text.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

void require_user_name(std::string_view cleaned, std::string_view field) {
  if (cleaned.empty()) throw rejected(trf("{} is empty; give the name changes are recorded under", field));
  if (const std::size_t n = char_count(cleaned); n > kMaxUserChars)
    throw rejected(trf("{} {} is {} characters long; a user name holds at most {}", field, quote(cleaned), n,
                       kMaxUserChars));
}

std::string clean_user_name(std::string_view text, std::string_view field) {
  std::string user = clean_text(text, field);
  require_user_name(user, field);
  return user;
}

std::string clean_role_name(std::string_view text, std::string_view field) {
  std::string name = clean_user_name(text, field);
  if (name.size() > kMaxRoleBytes)
    throw rejected(trf("{} {} is {} bytes long; the server keeps at most {} bytes of a role's name", field, quote(name),
                       name.size(), kMaxRoleBytes));
  if (name.starts_with("pg_"))
    throw rejected(trf("{} {} begins with pg_, which the server keeps for its own roles", field, quote(name)));
  return name;
}

}  // namespace keyproj
