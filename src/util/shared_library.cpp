#include "util/shared_library.h"

#include <dlfcn.h>

#include <utility>

#include "util/error.h"
#include "util/translate.h"

namespace keyproj {

SharedLibrary::SharedLibrary(std::initializer_list<const char*> names, std::string what, std::string package)
    : what_(std::move(what)), package_(std::move(package)) {
  std::string why;
  for (const char* name : names) {
    if ((handle_ = dlopen(name, RTLD_NOW | RTLD_LOCAL))) return;
    const char* error = dlerror();
    why = error ? error : name;
  }
  throw database_error(trf("{} cannot be loaded ({}); install the Debian package {}", tr(what_), why, package_));
}

void* SharedLibrary::find(const char* symbol) const {
  if (void* fn = dlsym(handle_, symbol)) return fn;
  throw database_error(trf("{} lacks {}; install a newer {}", tr(what_), symbol, package_));
}

}  // namespace keyproj
