#include "io/workbook_signature.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace keyproj {
namespace {

namespace fs = std::filesystem;

// A compound file's first two sectors of 512 bytes: the header, whose directory starts at
// sector 0 (the bytes after the header), and a directory entry named `stream` in UTF-16LE.
std::string compound_file(const std::string& stream) {
  std::string bytes(1024, '\0');
  bytes.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes[0x1E] = 9;  // 512-byte sectors
  std::string name;
  for (char c : stream) name += std::string{c, '\0'};
  bytes.replace(512, name.size(), name);
  return bytes;
}

TEST(WorkbookSignature, NamesWhatTheFirstBytesSay) {
  const fs::path dir = fs::temp_directory_path() / ("kp-sig-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return (dir / name).string();
  };
  const auto zip = write("a.xlsx", std::string("PK\x03\x04rest", 8));
  const auto enc = write("enc.xlsx", compound_file("EncryptionInfo"));
  const auto xls = write("old.xls", compound_file("Workbook"));
  const auto csv = write("a.csv", "code\n");
  EXPECT_EQ(file_signature(zip), FileSignature::Zip);
  EXPECT_EQ(file_signature(enc), FileSignature::OldOrEncrypted);
  EXPECT_EQ(file_signature(csv), FileSignature::Other);
  EXPECT_EQ(ole_refusal(enc), enc + " is an encrypted workbook; open it, remove its password (File > Info > Protect "
                                    "Workbook) and save it again as .xlsx");
  EXPECT_EQ(ole_refusal(xls),
            xls + " is an old Excel 97-2003 workbook (.xls); open it and save it as an Excel workbook (.xlsx)");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace keyproj
