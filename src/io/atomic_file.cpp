#include "io/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <vector>

#include "util/error.h"

namespace keyproj {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (std::filesystem::is_directory(path_)) throw database_error("file '" + path_ + "' is a directory");
  std::vector<char> name(path_.begin(), path_.end());
  const std::string suffix = ".tmp-XXXXXX";
  name.insert(name.end(), suffix.begin(), suffix.end());
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) throw database_error("file '" + path_ + "' cannot be written: " + std::strerror(errno));
  // mkstemp makes the file private; an export is an ordinary file, as the umask wants it.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  temp_ = name.data();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::remove(temp_.c_str());
}

void AtomicFile::commit() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  if (!ok) throw database_error("file '" + path_ + "' cannot be written: the disk may be full");
  std::error_code ec;
  std::filesystem::rename(temp_, path_, ec);
  if (ec) throw database_error("file '" + path_ + "' cannot be written: " + ec.message());
  committed_ = true;
}

std::ifstream open_file(const std::string& path) {
  if (std::filesystem::is_directory(path)) throw not_found("file '" + path + "' is a directory, not a file to import");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw not_found("file '" + path + "' cannot be read: " + std::strerror(errno));
  return in;
}

std::string read_file(const std::string& path) {
  std::ifstream in = open_file(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace keyproj
