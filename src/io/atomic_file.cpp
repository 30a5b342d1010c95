#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/file.h>
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
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTempSuffix = ".tmp-";  // then mkstemp's six characters

// The file a write to `path` replaces: a symbolic link's target, so that the link stays.
std::string resolve_target(const std::string& path) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(path, ec))) return path;
  const fs::path target = fs::canonical(path, ec);
  if (!ec) return target.string();
  // A dangling link: the file it would name, created beside the link's own folder.
  const fs::path link = fs::read_symlink(path, ec);
  if (ec) return path;
  return (link.is_absolute() ? link : fs::path(path).parent_path() / link).string();
}

// Removes the temporaries a killed writer of `target` left: each is locked (flock) while its
// writer lives, so one that can be locked is abandoned. A writer never deletes another
// running writer's file.
void remove_stale_temporaries(const std::string& target) {
  const fs::path t(target);
  const fs::path dir = t.parent_path().empty() ? fs::path(".") : t.parent_path();
  const std::string prefix = t.filename().string() + std::string(kTempSuffix);
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() != prefix.size() + 6 || !name.starts_with(prefix)) continue;
    const int fd = open(it->path().c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) continue;
    struct stat st {};
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0) unlink(it->path().c_str());
    close(fd);
  }
}

std::string failed(const std::string& path, int error) {
  return trf("file {} cannot be written: {}", quote(path), error ? std::strerror(error) : tr("the disk may be full"));
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), target_(resolve_target(path_)) {
  if (fs::is_directory(target_)) throw database_error(trf("file {} is a directory", quote(path_)));
  struct stat st {};
  const bool exists = stat(target_.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    // A device or a FIFO: written in place.
    in_place_ = true;
    temp_ = target_;
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw database_error(failed(path_, errno));
    return;
  }
  remove_stale_temporaries(target_);
  std::vector<char> name(target_.begin(), target_.end());
  name.insert(name.end(), kTempSuffix.begin(), kTempSuffix.end());
  for (int i = 0; i < 6; ++i) name.push_back('X');
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) throw database_error(failed(path_, errno));
  flock(fd, LOCK_EX);  // released when lock_fd_ closes: then the file is stale, or renamed
  lock_fd_ = fd;
  // mkstemp makes the file private. A replaced file keeps its permission bits; a new one is
  // an ordinary file, as the umask wants it.
  mode_t mode = 0;
  if (exists) {
    mode = st.st_mode & 07777;
  } else {
    const mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  fchmod(fd, mode);
  temp_ = name.data();
  out_.open(temp_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    if (!in_place_) std::remove(temp_.c_str());
  }
  if (lock_fd_ >= 0) close(lock_fd_);
}

void AtomicFile::commit() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  // The write that failed may be long past, its errno gone: no reason more exact than this.
  if (!ok || out_.fail()) throw database_error(failed(path_, 0));
  if (!in_place_) {
    std::error_code ec;
    fs::rename(temp_, target_, ec);
    if (ec) throw database_error(trf("file {} cannot be written: {}", quote(path_), ec.message()));
  }
  committed_ = true;
}

std::ifstream open_file(const std::string& path) {
  if (std::filesystem::is_directory(path)) throw not_found(trf("file {} is a directory, not a file to import", quote(path)));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw not_found(trf("file {} cannot be read: {}", quote(path), std::strerror(errno)));
  return in;
}

std::string read_file(const std::string& path) {
  std::ifstream in = open_file(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace keyproj
