#pragma once
// The encoding of a CSV file as officers' spreadsheets save it: UTF-8 ("CSV UTF-8"), or
// GB18030 and its subset GBK, which WPS and a Chinese Windows save as plain "CSV". A file is
// decoded to UTF-8 piece by piece, through glibc's iconv, so a large one never sits in memory.
//
// Detect decides at the first byte beyond ASCII (the two encodings agree on ASCII), from the
// kDetectWindow bytes from there on: UTF-8 when they are valid UTF-8 or nearly so (three in four
// of their characters beyond ASCII are whole UTF-8 sequences: a few stray bytes in a UTF-8
// file), else GB18030 when they are valid GB18030, else UTF-8 again, so that the CSV reader
// names the first byte that is neither. A byte that is not text in the encoding decided passes through as it is, and the
// CSV reader refuses it at its line and column with sentence() (csv_reader.h).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace keyproj {

enum class Encoding { Detect, Utf8, Gb18030 };

// utf-8 or gb18030 as --encoding names them (case aside; utf8, gbk and gb2312 too, since GBK
// and GB2312 are subsets of GB18030); nothing for another name.
std::optional<Encoding> encoding_named(std::string_view name);

class TextDecoder {
 public:
  static constexpr std::size_t kDetectWindow = 64 * 1024;

  explicit TextDecoder(Encoding encoding);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // Appends to `out` the UTF-8 text of `bytes` that is complete so far.
  void feed(std::string_view bytes, std::string& out);
  // Appends what is still held: bytes too few to decide on, or a sequence cut short.
  void finish(std::string& out);

  // Utf8 or Gb18030 once decided; Detect while every byte so far is ASCII.
  Encoding decided() const { return decided_; }
  // What the CSV reader says of a field that is not UTF-8 once decoded: the file is not
  // text in the encoding decided (or, when detection found neither, in either one); empty
  // when that is UTF-8, whose sentence the reader has.
  std::string sentence() const;

 private:
  void decide(bool final);
  void convert(std::string& out, bool final);

  Encoding asked_;
  Encoding decided_;
  bool neither_ = false;      // detection found the text neither UTF-8 nor GB18030
  std::string held_;          // bytes not yet decided on, or not yet converted
  void* iconv_ = nullptr;     // iconv_t, opened once GB18030 is decided
};

// The whole of `bytes` decoded as `encoding` (the start of a file, a test's text).
std::string decoded(std::string_view bytes, Encoding encoding);

}  // namespace keyproj
