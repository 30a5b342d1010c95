#include "io/zip_archive.h"

#include <minizip/unzip.h>

#include <algorithm>
#include <vector>

#include "util/error.h"
#include "util/shared_library.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

// minizip, opened the first time a workbook is read (util/shared_library.h says why).
struct Minizip {
  decltype(&::unzOpen64) unzOpen64;
  decltype(&::unzClose) unzClose;
  decltype(&::unzLocateFile) unzLocateFile;
  decltype(&::unzGetCurrentFileInfo64) unzGetCurrentFileInfo64;
  decltype(&::unzOpenCurrentFile) unzOpenCurrentFile;
  decltype(&::unzReadCurrentFile) unzReadCurrentFile;
  decltype(&::unzCloseCurrentFile) unzCloseCurrentFile;
};

const Minizip& minizip() {
  static const Minizip lib = [] {
    const SharedLibrary library({"libminizip.so.1", "libminizip.so"}, N_("the workbook reader (minizip)"),
                                "libminizip1");
    Minizip l{};
    library.bind(l.unzOpen64, "unzOpen64");
    library.bind(l.unzClose, "unzClose");
    library.bind(l.unzLocateFile, "unzLocateFile");
    library.bind(l.unzGetCurrentFileInfo64, "unzGetCurrentFileInfo64");
    library.bind(l.unzOpenCurrentFile, "unzOpenCurrentFile");
    library.bind(l.unzReadCurrentFile, "unzReadCurrentFile");
    library.bind(l.unzCloseCurrentFile, "unzCloseCurrentFile");
    return l;
  }();  // a failed load throws, and is tried again next time
  return lib;
}

}  // namespace

ZipArchive::ZipArchive(const std::string& path, std::size_t budget) : path_(path), budget_(budget) {
  zip_ = minizip().unzOpen64(path.c_str());
  if (!zip_)
    throw rejected(trf("{} is not a readable workbook: its zip container is damaged or cut short; save it again "
                       "from Excel or WPS",
                       path));
}

ZipArchive::~ZipArchive() {
  if (zip_) minizip().unzClose(zip_);
}

bool ZipArchive::has(const std::string& name) const { return minizip().unzLocateFile(zip_, name.c_str(), 1) == UNZ_OK; }

void ZipArchive::fail(const std::string& name, const std::string& why) const {
  throw rejected(trf("{} is not a readable workbook: part {} {}", path_, quote(name), why));
}

void ZipArchive::read(const std::string& name, const std::function<bool(std::string_view)>& sink) {
  if (minizip().unzLocateFile(zip_, name.c_str(), 1) != UNZ_OK) fail(name, tr("is missing"));
  unz_file_info64 info{};
  if (minizip().unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
    fail(name, tr("is damaged"));
  // A size the directory declares is refused at once; the bytes actually inflated are
  // counted below too, since a directory can lie.
  auto too_large = [&] {
    return trf("{} inflates to more than {} MB, more than a workbook of its size holds (a zip bomb?); refused",
               path_, budget_ / (1024 * 1024));
  };
  const std::size_t before = parts_[name];
  const std::size_t others = inflated_ - before;
  if (info.uncompressed_size > budget_ - others) throw rejected(too_large());
  std::size_t counted = 0;
  auto settle = [&] {
    parts_[name] = std::max(before, counted);
    inflated_ = others + parts_[name];
  };
  if (minizip().unzOpenCurrentFile(zip_) != UNZ_OK) fail(name, tr("is damaged or encrypted"));
  std::vector<char> buffer(1 << 16);
  try {
    for (;;) {
      const int n = minizip().unzReadCurrentFile(zip_, buffer.data(), static_cast<unsigned>(buffer.size()));
      if (n < 0) fail(name, tr("is damaged or cut short"));
      if (n == 0) break;
      counted += static_cast<std::size_t>(n);
      if (counted > budget_ - others) throw rejected(too_large());
      if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(n)))) {
        settle();
        minizip().unzCloseCurrentFile(zip_);
        return;
      }
    }
  } catch (...) {
    minizip().unzCloseCurrentFile(zip_);
    throw;
  }
  settle();
  // The checksum is checked at the close: a part whose bytes do not match it is damaged.
  if (minizip().unzCloseCurrentFile(zip_) != UNZ_OK) fail(name, tr("is damaged (its checksum does not match)"));
}

bool ZipArchive::contains(const std::string& name, std::string_view word) {
  if (word.empty()) return true;
  const std::size_t keep = word.size() - 1;
  std::string tail;  // the last bytes read before, for a word cut in two between pieces
  bool found = false;
  read(name, [&](std::string_view piece) {
    const std::string edge = tail + std::string(piece.substr(0, std::min(piece.size(), keep)));
    found = edge.find(word) != std::string::npos || piece.find(word) != std::string_view::npos;
    tail.append(piece);
    if (tail.size() > keep) tail.erase(0, tail.size() - keep);
    return !found;
  });
  return found;
}

std::string ZipArchive::read_all(const std::string& name) {
  std::string all;
  read(name, [&](std::string_view piece) {
    all.append(piece);
    return true;
  });
  return all;
}

}  // namespace keyproj
