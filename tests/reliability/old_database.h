#pragma once
// Databases as older (or newer) keyproj binaries left them, for the upgrade tests.

#include <map>
#include <string>

namespace keyproj::reliability {

// A database at schema version 1 (only migrations/0001_schema.sql applied, as the first
// release wrote it), filled with a row in every table. Returns nothing; throws on failure.
void make_v1_database(const std::string& path);

// Every row of every table, each table with only the columns it had at version 1, in rowid
// order: equal before and after an upgrade means no row was lost or changed.
std::map<std::string, std::string> v1_rows(const std::string& path);

// The bytes of a file ("" when it does not exist).
std::string file_bytes(const std::string& path);

}  // namespace keyproj::reliability
