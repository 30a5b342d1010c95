#pragma once
// A file that appears whole or not at all: written under a temporary name beside its final
// path and renamed over it by commit(). An export that fails half-way leaves the officer's
// previous file as it was, never a truncated one.
//
// What is replaced is what the officer means: a symbolic link is followed and the file it
// names replaced (the link stays); a replaced file keeps its permission bits; a device or a
// FIFO (/dev/null, /dev/full, a pipe to another program) is written in place, since renaming
// over it would replace the device with a plain file. A temporary left by a killed keyproj
// (kill -9 skips every destructor) is removed by the next write to the same path.

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

  // Where a writer that opens files itself (libxlsxwriter) writes: the temporary file, or the
  // device itself.
  const std::string& temp_path() const { return temp_; }
  // The temporary file as a stream, for text.
  std::ostream& stream() { return out_; }
  // Flushes and renames the temporary file to the final path. Error(Database) naming the
  // path when a write failed (a full disk, /dev/full).
  void commit();

 private:
  std::string path_;    // as the officer gave it, for sentences
  std::string target_;  // the file replaced: path_, or what its symbolic link names
  std::string temp_;
  std::ofstream out_;
  int lock_fd_ = -1;    // the temporary, locked while this writer lives (see the .cpp)
  bool in_place_ = false;
  bool committed_ = false;
};

// The whole content of a file. Error(NotFound) naming it when it cannot be read.
std::string read_file(const std::string& path);

// The file opened for reading, for reading it in pieces; Error(NotFound) as read_file.
std::ifstream open_file(const std::string& path);

}  // namespace keyproj
