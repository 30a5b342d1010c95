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
  // pointers taken from it are kept in statics. Error(Database) when none opens, naming `what`
  // (N_("the CSV reader (libcsv)"), shown in the reader's language) and the Debian `package`
  // that brings it.
  SharedLibrary(std::initializer_list<const char*> names, std::string what, std::string package);

  // Sets `fn` to the library's function `symbol`. Error(Database) when it has none: a version
  // older than keyproj was built against.
  template <class Fn>
  void bind(Fn& fn, const char* symbol) const {
    fn = reinterpret_cast<Fn>(find(symbol));
  }

 private:
  void* find(const char* symbol) const;

  void* handle_ = nullptr;
  std::string what_;
  std::string package_;
};

}  // namespace keyproj
