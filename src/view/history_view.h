#pragma once
// How `history` names a change: "project edit", "milestone 3 move", "report 12 log",
// "report 14 corrects 12"; under --lang zh "项目 修改", "里程碑 3 调整日期", "调度记录 14 更正 12".

#include <string>

#include "store/audit.h"

namespace keyproj {

std::string history_what(const AuditRow& r);

}  // namespace keyproj
