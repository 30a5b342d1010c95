#include "store/sql/placeholders.h"

#include <gtest/gtest.h>

#include "store/sql/error.h"

namespace keyproj::sql {
namespace {

TEST(PlaceholdersTest, QuestionMarksAreNumberedLeftToRight) {
  const auto p = rewrite_placeholders("INSERT INTO t (n, s) VALUES (?, ?)");
  EXPECT_EQ(p.sql, "INSERT INTO t (n, s) VALUES ($1, $2)");
  EXPECT_EQ(p.parameters, 2);
  EXPECT_TRUE(p.names.empty());
}

TEST(PlaceholdersTest, ANumberedPlaceholderKeepsItsNumberAndABareOneFollowsTheHighest) {
  const auto p = rewrite_placeholders("SELECT ?2, ?1, ?2, ?");
  EXPECT_EQ(p.sql, "SELECT $2, $1, $2, $3");
  EXPECT_EQ(p.parameters, 3);
  EXPECT_EQ(rewrite_placeholders("SELECT ?007").sql, "SELECT $7");
}

TEST(PlaceholdersTest, ANameUsedTwiceIsOneParameter) {
  const auto p = rewrite_placeholders("SELECT :x + :x, :y, ?");
  EXPECT_EQ(p.sql, "SELECT $1 + $1, $2, $3");
  EXPECT_EQ(p.parameters, 3);
  EXPECT_EQ(p.number(":x"), 1);
  EXPECT_EQ(p.number(":y"), 2);
  EXPECT_EQ(p.number(":z"), 0);
  EXPECT_EQ(p.number("x"), 0);  // asked for with its colon, as SQLite is
  const auto chinese = rewrite_placeholders("SELECT :名称_1");
  EXPECT_EQ(chinese.sql, "SELECT $1");
  EXPECT_EQ(chinese.number(":名称_1"), 1);
}

TEST(PlaceholdersTest, QuotedTextAndCommentsAreLeftAsWritten) {
  EXPECT_EQ(rewrite_placeholders("SELECT '?', 'it''s :x ?', \"col?\", ?").sql,
            "SELECT '?', 'it''s :x ?', \"col?\", $1");
  EXPECT_EQ(rewrite_placeholders("SELECT E'\\' ?', ?").sql, "SELECT E'\\' ?', $1");
  EXPECT_EQ(rewrite_placeholders("SELECT '\\', ?").sql, "SELECT '\\', $1");  // a plain string: no escapes
  EXPECT_EQ(rewrite_placeholders("SELECT $$ ? $$, $f$ :x $f$, ?").sql, "SELECT $$ ? $$, $f$ :x $f$, $1");
  EXPECT_EQ(rewrite_placeholders("SELECT ? -- why?\n, ?").sql, "SELECT $1 -- why?\n, $2");
  EXPECT_EQ(rewrite_placeholders("SELECT /* a /* nested ? */ :x */ ?").sql, "SELECT /* a /* nested ? */ :x */ $1");
  EXPECT_EQ(rewrite_placeholders("SELECT 'open ?").sql, "SELECT 'open ?");
}

TEST(PlaceholdersTest, CastsAndLoneColonsAreNotNames) {
  const auto p = rewrite_placeholders("SELECT ?::bigint, '1'::text, a[1:2], x: , :1");
  EXPECT_EQ(p.sql, "SELECT $1::bigint, '1'::text, a[1:2], x: , :1");
  EXPECT_EQ(p.parameters, 1);
  EXPECT_EQ(rewrite_placeholders("SELECT :x::int").sql, "SELECT $1::int");
}

TEST(PlaceholdersTest, APlaceholderRightAfterANameStaysApart) {
  // PostgreSQL reads `n$1` as one identifier, `$$1` as a dollar quote, `$1E'…'` as junk.
  EXPECT_EQ(rewrite_placeholders("SELECT n=?").sql, "SELECT n=$1");
  EXPECT_EQ(rewrite_placeholders("SELECT n?").sql, "SELECT n $1");
  EXPECT_EQ(rewrite_placeholders("SELECT $?").sql, "SELECT $ $1");
  EXPECT_EQ(rewrite_placeholders("SELECT ?1E'x'").sql, "SELECT $1 E'x'");
  // Quotes are judged on what PostgreSQL will read: after `$2 `, `$$` opens one.
  EXPECT_EQ(rewrite_placeholders("SELECT ?2$$, ?1 $$ ?").sql, "SELECT $2 $$, ?1 $$ $3");
}

TEST(PlaceholdersTest, ANumberOutsideTheRangeIsRefused) {
  for (const char* sql : {"SELECT ?0", "SELECT ?32767", "SELECT ?99999999999999999999"}) {
    try {
      rewrite_placeholders(sql);
      ADD_FAILURE() << sql << " was taken";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), Failure::Other);
      EXPECT_NE(std::string(e.what()).find(std::string(sql).substr(7)), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(rewrite_placeholders("SELECT ?32766").parameters, kMaxParameter);
  EXPECT_THROW(rewrite_placeholders("SELECT ?32766, ?"), Error);
}

TEST(PlaceholdersTest, TextWithoutPlaceholdersIsUnchanged) {
  const std::string sql = "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, s text DEFAULT '?')";
  const auto p = rewrite_placeholders(sql);
  EXPECT_EQ(p.sql, sql);
  EXPECT_EQ(p.parameters, 0);
}

}  // namespace
}  // namespace keyproj::sql
