#pragma once
// What a file is by its first bytes, whatever its name says: a zip (an .xlsx workbook, which
// is a zip of XML parts), or an OLE compound file (D0 CF 11 E0), which is either an old
// binary .xls workbook or an .xlsx encrypted with a password (the encrypted package and its
// EncryptionInfo stream inside such a file).

#include <string>

namespace keyproj {

enum class FileSignature { Zip, OldOrEncrypted, Other };

// Error(NotFound) naming the file when it cannot be opened.
FileSignature file_signature(const std::string& path);

// The sentence refusing an OLE file at `path`: encrypted when it holds an EncryptionInfo
// stream, else an old .xls workbook to save as .xlsx.
std::string ole_refusal(const std::string& path);

}  // namespace keyproj
