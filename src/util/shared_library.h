#pragma once
// A shared library opened the first time a command needs it (dlopen), instead of by the
// dynamic loader when keyproj starts. A library linked normally is mapped and relocated at the
// start of every command, `project show` included, whether the command calls it or not; page
// faults cost 13 µs each on the virtual machines keyproj was measured on (bench/README.md).
// Those that only an import, an export or a server needs are opened here, by their users.

#include <initializer_list>
#include <string>

namespace keyproj {

class SharedLibrary {
 public:
  // The first of `names` that opens. It stays open for the rest of the process: the function
  // pointers taken from it are kept in statics.
  explicit SharedLibrary(std::initializer_list<const char*> names);

  bool loaded() const { return handle_ != nullptr; }
  // Why none of the names opened (dlerror of the last one tried).
  const std::string& error() const { return error_; }

  // Sets `fn` to the library's function `symbol`; false when it has none.
  template <class Fn>
  bool bind(Fn& fn, const char* symbol) const {
    fn = reinterpret_cast<Fn>(find(symbol));
    return fn != nullptr;
  }

 private:
  void* find(const char* symbol) const;

  void* handle_ = nullptr;
  std::string error_;
};

}  // namespace keyproj
