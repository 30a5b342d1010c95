#include "util/shared_library.h"

#include <dlfcn.h>

namespace keyproj {

SharedLibrary::SharedLibrary(std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if ((handle_ = dlopen(name, RTLD_NOW | RTLD_LOCAL))) return;
    const char* why = dlerror();
    error_ = why ? why : name;
  }
}

void* SharedLibrary::find(const char* symbol) const { return handle_ ? dlsym(handle_, symbol) : nullptr; }

}  // namespace keyproj
