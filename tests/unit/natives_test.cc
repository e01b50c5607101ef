// Tests of the dart:core natives that need no interpreter: the natives table (stdlib/natives.def)
// and LookupNative against the `external` declarations of the embedded dart:core sources, so a
// native without a declaration or an external member without a native fails here rather than at
// run time; and the pure string algorithms behind the String natives (stdlib/core/string_ops.h).

#include "stdlib/natives.def"

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "stdlib/core/string_ops.h"
#include "stdlib/embedded.h"
#include "stdlib/natives.h"

namespace islet {
namespace {

std::vector<std::string> TableNames() {
  std::vector<std::string> names;
#define ISLET_NATIVE_NAME(name, function) names.push_back(name);
  ISLET_NATIVES(ISLET_NATIVE_NAME)
#undef ISLET_NATIVE_NAME
  return names;
}

bool IsIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

// The identifier that starts at text[i] (empty if none).
std::string IdentifierAt(const std::string& text, size_t i) {
  size_t j = i;
  while (j < text.size() && IsIdentifierChar(text[j])) j++;
  return text.substr(i, j - i);
}

// The native name the compiler gives the external declaration on [line] (the part after
// `external`), inside class [owner] ("" for top level); see codegen_conventions.md.
std::string NativeNameOf(const std::string& owner, std::string line) {
  std::string prefix = owner.empty() ? "" : owner + ".";
  auto starts = [&](const std::string& word) { return line.rfind(word, 0) == 0; };
  if (starts("factory ")) {
    // "factory List.filled(..." -> "List.filled"; an unnamed factory is "List.new".
    std::string rest = line.substr(8);
    std::string name = rest.substr(0, rest.find('('));
    return name.find('.') == std::string::npos ? name + ".new" : name;
  }
  if (starts("static ")) line = line.substr(7);
  size_t op = line.find("operator ");
  if (op != std::string::npos) {
    std::string rest = line.substr(op + 9);
    std::string symbol = rest.substr(0, rest.find('('));
    bool no_parameters = rest.find("()") == symbol.size();
    if (symbol == "-" && no_parameters) symbol = "unary-";
    return prefix + symbol;
  }
  size_t get = line.find(" get ");
  if (get != std::string::npos) return prefix + IdentifierAt(line, get + 5);
  if (starts("set ")) return prefix + IdentifierAt(line, 4) + "=";
  size_t paren = line.find('(');
  size_t start = line.rfind(' ', paren);
  return prefix + IdentifierAt(line, start == std::string::npos ? 0 : start + 1);
}

// Every native name declared by `external` members of the embedded dart: sources. Classes
// are recognized by their declaration at column 0 and end at a "}" at column 0.
std::map<std::string, std::string> ExternalDeclarations() {
  std::map<std::string, std::string> externals;  // Native name -> source file.
  for (int i = 0; i < kEmbeddedStdlibCount; i++) {
    std::string uri = kEmbeddedStdlib[i].uri;
    if (uri.rfind("dart:", 0) != 0) continue;
    std::istringstream in(kEmbeddedStdlib[i].text);
    std::string line;
    std::string owner;
    while (std::getline(in, line)) {
      if (line.rfind("class ", 0) == 0) owner = IdentifierAt(line, 6);
      if (line.rfind("abstract class ", 0) == 0) owner = IdentifierAt(line, 15);
      if (line == "}") owner.clear();
      size_t first = line.find_first_not_of(' ');
      if (first == std::string::npos || line.compare(first, 9, "external ") != 0) continue;
      externals[NativeNameOf(owner, line.substr(first + 9))] = uri;
    }
  }
  return externals;
}

TEST(NativesTableTest, NamesAreUniqueAndWellFormed) {
  std::set<std::string> seen;
  for (const std::string& name : TableNames()) {
    EXPECT_TRUE(seen.insert(name).second) << "duplicate native " << name;
    EXPECT_FALSE(name.empty());
    EXPECT_EQ(name.find(' '), std::string::npos) << name;
  }
  EXPECT_GT(seen.size(), 100u);
}

TEST(NativesTableTest, LookupFindsEveryEntryAndNothingElse) {
  for (const std::string& name : TableNames()) {
    EXPECT_NE(LookupNative(name), nullptr) << name;
  }
  EXPECT_EQ(LookupNative("int.noSuchNative"), nullptr);
  EXPECT_EQ(LookupNative(""), nullptr);
  EXPECT_NE(LookupNative("int.+"), LookupNative("double.+"));
}

TEST(NativesTableTest, MatchesTheExternalMembersOfDartCore) {
  ASSERT_GT(kEmbeddedStdlibCount, 0) << "no embedded dart:core sources";
  std::map<std::string, std::string> externals = ExternalDeclarations();
  std::set<std::string> table;
  for (const std::string& name : TableNames()) table.insert(name);
  for (const auto& [name, file] : externals) {
    EXPECT_TRUE(table.count(name)) << name << " (" << file << ") has no native in natives.def";
  }
  for (const std::string& name : table) {
    EXPECT_TRUE(externals.count(name)) << name << " in natives.def has no external declaration";
  }
}

TEST(NativesTableTest, NativeNamesFollowTheConventions) {
  EXPECT_EQ(NativeNameOf("int", "num operator +(num other);"), "int.+");
  EXPECT_EQ(NativeNameOf("int", "int operator -();"), "int.unary-");
  EXPECT_EQ(NativeNameOf("List", "E operator [](int index);"), "List.[]");
  EXPECT_EQ(NativeNameOf("List", "void operator []=(int index, E value);"), "List.[]=");
  EXPECT_EQ(NativeNameOf("List", "int get length;"), "List.length");
  EXPECT_EQ(NativeNameOf("List", "set length(int newLength);"), "List.length=");
  EXPECT_EQ(NativeNameOf("List", "factory List.filled(int length, E fill);"), "List.filled");
  EXPECT_EQ(NativeNameOf("StackTrace", "static StackTrace get current;"), "StackTrace.current");
  EXPECT_EQ(NativeNameOf("int", "static int parse(String source, {int? radix});"), "int.parse");
  EXPECT_EQ(NativeNameOf("", "void print(Object? object);"), "print");
}

template <typename A, typename B>
int64_t IndexOf(const std::basic_string<A>& text, const std::basic_string<B>& pattern,
                size_t start) {
  return StringIndexOf(text.data(), text.size(), pattern.data(), pattern.size(), start);
}

template <typename A, typename B>
int64_t LastIndexOf(const std::basic_string<A>& text, const std::basic_string<B>& pattern,
                    size_t start) {
  return StringLastIndexOf(text.data(), text.size(), pattern.data(), pattern.size(), start);
}

TEST(StringOpsTest, IndexOf) {
  std::string text = "hello world, hello";
  EXPECT_EQ(IndexOf(text, std::string("hello"), 0), 0);
  EXPECT_EQ(IndexOf(text, std::string("hello"), 1), 13);
  EXPECT_EQ(IndexOf(text, std::string("hello"), 14), -1);
  EXPECT_EQ(IndexOf(text, std::string("xyz"), 0), -1);
  EXPECT_EQ(IndexOf(text, std::string(""), 5), 5);
  EXPECT_EQ(IndexOf(text, std::string(""), text.size()), static_cast<int64_t>(text.size()));
  EXPECT_EQ(IndexOf(std::string("ab"), std::string("abc"), 0), -1);
  // Mixed widths: a one-byte pattern in a two-byte text and back.
  std::u16string wide = u"caf\u00e9 \u4e16\u754c";
  std::basic_string<uint8_t> latin1 = {0xe9};
  EXPECT_EQ(IndexOf(wide, latin1, 0), 3);
  EXPECT_EQ(IndexOf(wide, std::u16string(u"\u754c"), 0), 6);
  EXPECT_EQ(IndexOf(std::string("abc"), std::u16string(u"\u754c"), 0), -1);
}

TEST(StringOpsTest, LastIndexOfAndMatchesAt) {
  std::string text = "abcabc";
  EXPECT_EQ(LastIndexOf(text, std::string("abc"), 6), 3);
  EXPECT_EQ(LastIndexOf(text, std::string("abc"), 2), 0);
  EXPECT_EQ(LastIndexOf(text, std::string("abd"), 6), -1);
  EXPECT_EQ(LastIndexOf(text, std::string(""), 6), 6);
  EXPECT_EQ(LastIndexOf(std::string(""), std::string("a"), 0), -1);
  EXPECT_TRUE(StringMatchesAt(text.data(), text.size(), "ca", 2, 2));
  EXPECT_FALSE(StringMatchesAt(text.data(), text.size(), "ca", 2, 5));
  EXPECT_TRUE(StringMatchesAt(text.data(), text.size(), "", 0, 6));
  EXPECT_FALSE(StringMatchesAt(text.data(), text.size(), "", 0, 7));
}

TEST(StringOpsTest, TrimBounds) {
  size_t begin;
  size_t end;
  std::u16string text = u"\u3000 \tab c\n\u00a0";
  StringTrimBounds(text.data(), text.size(), true, true, &begin, &end);
  EXPECT_EQ(text.substr(begin, end - begin), u"ab c");
  StringTrimBounds(text.data(), text.size(), true, false, &begin, &end);
  EXPECT_EQ(text.substr(begin, end - begin), u"ab c\n\u00a0");
  StringTrimBounds(text.data(), text.size(), false, true, &begin, &end);
  EXPECT_EQ(text.substr(begin, end - begin), u"\u3000 \tab c");
  std::string blank = " \n ";
  StringTrimBounds(blank.data(), blank.size(), true, true, &begin, &end);
  EXPECT_EQ(begin, end);
}

std::u16string Upper(const std::u16string& s) {
  std::u16string out;
  for (char16_t c : s) AppendUpperCase(c, &out);
  return out;
}

std::u16string Lower(const std::u16string& s) {
  std::u16string out;
  for (char16_t c : s) AppendLowerCase(c, &out);
  return out;
}

TEST(StringOpsTest, CaseMapping) {
  EXPECT_EQ(Upper(u"Hello, World! 123"), u"HELLO, WORLD! 123");
  EXPECT_EQ(Lower(u"Hello, World! 123"), u"hello, world! 123");
  EXPECT_EQ(Upper(u"\u00e9t\u00e9 \u00f7 \u00ff"), u"\u00c9T\u00c9 \u00f7 \u0178");
  EXPECT_EQ(Lower(u"\u00c9T\u00c9 \u00d7 \u0178"), u"\u00e9t\u00e9 \u00d7 \u00ff");
  EXPECT_EQ(Upper(u"stra\u00dfe"), u"STRASSE");
  EXPECT_EQ(Upper(u"\u00b5"), u"\u039c");
  EXPECT_EQ(Lower(u"\u0130"), u"i\u0307");
  EXPECT_EQ(Upper(u"\u0101\u0107\u013a\u017e"), u"\u0100\u0106\u0139\u017d");
  EXPECT_EQ(Lower(u"\u0100\u0106\u0139\u017d"), u"\u0101\u0107\u013a\u017e");
  EXPECT_EQ(Upper(u"\u03b1\u03b2\u03b3\u03c2\u03ac"), u"\u0391\u0392\u0393\u03a3\u0386");
  EXPECT_EQ(Lower(u"\u0391\u0392\u0393\u03a3\u0386"), u"\u03b1\u03b2\u03b3\u03c3\u03ac");
  EXPECT_EQ(Upper(u"\u043f\u0440\u0438\u0432\u0435\u0442\u0451"),
            u"\u041f\u0420\u0418\u0412\u0415\u0422\u0401");
  EXPECT_EQ(Lower(u"\u041f\u0420\u0418\u0412\u0415\u0422\u0401"),
            u"\u043f\u0440\u0438\u0432\u0435\u0442\u0451");
  // Characters without case stay as they are, and report no change.
  std::u16string out;
  EXPECT_FALSE(AppendUpperCase(u'\u4e16', &out));
  EXPECT_FALSE(AppendLowerCase(u'1', &out));
  EXPECT_EQ(out, u"\u4e161");
}

}  // namespace
}  // namespace islet
