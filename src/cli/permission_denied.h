#pragma once
// The sentence for a change a shared server refused the user (exit 6), in the reader's
// language: who was refused, what, and the scope they hold.

#include <string>

#include "store/sql/error.h"

namespace keyproj {

// "permission denied: project TM-001 (TM) is outside the scope of li, an officer of WH".
// Built from the JSON DETAIL keyproj's own rules give (migrations/postgresql/0021_access.sql);
// a refusal of the server's own (a privilege the role lacks) keeps the server's words.
std::string permission_denied_sentence(const sql::Error& refusal);

}  // namespace keyproj
