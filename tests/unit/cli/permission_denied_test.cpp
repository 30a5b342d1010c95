#include "cli/permission_denied.h"

#include <gtest/gtest.h>

#include <string>

#include "unit/in_language.h"

namespace keyproj {
namespace {

sql::Error refusal(const std::string& detail, const std::string& message = "permission denied: as the server says") {
  return sql::Error(sql::Failure::Permission, 0, message, detail);
}

TEST(PermissionDenied, NamesTheProjectItsPlaceAndTheUsersScope) {
  EXPECT_EQ(permission_denied_sentence(refusal(
                R"({"reason": "scope", "user": "li", "role": "officer", "region": "WH", "county": null,
                    "subject": "progress_update", "project": "TM-001", "place": "TM 竟陵街道"})")),
            "permission denied: project TM-001 (TM 竟陵街道) is outside the scope of li, an officer of WH");
  EXPECT_EQ(permission_denied_sentence(refusal(
                R"({"reason": "scope", "user": "zhang", "role": "officer", "region": "TM", "county": "竟陵街道",
                    "project": "TM-002", "place": "TM"})")),
            "permission denied: project TM-002 (TM) is outside the scope of zhang, an officer of TM 竟陵街道");
}

TEST(PermissionDenied, SaysWhatAViewerAndAnOfficerMayNotChange) {
  EXPECT_EQ(permission_denied_sentence(refusal(R"({"reason": "viewer", "user": "kan", "role": "viewer",
                                                   "project": "TM-001"})")),
            "permission denied: kan is a viewer and changes nothing, project TM-001 included");
  EXPECT_EQ(permission_denied_sentence(refusal(R"({"reason": "viewer", "user": "kan", "role": "viewer"})")),
            "permission denied: kan is a viewer and changes nothing");
  EXPECT_EQ(permission_denied_sentence(refusal(R"({"reason": "admin_only", "user": "li", "role": "officer",
                                                   "region": "TM", "subject": "annual_plan"})")),
            "permission denied: only an admin changes the annual plan; li is an officer of TM");
  EXPECT_EQ(permission_denied_sentence(
                refusal(R"({"reason": "admin_only", "user": "kan", "role": "viewer", "subject": "setting_profile"})")),
            "permission denied: only an admin changes the settings; kan is a viewer");
  EXPECT_EQ(permission_denied_sentence(refusal(R"({"reason": "unknown", "user": "x"})")),
            "permission denied: x is not a user of this portfolio; an admin adds them with keyproj user add");
}

TEST(PermissionDenied, AServersOwnRefusalKeepsItsWords) {
  EXPECT_EQ(permission_denied_sentence(refusal("", "permission denied for table audit")),
            "permission denied for table audit");
  EXPECT_EQ(permission_denied_sentence(refusal("not json", "new row violates row-level security policy")),
            "permission denied: new row violates row-level security policy");
  // A detail of another shape is no sentence of keyproj's either.
  EXPECT_EQ(permission_denied_sentence(refusal(R"(["scope"])", "permission denied to create role")),
            "permission denied to create role");
}

TEST(PermissionDenied, IsSaidInTheReadersLanguage) {
  InLanguage zh(Lang::Zh);
  EXPECT_EQ(permission_denied_sentence(refusal(
                R"({"reason": "scope", "user": "li", "role": "officer", "region": "WH", "project": "TM-001",
                    "place": "TM"})")),
            "权限不足：项目 TM-001（TM）不在 li 的范围内，其身份为WH 的经办人");
  EXPECT_EQ(permission_denied_sentence(
                refusal(R"({"reason": "admin_only", "user": "li", "role": "officer", "region": "TM", "subject": "users"})")),
            "权限不足：只有管理员能修改用户；li 是TM 的经办人");
}

}  // namespace
}  // namespace keyproj
