#pragma once
// The audit trail: every change, written in the same transaction as the change itself.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "store/database.h"

namespace keyproj {

struct AuditEntry {
  std::string user;
  std::string entity;  // project, milestone, progress_update, owner, setting
  std::optional<std::int64_t> entity_id;
  std::optional<std::int64_t> project_id;  // also on an owner's rename or merge, one row per project
  // create, edit, stage, archive, unarchive, log, done, move, reopen, delete, rename, merge, seed
  std::string action;
  nlohmann::ordered_json before;  // null when nothing was there
  nlohmann::ordered_json after;
  std::optional<std::string> reason;
};

void record_audit(Database& db, const AuditEntry& entry);

// How many times each record of `entity` (milestone, problem) of the project was changed after
// it was created, by the record's id (one never changed is not there): a calendar event's
// SEQUENCE (export --format ics), which only ever rises, so that a calendar takes a later
// export's copy of an event over an earlier one.
std::map<std::int64_t, int> change_counts(Database& db, std::int64_t project_id, const std::string& entity);

struct AuditRow {
  std::int64_t id = 0;
  std::string at;        // UTC, as stored: 2026-11-22T08:30:00.000Z
  std::string at_local;  // the same moment in local time: 2026-11-22 16:30:00
  std::string user;
  std::string entity;
  std::optional<std::int64_t> entity_id;
  std::string action;
  std::string before;  // JSON text, "" for none
  std::string after;
  std::string reason;
  // A correction of a report (action "correct"): the report in force it replaced, whose
  // values are its `before`.
  std::optional<std::int64_t> corrects;
};

}  // namespace keyproj
