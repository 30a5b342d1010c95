#include "io/workbook_signature.h"

#include <cstdint>
#include <fstream>
#include <string_view>

#include "io/atomic_file.h"
#include "util/translate.h"

namespace keyproj {

FileSignature file_signature(const std::string& path) {
  std::ifstream in = open_file(path);
  char head[4] = {};
  in.read(head, 4);
  const std::string_view h(head, static_cast<std::size_t>(in.gcount()));
  if (h == std::string_view("PK\x03\x04", 4) || h == std::string_view("PK\x05\x06", 4)) return FileSignature::Zip;
  if (h == std::string_view("\xD0\xCF\x11\xE0", 4)) return FileSignature::OldOrEncrypted;
  return FileSignature::Other;
}

std::string ole_refusal(const std::string& path) {
  // The directory of a compound file names its streams in UTF-16LE. Its header gives the size
  // of a sector (1 << the shift at 0x1E) and the first sector of the directory (at 0x30); an
  // encrypted workbook names EncryptionInfo among the first entries there.
  std::ifstream in = open_file(path);
  unsigned char header[0x34] = {};
  in.read(reinterpret_cast<char*>(header), sizeof header);
  const unsigned shift = header[0x1E] | (header[0x1F] << 8);
  const std::uint32_t first = header[0x30] | (header[0x31] << 8) | (header[0x32] << 16) |
                              (static_cast<std::uint32_t>(header[0x33]) << 24);
  std::string directory;
  if (in && (shift == 9 || shift == 12)) {
    in.seekg(static_cast<std::streamoff>((static_cast<std::uint64_t>(first) + 1) << shift));
    directory.assign(std::size_t{1} << shift, '\0');
    in.read(directory.data(), static_cast<std::streamsize>(directory.size()));
    directory.resize(static_cast<std::size_t>(in.gcount()));
  }
  const std::string_view name("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
  if (directory.find(name) != std::string::npos)
    return trf("{} is an encrypted workbook; open it, remove its password (File > Info > Protect Workbook) and "
               "save it again as .xlsx",
               path);
  return trf("{} is an old Excel 97-2003 workbook (.xls); open it and save it as an Excel workbook (.xlsx)", path);
}

}  // namespace keyproj
