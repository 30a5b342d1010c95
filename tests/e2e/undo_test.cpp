// Undo: project unarchive, milestone reopen, edit and delete, owner rename and merge. Each is
// audited and shown by history, and each refusal writes nothing.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e/tracking_fixture.h"

namespace keyproj::e2e {
namespace {

class Undoing : public Tracking {
 protected:
  // The changes `history PROJECT --format json` lists, from the n-th on, as "entity id action
  // before after reason": the times left out.
  std::vector<std::string> changes(const std::string& project, std::size_t from) {
    const json all = json::parse(ok({"history", project, "--format", "json"}));
    std::vector<std::string> out;
    for (std::size_t i = from; i < all.size(); ++i) {
      const json& c = all[i];
      out.push_back(c["entity"].get<std::string>() + " " + c["entity_id"].dump() + " " +
                    c["action"].get<std::string>() + " " + c["before"].dump() + " " + c["after"].dump() + " " +
                    c["reason"].dump());
    }
    return out;
  }
  std::size_t history_length(const std::string& project) {
    return json::parse(ok({"history", project, "--format", "json"})).size();
  }
  // The codes `project list` shows, in its order.
  std::string listed_codes(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"project", "list", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::string out;
    for (const auto& p : json::parse(ok(args))) out += p["code"].get<std::string>() + " ";
    return out;
  }
  // Runs a command as of another date.
  std::string as_of(const std::string& date, const std::vector<std::string>& args) {
    const std::string today = s.as_of;
    s.as_of = date;
    const std::string out = ok(args);
    s.as_of = today;
    return out;
  }
  // The late milestones `report` counts over the portfolio.
  int late_in_report() {
    for (const auto& row : json::parse(ok({"report", "--format", "json"})))
      if (row["row"] == "total") return row["overdue_milestones"].get<int>();
    return -1;
  }
  // The ids `milestone list` shows for every project.
  std::string listed_milestones() {
    std::string out;
    for (const auto& m : json::parse(ok({"milestone", "list", "--format", "json"})))
      out += std::to_string(m["id"].get<int>()) + " ";
    return out;
  }
};

// ---- project unarchive --------------------------------------------------------------------

TEST_F(Undoing, UnarchiveBringsAProjectBackOnEveryDate) {
  const std::string archived_on = s.as_of;
  ok({"project", "archive", "TM-012"});
  EXPECT_EQ(listed_codes(), "TM-011 ");
  const std::size_t before = history_length("TM-012");
  EXPECT_EQ(ok({"--user", "张三", "project", "unarchive", "TM-012"}),
            "unarchived TM-012 天门市冷链物流配送中心项目 (archived on " + archived_on + ")\n");
  EXPECT_EQ(listed_codes(), "TM-011 TM-012 ");
  EXPECT_NE(as_of("2026-12-31", {"project", "list", "--format", "csv"}).find("TM-012"), std::string::npos);
  EXPECT_EQ(listed_codes({"--search", "冷链"}), "TM-012 ");
  EXPECT_EQ(changes("TM-012", before),
            (std::vector<std::string>{"project 2 unarchive {\"archived_at\":\"" + archived_on +
                                      "\"} {\"archived_at\":null} null"}));
  // Back in the portfolio, it takes reports again.
  ok({"log", "TM-012", "--note", "复工"});
}

TEST_F(Undoing, UnarchiveRefusesALiveProjectAndAnUnknownOne) {
  expect_refused(s, {"project", "unarchive", "TM-011"}, 4, "project 'TM-011' is not archived");
  expect_refused(s, {"project", "unarchive", "TM-999"}, 3,
                 "project 'TM-999' is not a code nor part of any project's name");
}

// ---- milestone reopen ---------------------------------------------------------------------

class Undo : public Undoing {
 protected:
  void SetUp() override {
    Undoing::SetUp();
    ASSERT_EQ(ok({"milestone", "add", "TM-011", "--title", "主体工程完工", "--due", "2026-06"}), "1\n");
    ASSERT_EQ(ok({"milestone", "add", "TM-011", "--title", "竣工验收", "--due", "2027"}), "2\n");
    ASSERT_EQ(ok({"milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2025-01"}), "3\n");
  }
};

TEST_F(Undo, ReopenMakesAReachedMilestoneOpenAndLateAgain) {
  ok({"milestone", "done", "1", "--date", "2026-10-01"});
  EXPECT_EQ(ok({"overdue", "--kind", "milestone", "--region", "TM", "--format", "csv"}).find("主体工程完工"),
            std::string::npos);
  const std::size_t before = history_length("TM-011");
  EXPECT_EQ(ok({"--user", "李四", "milestone", "reopen", "1", "--reason", "验收未通过，误报完成"}),
            "milestone 1 of TM-011 reopened (it was done on 2026-10-01): 主体工程完工\n");
  EXPECT_EQ(show("TM-011")["milestones"][0]["done_on"], nullptr);
  // Open since it was never reached: as of the day it was said done, and after, it is late.
  for (const std::string day : {"2026-10-02", "2026-11-22"}) {
    const std::string list = this->as_of(day, {"overdue", "--kind", "milestone", "--format", "csv"});
    EXPECT_NE(list.find("主体工程完工,2026-06-30"), std::string::npos) << day << "\n" << list;
  }
  EXPECT_EQ(changes("TM-011", before),
            (std::vector<std::string>{
                R"(milestone 1 reopen {"done_on":"2026-10-01"} {"done_on":null} "验收未通过，误报完成")"}));
  // Reached again later, it is done from that day.
  EXPECT_EQ(ok({"milestone", "done", "1", "--date", "2026-11-20"}), "milestone 1 of TM-011 done on 2026-11-20: 主体工程完工\n");
}

TEST_F(Undo, ReopenRefusesAnOpenMilestoneAnUnknownOneAndOneOfAnArchivedProject) {
  expect_refused(s, {"milestone", "reopen", "2", "--reason", "误报"}, 4,
                 "milestone 2 is open; only a milestone recorded as reached can be reopened");
  expect_refused(s, {"milestone", "reopen", "99", "--reason", "误报"}, 3, "milestone 99 does not exist");
  ok({"milestone", "done", "3", "--date", "2026-01-05"});
  ok({"project", "archive", "TM-012"});
  expect_refused(s, {"milestone", "reopen", "3", "--reason", "误报"}, 4,
                 "project 'TM-012' is archived; it takes no milestone changes");
}

// ---- milestone edit -----------------------------------------------------------------------

TEST_F(Undo, EditRetitlesWithTheCleaningRulesOfAdd) {
  const std::size_t before = history_length("TM-011");
  // Trimmed of ASCII and ideographic spaces, as `milestone add` trims a title.
  const std::string typed = "\u3000主体结构封顶 ";
  const std::string stored = "主体结构封顶";
  EXPECT_EQ(ok({"milestone", "edit", "1", "--title", typed}),
            "milestone 1 of TM-011 retitled: 主体工程完工 → " + stored + "\n");
  EXPECT_EQ(show("TM-011")["milestones"][0]["title"], stored);
  EXPECT_EQ(changes("TM-011", before),
            (std::vector<std::string>{"milestone 1 edit {\"title\":\"主体工程完工\"} {\"title\":\"" + stored +
                                      "\"} null"}));
  // The same title, typed with spaces again, changes nothing and writes nothing.
  const std::string dump = s.dump();
  EXPECT_EQ(ok({"milestone", "edit", "1", "--title", stored + " "}), "milestone 1 of TM-011: nothing changed\n");
  EXPECT_EQ(s.dump(), dump);
}

TEST_F(Undo, EditRefusesAnEmptyTitleAndAnUnknownMilestone) {
  expect_refused(s, {"milestone", "edit", "1", "--title", "\u3000"}, 4, "title is empty; give a value");
  expect_refused(s, {"milestone", "edit", "99", "--title", "开工"}, 3, "milestone 99 does not exist");
}

// ---- milestone delete ---------------------------------------------------------------------

TEST_F(Undo, ADeletedMilestoneLeavesEveryListFigureAndExport) {
  // Milestone 3, due January 2025, is more than 90 days late: TM-012 is red because of it.
  const auto light = [&] { return show("TM-012")["light"].get<std::string>(); };
  EXPECT_EQ(light(), "red");
  EXPECT_EQ(listed_milestones(), "1 2 3 ");
  const int late_before = late_in_report();
  const std::size_t before = history_length("TM-012");
  EXPECT_EQ(ok({"--user", "王五", "milestone", "delete", "3", "--reason", "重复录入"}),
            "milestone 3 of TM-012 deleted: 冷库建成\n");
  EXPECT_EQ(listed_milestones(), "1 2 ");
  EXPECT_EQ(show("TM-012")["milestones"], json::array());
  EXPECT_EQ(light(), "green");
  for (const std::string day : {"2025-06-30", "2026-11-22"}) {
    const std::string list = as_of(day, {"overdue", "--kind", "milestone", "--format", "csv"});
    EXPECT_EQ(list.find("冷库建成"), std::string::npos) << day;
  }
  EXPECT_EQ(late_in_report(), late_before - 1);
  const std::string exported = ok({"export", "--what", "milestones", "--format", "csv"});
  EXPECT_EQ(exported.find("冷库建成"), std::string::npos);
  EXPECT_NE(exported.find("竣工验收"), std::string::npos);
  EXPECT_EQ(changes("TM-012", before),
            (std::vector<std::string>{"milestone 3 delete {\"deleted_on\":null} {\"deleted_on\":\"" + s.as_of +
                                      "\"} \"重复录入\""}));
  // Its id, the largest, is never given again: the next milestone takes the one after it.
  EXPECT_EQ(ok({"milestone", "add", "TM-012", "--title", "冷库建成", "--due", "2027"}), "4\n");
  EXPECT_EQ(listed_milestones(), "1 2 4 ");
}

TEST_F(Undo, ADeletedMilestoneTakesNoChangesAndIsNotDeletedTwice) {
  ok({"milestone", "delete", "3", "--reason", "重复录入"});
  const std::string on = s.as_of;
  expect_refused(s, {"milestone", "delete", "3", "--reason", "再删"}, 4,
                 "milestone 3 is already deleted (on " + on + ")");
  const std::string gone = "milestone 3 was deleted on " + on + "; it takes no changes";
  expect_refused(s, {"milestone", "done", "3"}, 4, gone);
  expect_refused(s, {"milestone", "move", "3", "--due", "2027", "--reason", "顺延"}, 4, gone);
  expect_refused(s, {"milestone", "reopen", "3", "--reason", "误报"}, 4, gone);
  expect_refused(s, {"milestone", "edit", "3", "--title", "冷库"}, 4, gone);
  expect_refused(s, {"milestone", "delete", "99", "--reason", "录错"}, 3, "milestone 99 does not exist");
  // An import naming its id is refused on its line; without the id the row adds a new one.
  const std::string sheet = s.write("m.csv", "id,project_code,title,due\n3,TM-012,冷库建成,2025-01-31\n");
  const Outcome r = s.keyproj({"import", sheet, "--what", "milestones"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("milestone 3 was deleted on " + on + "; leave the id out to add it again as a new milestone"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(listed_milestones(), "1 2 ");
}

// ---- owner rename and merge ---------------------------------------------------------------

TEST_F(Undoing, RenameKeepsTheProjectsAndShowsInTheirHistory) {
  const std::string old_name = "天门市商务局";  // TM-011's owner, the first owner added
  const std::string new_name = "天门市商务和经济信息化局";
  const std::size_t before = history_length("TM-011");
  EXPECT_EQ(ok({"owner", "rename", old_name, "--to", " " + new_name}),
            "renamed owner " + old_name + " to " + new_name + "\n");
  EXPECT_EQ(show("TM-011")["owner"], new_name);
  EXPECT_EQ(ok({"owner", "list", "--format", "csv"}), "name,kind,projects\r\n" + new_name + ",,1\r\n");
  EXPECT_EQ(changes("TM-011", before),
            (std::vector<std::string>{"owner 1 rename {\"owner\":\"" + old_name + "\"} {\"owner\":\"" + new_name +
                                      "\"} null"}));
  const std::string dump = s.dump();
  EXPECT_EQ(ok({"owner", "rename", new_name, "--to", new_name}), "owner " + new_name + ": nothing changed\n");
  EXPECT_EQ(s.dump(), dump);
}

TEST_F(Undoing, RenameRefusesANameAnotherOwnerHasPointingToMerge) {
  ok({"owner", "add", "--name", "天门市发改委"});
  expect_refused(s, {"owner", "rename", "天门市商务局", "--to", "天门市发改委"}, 4,
                 "owner name '天门市发改委' is already taken; if the two are one owner, merge them: keyproj owner merge "
                 "'天门市商务局' --into '天门市发改委'");
  expect_refused(s, {"owner", "rename", "天门市统计局", "--to", "天门市统计局（新）"}, 3,
                 "owner '天门市统计局' is not known; 'keyproj owner list' shows the owners");
}

TEST_F(Undoing, MergeMovesTheProjectsAndKeepsTheMergedOwnerInHistory) {
  const std::string dup = "天门商务局";
  const std::string into = "天门市商务局";
  ok({"project", "edit", "TM-012", "--owner", dup});
  const std::size_t before = history_length("TM-012");
  EXPECT_EQ(ok({"owner", "merge", dup, "--into", into}), "merged owner " + dup + " into " + into + ": 1 project moved\n");
  EXPECT_EQ(show("TM-012")["owner"], into);
  EXPECT_EQ(ok({"owner", "list", "--format", "csv"}), "name,kind,projects\r\n" + into + ",,2\r\n");
  // The owner merged is the second owner added; its row stays, and each project moved says so.
  EXPECT_EQ(changes("TM-012", before),
            (std::vector<std::string>{"owner 2 merge {\"owner\":\"" + dup + "\"} {\"owner\":\"" + into + "\"} null"}));
  // Its name now finds the owner it was merged into: a filter, and a project added with it.
  EXPECT_EQ(listed_codes({"--owner", dup}), "TM-011 TM-012 ");
  ok({"project", "add", "--code", "TM-013", "--name", "天门市电商产业园", "--region", "TM", "--owner", dup});
  EXPECT_EQ(show("TM-013")["owner"], into);
  expect_refused(s, {"owner", "add", "--name", dup}, 4,
                 "owner name '" + dup + "' is already taken (merged into '" + into + "')");
  expect_refused(s, {"owner", "merge", dup, "--into", into}, 4,
                 "owner '" + dup + "' was merged into '" + into + "'; name that owner instead");
}

TEST_F(Undoing, MergeRefusesItselfAndUnknownOwners) {
  expect_refused(s, {"owner", "merge", "天门市商务局", "--into", "天门市商务局"}, 4,
                 "owner '天门市商务局' cannot be merged into itself");
  expect_refused(s, {"owner", "merge", "天门市统计局", "--into", "天门市商务局"}, 3,
                 "owner '天门市统计局' is not known; 'keyproj owner list' shows the owners");
  expect_refused(s, {"owner", "merge", "天门市商务局", "--into", "天门市统计局"}, 3,
                 "owner '天门市统计局' is not known; 'keyproj owner list' shows the owners");
}

}  // namespace
}  // namespace keyproj::e2e
