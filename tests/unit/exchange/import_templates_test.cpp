#include "exchange/import_templates.h"

#include <gtest/gtest.h>

#include "exchange/importer.h"
#include "store/node_templates.h"
#include "unit/exchange/import_csv.h"
#include "unit/store/temp_database.h"

namespace keyproj {
namespace {

ImportResult import_csv(Database& db, const std::string& csv) { return testing::import_csv(db, csv, What::Templates); }

TEST(ImportTemplates, RowsOfATemplateBecomeItsNodesInTheirOrder) {
  testing::TempDatabase t;
  const ImportResult r = import_csv(t.db(),
                                    "模板,节点,前置节点,时限（天）,开工节点\n"
                                    "t,立项,,15,\n"
                                    "u,甲,,1,\n"
                                    "t,开工,立项,30,是\n");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().text;
  EXPECT_EQ(r.added, 2u);
  const auto saved = find_template(t.db(), "t");
  ASSERT_TRUE(saved);
  ASSERT_EQ(saved->nodes.size(), 2u);
  EXPECT_EQ(saved->nodes[0].days, 15);
  EXPECT_EQ(saved->nodes[1].after, "立项");
  EXPECT_TRUE(saved->nodes[1].marks_start);
  EXPECT_EQ(find_template(t.db(), "u")->nodes.size(), 1u);
}

TEST(ImportTemplates, ATemplateItsNodesCannotMakeIsRefusedAtItsFirstRow) {
  testing::TempDatabase t;
  const ImportResult r = import_csv(t.db(), "template,node,after,days\nok,A,,1\nbad,B,C,1\nbad,C,,2\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 3u);
  EXPECT_EQ(r.errors[0].text, "after 'C' of node 'B' is not an earlier node of template 'bad'");
  EXPECT_EQ(find_template(t.db(), "bad"), std::nullopt);
  EXPECT_EQ(find_template(t.db(), "ok"), std::nullopt);  // the import is one: nothing of it is kept
}

TEST(ImportTemplates, EachValueIsCheckedOnItsRow) {
  testing::TempDatabase t;
  const ImportResult r = import_csv(t.db(), "template,node,after,days,marks_start\n,A,,x,maybe\n");
  std::vector<std::string> texts;
  for (const auto& e : r.errors) texts.push_back(e.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"template is empty; every node names its template",
                                             "days 'x' is not a time limit from 0 to 3650 calendar days",
                                             "marks_start 'maybe' is neither yes nor no"}));
}

}  // namespace
}  // namespace keyproj
