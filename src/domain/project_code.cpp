#include "domain/project_code.h"

#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

bool code_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

}  // namespace

std::string code_refusal(std::string_view code, std::string_view field) {
  bool ok = !code.empty() && code.size() <= kMaxCodeChars && code.front() != '-';
  for (char c : code) ok = ok && code_char(c);
  if (ok) return "";
  return trf("{} {} is not a project code: use 1 to 32 ASCII letters, digits, '-', '_' or '.', not starting with "
             "'-', e.g. TM-022",
             field, quote(code));
}

}  // namespace keyproj
