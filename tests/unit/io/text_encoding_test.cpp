#include "io/text_encoding.h"

#include <gtest/gtest.h>

#include <string>

namespace keyproj {
namespace {

// GB18030 bytes as Python's own codec writes them ('天门'.encode('gb18030')), independent of
// iconv: 天门 is CC EC C3 C5, 主体 D6 F7 CC E5.
const std::string kTianmenGbk = "\xCC\xEC\xC3\xC5";
const std::string kZhutiGbk = "\xD6\xF7\xCC\xE5";

// `bytes` decoded as `encoding`, fed `piece` bytes at a time; `decided` gets the encoding.
std::string in_pieces(const std::string& bytes, Encoding encoding, std::size_t piece, Encoding* decided = nullptr) {
  TextDecoder decoder(encoding);
  std::string out;
  for (std::size_t at = 0; at < bytes.size(); at += piece) decoder.feed(std::string_view(bytes).substr(at, piece), out);
  decoder.finish(out);
  if (decided) *decided = decoder.decided();
  return out;
}

TEST(TextEncoding, NamesAsOfficersTypeThem) {
  EXPECT_EQ(encoding_named("utf-8"), Encoding::Utf8);
  EXPECT_EQ(encoding_named("UTF8"), Encoding::Utf8);
  EXPECT_EQ(encoding_named("gb18030"), Encoding::Gb18030);
  EXPECT_EQ(encoding_named("GBK"), Encoding::Gb18030);
  EXPECT_EQ(encoding_named("gb2312"), Encoding::Gb18030);
  EXPECT_EQ(encoding_named("latin1"), std::nullopt);
  EXPECT_EQ(encoding_named(""), std::nullopt);
}

TEST(TextEncoding, AsciiIsLeftUndecided) {
  Encoding decided{};
  EXPECT_EQ(in_pieces("code,date\nTM-011,2026-10-31\n", Encoding::Detect, 4, &decided), "code,date\nTM-011,2026-10-31\n");
  EXPECT_EQ(decided, Encoding::Detect);
}

TEST(TextEncoding, DetectsUtf8AndGbk) {
  Encoding decided{};
  EXPECT_EQ(in_pieces("name\n天门市物流园\n", Encoding::Detect, 1000, &decided), "name\n天门市物流园\n");
  EXPECT_EQ(decided, Encoding::Utf8);
  EXPECT_EQ(in_pieces("name,note\n" + kTianmenGbk + "," + kZhutiGbk + "\n", Encoding::Detect, 1000, &decided),
            "name,note\n天门,主体\n");
  EXPECT_EQ(decided, Encoding::Gb18030);
  // A four-byte sequence of GB18030, beyond GBK: 94 39 FC 36 is U+1F600.
  EXPECT_EQ(in_pieces("x\n\x94\x39\xFC\x36" + kTianmenGbk + "\n", Encoding::Detect, 1000), "x\n\U0001F600天门\n");
}

TEST(TextEncoding, SequencesCutBetweenPiecesJoin) {
  const std::string gbk = "a," + kTianmenGbk + kZhutiGbk + "\n";
  for (std::size_t piece : {1, 2, 3, 5})
    EXPECT_EQ(in_pieces(gbk, Encoding::Detect, piece), "a,天门主体\n") << piece;
  for (std::size_t piece : {1, 3})
    EXPECT_EQ(in_pieces(gbk, Encoding::Gb18030, piece), "a,天门主体\n") << piece;
  // A UTF-8 file whose first window ends inside a character is still UTF-8.
  std::string utf8 = "a";
  while (utf8.size() < TextDecoder::kDetectWindow + 10) utf8 += "天";
  Encoding decided{};
  EXPECT_EQ(in_pieces(utf8, Encoding::Detect, 1000, &decided), utf8);
  EXPECT_EQ(decided, Encoding::Utf8);
}

TEST(TextEncoding, AUtf8FileWithAStrayByteStaysUtf8) {
  // A Latin-1 é before a letter is a valid GB18030 pair (E9 73), and so is most UTF-8 Chinese
  // taken two bytes at a time: read as GB18030 the whole file would garble without an error.
  std::string utf8 = "name,note\n";
  for (int i = 0; i < 20; ++i) utf8 += "天门市物流园,在建\n";
  const std::string stray = utf8 + "Caf\xE9s,ok\n";
  Encoding decided{};
  EXPECT_EQ(in_pieces(stray, Encoding::Detect, 7, &decided), stray);
  EXPECT_EQ(decided, Encoding::Utf8);

  // GBK text is still GBK.
  std::string gbk = "name,note\n";
  for (int i = 0; i < 20; ++i) gbk += kTianmenGbk + "," + kZhutiGbk + "\n";
  EXPECT_EQ(in_pieces(gbk, Encoding::Detect, 7, &decided).substr(10, 14), "天门,主体\n");
  EXPECT_EQ(decided, Encoding::Gb18030);
}

TEST(TextEncoding, ForcedEncodingIsKept) {
  // Forced UTF-8, GBK bytes pass as they are for the CSV reader to refuse.
  EXPECT_EQ(in_pieces(kTianmenGbk, Encoding::Utf8, 3), kTianmenGbk);
  // Forced GB18030, ASCII and GBK alike are converted.
  EXPECT_EQ(in_pieces("ok" + kZhutiGbk, Encoding::Gb18030, 100), "ok主体");
}

TEST(TextEncoding, BytesOfNeitherPassForTheReaderToName) {
  TextDecoder neither(Encoding::Detect);
  std::string out;
  neither.feed("a,b\n\xFF\xFE,c\n", out);
  neither.finish(out);
  EXPECT_EQ(out, "a,b\n\xFF\xFE,c\n");
  EXPECT_EQ(neither.decided(), Encoding::Utf8);
  EXPECT_EQ(neither.sentence(), "the text is neither UTF-8 nor GB18030 (GBK); save it as \"CSV UTF-8\"");

  // Read as GB18030, a byte that is not (0x80, 0xFF) passes alone; the rest is converted.
  TextDecoder gbk(Encoding::Gb18030);
  out.clear();
  gbk.feed(kTianmenGbk + "\x80" + kZhutiGbk + "\xD6", out);
  gbk.finish(out);
  EXPECT_EQ(out, "天门\x80主体\xD6");
  EXPECT_EQ(gbk.sentence(), "the text is not GB18030 (GBK), the encoding it was read in; save it as \"CSV UTF-8\"");

  EXPECT_EQ(TextDecoder(Encoding::Utf8).sentence(), "");  // the CSV reader's own
  EXPECT_EQ(decoded("x" + kZhutiGbk, Encoding::Detect), "x主体");
}

}  // namespace
}  // namespace keyproj
