#pragma once
// A zip archive opened for reading (minizip), as an xlsx workbook is one: its parts are read
// by name, inflated piece by piece, and every byte inflated counts against one budget, so a
// zip bomb (a few kilobytes that inflate to gigabytes) is refused before it fills memory or
// takes minutes.

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace keyproj {

class ZipArchive {
 public:
  // Opens `path`; Error(Rejected) "FILE is not a readable workbook …" when it is no zip or its
  // directory is cut short. `budget` bounds the bytes its parts may inflate to together (a part read twice counts once).
  ZipArchive(const std::string& path, std::size_t budget);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // Hands the inflated bytes of part `name` to `sink` in pieces, until it returns false (a
  // reader that has found what it looks for). Error(Rejected) naming the file and the part
  // when it is missing, damaged, or would pass the budget.
  void read(const std::string& name, const std::function<bool(std::string_view)>& sink);
  // Whether the bytes of part `name` hold `word`: a search far cheaper than parsing them.
  bool contains(const std::string& name, std::string_view word);
  // The whole part, for the small ones (the workbook, its relationships, the styles).
  std::string read_all(const std::string& name);

 private:
  [[noreturn]] void fail(const std::string& name, const std::string& why) const;

  std::string path_;
  void* zip_ = nullptr;  // unzFile
  std::size_t budget_;
  std::size_t inflated_ = 0;                    // the sum of parts_
  std::map<std::string, std::size_t> parts_;  // by part: the most bytes one read of it inflated
};

}  // namespace keyproj
