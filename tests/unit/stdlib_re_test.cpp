// Unit tests of the Python -> RE2 pattern translation (stdlib/re_translate.cpp):
// the capy-specific parts that CPython cannot be the oracle for (the RE2 text
// emitted, and the errors for constructs a linear-time engine cannot run).
#include <gtest/gtest.h>

#include "stdlib/re_translate.h"

namespace capy {
namespace {

ReTranslation tr(std::u32string_view p, int64_t flags = 0) { return re_translate(p, flags); }

TEST(ReTranslate, Literals) {
  EXPECT_EQ(tr(U"abc").re2, "abc");
  EXPECT_EQ(tr(U"a.b").re2, "a.b");
  EXPECT_EQ(tr(U"a\\.b").re2, "a\\.b");
  EXPECT_EQ(tr(U"a b").re2, "a\\x{20}b");
  EXPECT_EQ(tr(U"\\t\\u00e9").re2, "\\x{9}\xc3\xa9");
  EXPECT_EQ(tr(U"\\Z").re2, "\\z");
}

TEST(ReTranslate, UnicodeClassesUnlessAscii) {
  EXPECT_EQ(tr(U"\\d").re2, "\\p{Nd}");
  EXPECT_EQ(tr(U"\\d", kReAscii).re2, "[0-9]");
  EXPECT_EQ(tr(U"\\w").re2, "[\\p{L}\\p{N}_]");
  EXPECT_EQ(tr(U"(?a)\\w").re2, "[0-9A-Za-z_]");
  EXPECT_EQ(tr(U"[\\d_]").re2, "[\\p{Nd}\\_]");
}

TEST(ReTranslate, FlagsAndGroups) {
  ReTranslation t = tr(U"(?P<a>x)(y(?P<b>z))", kReIgnoreCase | kReMultiline);
  EXPECT_EQ(t.re2, "(?im)(x)(y(z))");
  EXPECT_EQ(t.groups, 3u);
  ASSERT_EQ(t.names.size(), 2u);
  EXPECT_EQ(t.names[1].first, "b");
  EXPECT_EQ(t.names[1].second, 3u);
  EXPECT_EQ(t.parents, (std::vector<uint32_t>{0, 0, 2}));
  EXPECT_EQ(t.flags, kReIgnoreCase | kReMultiline | kReUnicode);
  EXPECT_EQ(tr(U"(?x) a b # c").re2, "ab");
  EXPECT_EQ(tr(U"(?s:.)x").re2, "(?s:.)x");
  EXPECT_EQ(tr(U"a{,3}").re2, "a{0,3}");
}

TEST(ReTranslate, UnsupportedConstructs) {
  EXPECT_EQ(tr(U"(a)\\1").error,
            "backreferences are not supported by capy's linear-time regex engine");
  EXPECT_EQ(tr(U"(?P<n>a)(?P=n)").error,
            "backreferences are not supported by capy's linear-time regex engine");
  EXPECT_EQ(tr(U"a(?=b)").error,
            "look-around assertions are not supported by capy's linear-time regex engine");
  EXPECT_EQ(tr(U"(?<!b)a").error_pos, 0);
  EXPECT_FALSE(tr(U"(?>a)").error.empty());
  EXPECT_FALSE(tr(U"a*+").error.empty());
  EXPECT_FALSE(tr(U"a{1001}").error.empty());
  EXPECT_FALSE(tr(U"[^x\\W]").error.empty());
}

TEST(ReTranslate, CPythonErrors) {
  ReTranslation t = tr(U"((a)");
  EXPECT_EQ(t.error, "missing ), unterminated subpattern");
  EXPECT_EQ(t.error_pos, 0);
  EXPECT_EQ(tr(U"a**").error, "multiple repeat");
  EXPECT_EQ(tr(U"\\q").error, "bad escape \\q");
}

TEST(ReTranslate, DeepNestingDoesNotRecurse) {
  std::u32string p(100000, U'(');
  p += std::u32string(100000, U')');
  ReTranslation t = tr(p);
  EXPECT_TRUE(t.error.empty());
  EXPECT_EQ(t.groups, 100000u);
}

}  // namespace
}  // namespace capy
