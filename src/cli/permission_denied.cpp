#include "cli/permission_denied.h"

#include <nlohmann/json.hpp>

#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

std::string field(const nlohmann::json& detail, const char* key) {
  const auto it = detail.find(key);
  return it != detail.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// What the table refused holds, as the officer calls it.
std::string subject_words(const std::string& table) {
  if (table == "setting" || table == "setting_profile") return tr("the settings");
  if (table == "annual_plan") return tr("the annual plan");
  if (table == "plan" || table == "program") return tr("the plans and their programmes");
  if (table == "region") return tr("the regions");
  if (table == "node_template" || table == "template_node") return tr("the node templates");
  if (table == "owner") return tr("owners already added");
  if (table == "leader") return tr("leaders already added");
  if (table == "users") return tr("the users");
  return table;
}

// "an officer of TM", "an officer of TM 竟陵街道", "a viewer", "an admin".
std::string scope_words(const nlohmann::json& detail) {
  const std::string role = field(detail, "role");
  if (role == "officer") {
    const std::string county = field(detail, "county");
    const std::string place = field(detail, "region") + (county.empty() ? "" : " " + county);
    return trf("an officer of {}", place);
  }
  if (role == "viewer") return tr("a viewer");
  if (role == "admin") return tr("an admin");
  return tr("not a user of this portfolio");
}

std::string sentence(const nlohmann::json& d, const std::string& server_words) {
  const std::string reason = field(d, "reason");
  const std::string user = field(d, "user");
  if (reason == "scope")
    return trf("permission denied: project {} ({}) is outside the scope of {}, {}", field(d, "project"),
               field(d, "place"), user, scope_words(d));
  if (reason == "viewer") {
    if (field(d, "project").empty()) return trf("permission denied: {} is a viewer and changes nothing", user);
    return trf("permission denied: {} is a viewer and changes nothing, project {} included", user, field(d, "project"));
  }
  if (reason == "admin_only")
    return trf("permission denied: only an admin changes {}; {} is {}", subject_words(field(d, "subject")), user,
               scope_words(d));
  if (reason == "unknown")
    return trf("permission denied: {} is not a user of this portfolio; an admin adds them with keyproj user add", user);
  if (reason == "superuser")
    return trf("permission denied: {} is a superuser of the server, whom no scope holds; add another role", user);
  if (reason == "owner") return trf("permission denied: {} owns the portfolio and stays its admin", user);
  return server_words;
}

}  // namespace

std::string permission_denied_sentence(const sql::Error& refusal) {
  const std::string server_words = refusal.what();
  // The server's own refusals ("permission denied for table audit") begin with the words.
  const std::string fallback =
      server_words.starts_with("permission denied") ? server_words : trf("permission denied: {}", server_words);
  const auto detail = nlohmann::json::parse(refusal.detail(), nullptr, false);
  if (!detail.is_object()) return fallback;
  return sentence(detail, fallback);
}

}  // namespace keyproj
