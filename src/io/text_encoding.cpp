#include "io/text_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

iconv_t handle(void* p) { return static_cast<iconv_t>(p); }

// `bytes` without a UTF-8 sequence cut short at its end (a piece of a file ends anywhere).
std::string_view whole_utf8(std::string_view bytes) {
  for (std::size_t back = 1; back <= 4 && back <= bytes.size(); ++back) {
    const auto c = static_cast<unsigned char>(bytes[bytes.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: its lead is further back
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return length > back ? bytes.substr(0, bytes.size() - back) : bytes;
  }
  return bytes;
}

// The length of the UTF-8 sequence `bytes` starts with, or 0 when it starts with none.
std::size_t utf8_sequence(std::string_view bytes) {
  const auto c = static_cast<unsigned char>(bytes[0]);
  const std::size_t length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (length == 0 || length > bytes.size()) return 0;
  return is_valid_utf8(bytes.substr(0, length)) ? length : 0;
}

// Whether text that is not all UTF-8 is still UTF-8 with a few stray bytes (a Latin-1 é typed
// into one cell, a character cut in half): its characters beyond ASCII are mostly whole UTF-8
// sequences. GB18030 accepts nearly any pair of high bytes, so without this a UTF-8 file with
// one stray byte would be read as GB18030 and every Chinese name garbled without a word; read
// as UTF-8, the CSV reader refuses the stray byte at its line and column. Chinese text in GBK
// shows one whole UTF-8 sequence for four stray bytes (the five plans saved as GBK, from 200
// bytes to 64 KiB): a twelfth of the three to one asked here.
bool mostly_utf8(std::string_view bytes) {
  std::size_t whole = 0;
  std::size_t stray = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    if (!(bytes[i] & 0x80)) {
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence(bytes.substr(i));
    length ? ++whole : ++stray;
    i += length ? length : 1;
  }
  return whole >= 3 * stray;
}

// Converts as much of `in` as iconv can, appending to `out`; stops at the first invalid
// sequence (returns EILSEQ), at a sequence cut short by the end (EINVAL), or at the end (0).
int convert_some(iconv_t cd, std::string_view& in, std::string& out) {
  while (!in.empty()) {
    const std::size_t start = out.size();
    out.resize(start + in.size() * 2 + 16);  // GB18030 takes at most 1.5 bytes of UTF-8 a byte
    char* src = const_cast<char*>(in.data());
    std::size_t src_left = in.size();
    char* dst = out.data() + start;
    std::size_t dst_left = out.size() - start;
    const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    const int why = r == static_cast<std::size_t>(-1) ? errno : 0;
    out.resize(out.size() - dst_left);
    in.remove_prefix(in.size() - src_left);
    if (why == EILSEQ || why == EINVAL) return why;
    if (why != 0 && why != E2BIG) throw database_error(trf("cannot convert GB18030 text: {}", std::strerror(why)));
  }
  return 0;
}

}  // namespace

std::optional<Encoding> encoding_named(std::string_view name) {
  std::string n(name);
  std::erase(n, '-');
  std::erase(n, '_');
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf8") return Encoding::Utf8;
  if (n == "gb18030" || n == "gbk" || n == "gb2312") return Encoding::Gb18030;
  return std::nullopt;
}

TextDecoder::TextDecoder(Encoding encoding) : asked_(encoding), decided_(encoding) {
  if (decided_ == Encoding::Detect) return;
  if (decided_ == Encoding::Gb18030) decide(false);
}

TextDecoder::~TextDecoder() {
  if (iconv_) iconv_close(handle(iconv_));
}

void TextDecoder::decide(bool final) {
  if (!iconv_) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
      throw database_error(trf("cannot convert GB18030 text: {}", std::strerror(errno)));
    iconv_ = cd;
  }
  if (asked_ != Encoding::Detect) return;
  // The same window however the file comes in pieces, so that it reads the same.
  const std::string_view window = std::string_view(held_).substr(0, kDetectWindow);
  final = final && held_.size() <= kDetectWindow;
  const std::string_view judged = final ? window : whole_utf8(window);
  if (is_valid_utf8(judged) || mostly_utf8(judged)) {
    decided_ = Encoding::Utf8;
    return;
  }
  std::string scratch;
  std::string_view rest = window;
  const int stop = convert_some(handle(iconv_), rest, scratch);
  iconv(handle(iconv_), nullptr, nullptr, nullptr, nullptr);  // back to the initial state
  if (stop == EILSEQ || (stop == EINVAL && final)) {
    decided_ = Encoding::Utf8;  // neither: the CSV reader names where
    neither_ = true;
  } else {
    decided_ = Encoding::Gb18030;
  }
}

void TextDecoder::feed(std::string_view bytes, std::string& out) {
  if (decided_ == Encoding::Utf8) return out.append(bytes), void();
  if (decided_ == Encoding::Gb18030) {
    held_.append(bytes);
    return convert(out, false);
  }
  if (held_.empty()) {
    const auto beyond = std::find_if(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
    const auto ascii = static_cast<std::size_t>(beyond - bytes.begin());
    out.append(bytes.substr(0, ascii));
    bytes.remove_prefix(ascii);
    if (bytes.empty()) return;
  }
  held_.append(bytes);
  if (held_.size() < kDetectWindow) return;
  decide(false);
  convert(out, false);
}

void TextDecoder::finish(std::string& out) {
  if (decided_ == Encoding::Detect && !held_.empty()) decide(true);
  convert(out, true);
}

void TextDecoder::convert(std::string& out, bool final) {
  if (decided_ != Encoding::Gb18030) {
    out.append(held_);
    held_.clear();
    return;
  }
  std::string_view rest = held_;
  while (convert_some(handle(iconv_), rest, out) == EILSEQ) {
    // Not GB18030: the byte passes as it is, and the CSV reader refuses it where it stands.
    out.push_back(rest.front());
    rest.remove_prefix(1);
  }
  if (final) {
    out.append(rest);  // a sequence the file cuts short: refused the same way
    rest = {};
  }
  held_ = std::string(rest);
}

std::string TextDecoder::sentence() const {
  if (neither_) return tr("the text is neither UTF-8 nor GB18030 (GBK); save it as \"CSV UTF-8\"");
  if (decided_ == Encoding::Gb18030)
    return tr("the text is not GB18030 (GBK), the encoding it was read in; save it as \"CSV UTF-8\"");
  return "";  // the CSV reader's own: not UTF-8
}

std::string decoded(std::string_view bytes, Encoding encoding) {
  TextDecoder decoder(encoding);
  std::string out;
  decoder.feed(bytes, out);
  decoder.finish(out);
  return out;
}

}  // namespace keyproj
