#pragma once
// For a test of Chinese output: the catalogue's language for the test's scope, English after.

#include "util/translate.h"

namespace keyproj {

struct InLanguage {
  explicit InLanguage(Lang lang) { use_language(lang); }
  ~InLanguage() { use_language(Lang::En); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;
};

}  // namespace keyproj
