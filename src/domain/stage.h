#pragma once
// The life of a project (DESIGN.md "Stages"):
//   planned 谋划 → preparing 前期 → building 在建 → completed 竣工 → operating 投产运营,
// and beside them suspended 停缓建 (returns to the stage it left) and cancelled 取消 (final).

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "util/translate.h"

namespace keyproj {

enum class Stage { Planned, Preparing, Building, Completed, Operating, Suspended, Cancelled };

// Every stage, in the order of a project's life: what lists, reports and SQL walk through.
inline constexpr std::array<Stage, 7> kStages{Stage::Planned,   Stage::Preparing, Stage::Building, Stage::Completed,
                                              Stage::Operating, Stage::Suspended, Stage::Cancelled};

std::string_view stage_name(Stage s);     // "building": the stored and typed form
std::string_view stage_name_zh(Stage s);  // "在建"
std::string_view stage_shown(Stage s);    // in the reader's language (util/translate.h): sentences
// In the words of `lang`: what a list, a card or a workbook written for that language shows.
std::string_view stage_name_in(Stage s, Lang lang);
// The Chinese name of a stage stored as text (a report's stage); nothing for text that is no stage.
std::optional<std::string_view> stage_zh_of(std::string_view stored);
std::optional<Stage> stage_from_name(std::string_view name);  // English or Chinese
Stage parse_stage(std::string_view text, std::string_view field);  // throws Error(Rejected)

// Active projects are the ones still owed progress reports.
bool is_active(Stage s);
// Finished projects are never overdue.
bool is_finished(Stage s);

// What a stage move needs.
enum class MoveKind {
  Same,       // no change
  Allowed,    // forward, a resumption, a suspension or a cancellation
  Backward,   // allowed only with --force and a reason
  Refused,    // never allowed
};

struct MoveCheck {
  MoveKind kind;
  std::string why;  // for Backward and Refused: the sentence to show
};

// `resume_to` is the stage a suspended project left (ignored unless `from` is Suspended).
MoveCheck check_move(Stage from, Stage to, std::optional<Stage> resume_to);

}  // namespace keyproj
