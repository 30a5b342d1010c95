#include "domain/stage.h"

#include <array>

#include "util/error.h"
#include "util/text.h"
#include "util/translate.h"

namespace keyproj {
namespace {

struct StageInfo {
  Stage stage;
  std::string_view name;
  std::string_view zh;
};

constexpr std::array<StageInfo, kStages.size()> kStageInfo{{
    {Stage::Planned, "planned", "谋划"},
    {Stage::Preparing, "preparing", "前期"},
    {Stage::Building, "building", "在建"},
    {Stage::Completed, "completed", "竣工"},
    {Stage::Operating, "operating", "投产运营"},
    {Stage::Suspended, "suspended", "停缓建"},
    {Stage::Cancelled, "cancelled", "取消"},
}};

// Position on the main line; suspended and cancelled stand beside it.
int rank(Stage s) { return static_cast<int>(s); }
bool on_main_line(Stage s) { return s != Stage::Suspended && s != Stage::Cancelled; }

}  // namespace

std::string_view stage_name(Stage s) { return kStageInfo[static_cast<std::size_t>(s)].name; }
std::string_view stage_name_zh(Stage s) { return kStageInfo[static_cast<std::size_t>(s)].zh; }

std::string_view stage_name_in(Stage s, Lang lang) { return lang == Lang::Zh ? stage_name_zh(s) : stage_name(s); }

std::string_view stage_shown(Stage s) { return stage_name_in(s, current_language()); }

std::optional<std::string_view> stage_zh_of(std::string_view stored) {
  const auto s = stage_from_name(stored);
  return s ? std::optional(stage_name_zh(*s)) : std::nullopt;
}

std::optional<Stage> stage_from_name(std::string_view name) {
  for (const auto& info : kStageInfo)
    if (info.name == name || info.zh == name) return info.stage;
  return std::nullopt;
}

Stage parse_stage(std::string_view text, std::string_view field) {
  if (auto s = stage_from_name(text)) return *s;
  throw rejected(trf("{} {} is not a stage; use planned, preparing, building, completed, operating, suspended or "
                     "cancelled",
                     field, quote(text)));
}

bool is_active(Stage s) { return s == Stage::Planned || s == Stage::Preparing || s == Stage::Building; }

bool is_finished(Stage s) {
  return s == Stage::Completed || s == Stage::Operating || s == Stage::Cancelled;
}

MoveCheck check_move(Stage from, Stage to, std::optional<Stage> resume_to) {
  if (from == to) return {MoveKind::Same, {}};
  // Only a refusal spells the move out; an import checks a million allowed ones.
  const auto from_to = [&](const char* sentence) { return trf(sentence, stage_shown(from), stage_shown(to)); };
  if (from == Stage::Cancelled)
    return {MoveKind::Refused, from_to(N_("stage {} → {} is refused: a cancelled project stays cancelled"))};
  if (to == Stage::Cancelled) return {MoveKind::Allowed, {}};
  if (to == Stage::Suspended) {
    if (from == Stage::Completed || from == Stage::Operating)
      return {MoveKind::Refused, from_to(N_("stage {} → {} is refused: only a project not yet completed can be suspended"))};
    return {MoveKind::Allowed, {}};
  }
  if (from == Stage::Suspended) {
    if (resume_to && *resume_to == to) return {MoveKind::Allowed, {}};
    return {MoveKind::Backward,
            trf("stage {} → {} needs --force and --reason: a suspended project returns to the stage it left ({})",
                stage_shown(from), stage_shown(to), resume_to ? std::string(stage_shown(*resume_to)) : std::string(tr("unknown")))};
  }
  if (on_main_line(from) && on_main_line(to) && rank(to) > rank(from)) return {MoveKind::Allowed, {}};
  return {MoveKind::Backward, from_to(N_("stage {} → {} is a backward move; it needs --force and --reason"))};
}

}  // namespace keyproj
