#pragma once
// A file that appears whole or not at all: written under a temporary name beside its final
// path and renamed over it by commit(). An export that fails half-way leaves the officer's
// previous file as it was, never a truncated one.

#include <fstream>
#include <string>

namespace keyproj {

class AtomicFile {
 public:
  // Creates the temporary file. Error(Database) naming `path` when its folder is not writable.
  explicit AtomicFile(std::string path);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where a writer that opens files itself (libxlsxwriter) writes.
  const std::string& temp_path() const { return temp_; }
  // The temporary file as a stream, for text.
  std::ostream& stream() { return out_; }
  // Flushes and renames the temporary file to the final path.
  void commit();

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool committed_ = false;
};

// The whole content of a file. Error(NotFound) naming it when it cannot be read.
std::string read_file(const std::string& path);

// The file opened for reading, for reading it in pieces; Error(NotFound) as read_file.
std::ifstream open_file(const std::string& path);

}  // namespace keyproj
