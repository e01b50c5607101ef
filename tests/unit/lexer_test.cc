// Unit tests of the lexer (compiler/lexer.cc), SourceFile line/column mapping and the
// Diagnostics format: every token kind of token.def, numbers, strings with escapes and
// interpolation, comments, and each lexical error with Dart's wording and position.

#include "compiler/lexer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "compiler/diagnostics.h"
#include "compiler/source.h"
#include "compiler/token.h"

namespace islet {
namespace {

struct Lexed {
  std::vector<Token> tokens;
  std::string errors;  // Diagnostics::Format() of the run.
  int error_count = 0;
};

Lexed Lex(const std::string& text) {
  SourceFile file("file:///t.dart", "t.dart", text);
  Diagnostics diagnostics;
  Lexer lexer(&file, &diagnostics);
  Lexed result;
  result.tokens = lexer.Tokenize();
  result.errors = diagnostics.Format();
  result.error_count = diagnostics.error_count();
  return result;
}

// The kinds of the tokens of [text], without the final kEof.
std::vector<TokenKind> Kinds(const std::string& text) {
  std::vector<TokenKind> kinds;
  for (const Token& t : Lex(text).tokens) {
    if (t.kind != TokenKind::kEof) kinds.push_back(t.kind);
  }
  return kinds;
}

// The first error line ("t.dart:1:2: Error: ...") of lexing [text].
std::string FirstError(const std::string& text) {
  std::string errors = Lex(text).errors;
  return errors.substr(0, errors.find('\n'));
}

bool HasFixedSpelling(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEof:
    case TokenKind::kIdentifier:
    case TokenKind::kInt:
    case TokenKind::kDouble:
    case TokenKind::kString:
    case TokenKind::kInterpolationStart:
    case TokenKind::kInterpolationEnd:
      return false;
    default:
      return true;
  }
}

TEST(LexerTest, EveryTokenKindLexesFromItsSpelling) {
  int checked = 0;
  for (int i = 0; i < kTokenKindCount; i++) {
    auto kind = static_cast<TokenKind>(i);
    if (!HasFixedSpelling(kind)) continue;
    std::string spelling = TokenKindSpelling(kind);
    Lexed lexed = Lex(spelling);
    ASSERT_EQ(lexed.tokens.size(), 2u) << spelling;
    EXPECT_EQ(lexed.tokens[0].kind, kind) << spelling;
    EXPECT_EQ(lexed.tokens[0].offset, 0u) << spelling;
    EXPECT_EQ(lexed.tokens[0].length, spelling.size()) << spelling;
    // A lone opener is also reported as unclosed.
    bool opener =
        kind == TokenKind::kLParen || kind == TokenKind::kLBracket || kind == TokenKind::kLBrace;
    EXPECT_EQ(lexed.error_count, opener ? 1 : 0) << spelling;
    checked++;
  }
  EXPECT_GT(checked, 120);
}

TEST(LexerTest, KeywordClasses) {
  EXPECT_EQ(KeywordClassOf(TokenKind::kClass), KeywordClass::kReserved);
  EXPECT_EQ(KeywordClassOf(TokenKind::kVar), KeywordClass::kReserved);
  EXPECT_EQ(KeywordClassOf(TokenKind::kGet), KeywordClass::kBuiltIn);
  EXPECT_EQ(KeywordClassOf(TokenKind::kFunction), KeywordClass::kBuiltIn);
  EXPECT_EQ(KeywordClassOf(TokenKind::kAsync), KeywordClass::kPseudo);
  EXPECT_EQ(KeywordClassOf(TokenKind::kPlus), KeywordClass::kNone);
  EXPECT_EQ(LookupKeyword("await"), TokenKind::kAwait);
  EXPECT_EQ(LookupKeyword("awaits"), TokenKind::kIdentifier);
  EXPECT_EQ(LookupKeyword("Class"), TokenKind::kIdentifier);
}

TEST(LexerTest, BinaryPrecedencesFollowDart) {
  EXPECT_LT(BinaryPrecedence(TokenKind::kQuestionQuestion), BinaryPrecedence(TokenKind::kBarBar));
  EXPECT_LT(BinaryPrecedence(TokenKind::kBarBar), BinaryPrecedence(TokenKind::kAmpAmp));
  EXPECT_LT(BinaryPrecedence(TokenKind::kAmpAmp), BinaryPrecedence(TokenKind::kEqEq));
  EXPECT_LT(BinaryPrecedence(TokenKind::kEqEq), BinaryPrecedence(TokenKind::kLt));
  EXPECT_LT(BinaryPrecedence(TokenKind::kLt), BinaryPrecedence(TokenKind::kBar));
  EXPECT_LT(BinaryPrecedence(TokenKind::kBar), BinaryPrecedence(TokenKind::kCaret));
  EXPECT_LT(BinaryPrecedence(TokenKind::kCaret), BinaryPrecedence(TokenKind::kAmp));
  EXPECT_LT(BinaryPrecedence(TokenKind::kAmp), BinaryPrecedence(TokenKind::kGtGtGt));
  EXPECT_LT(BinaryPrecedence(TokenKind::kLtLt), BinaryPrecedence(TokenKind::kMinus));
  EXPECT_LT(BinaryPrecedence(TokenKind::kPlus), BinaryPrecedence(TokenKind::kTildeSlash));
  EXPECT_EQ(BinaryPrecedence(TokenKind::kEq), 0);
  EXPECT_EQ(BinaryPrecedence(TokenKind::kBang), 0);
}

TEST(LexerTest, LongestMatchForOperators) {
  EXPECT_EQ(Kinds(">>>=>>>>>=>>>=>="),
            (std::vector<TokenKind>{TokenKind::kGtGtGtEq, TokenKind::kGtGtGt, TokenKind::kGtGtEq,
                                    TokenKind::kGtGtGtEq, TokenKind::kGtEq}));
  EXPECT_EQ(Kinds("a?..b?.c?\?=d??e"),
            (std::vector<TokenKind>{
                TokenKind::kIdentifier, TokenKind::kQuestionDotDot, TokenKind::kIdentifier,
                TokenKind::kQuestionDot, TokenKind::kIdentifier, TokenKind::kQuestionQuestionEq,
                TokenKind::kIdentifier, TokenKind::kQuestionQuestion, TokenKind::kIdentifier}));
  EXPECT_EQ(Kinds("[...?a, ...b]"),
            (std::vector<TokenKind>{TokenKind::kLBracket, TokenKind::kEllipsisQuestion,
                                    TokenKind::kIdentifier, TokenKind::kComma, TokenKind::kEllipsis,
                                    TokenKind::kIdentifier, TokenKind::kRBracket}));
  EXPECT_EQ(Kinds("a~/=b~/c"),
            (std::vector<TokenKind>{TokenKind::kIdentifier, TokenKind::kTildeSlashEq,
                                    TokenKind::kIdentifier, TokenKind::kTildeSlash,
                                    TokenKind::kIdentifier}));
  EXPECT_EQ(
      Kinds("a!=b! =>c"),
      (std::vector<TokenKind>{TokenKind::kIdentifier, TokenKind::kBangEq, TokenKind::kIdentifier,
                              TokenKind::kBang, TokenKind::kArrow, TokenKind::kIdentifier}));
}

TEST(LexerTest, IdentifiersWithDollarAndUnderscore) {
  Lexed lexed = Lex("_a $b c$1 __ $ _");
  ASSERT_EQ(lexed.tokens.size(), 7u);
  EXPECT_EQ(lexed.tokens[0].value, "_a");
  EXPECT_EQ(lexed.tokens[1].value, "$b");
  EXPECT_EQ(lexed.tokens[2].value, "c$1");
  EXPECT_EQ(lexed.tokens[3].value, "__");
  EXPECT_EQ(lexed.tokens[4].value, "$");
  EXPECT_EQ(lexed.tokens[5].value, "_");
  for (int i = 0; i < 6; i++) EXPECT_EQ(lexed.tokens[i].kind, TokenKind::kIdentifier);
  EXPECT_EQ(lexed.error_count, 0);
}

TEST(LexerTest, Comments) {
  EXPECT_EQ(Kinds("a // line\nb /// doc\nc /* block */ d"),
            (std::vector<TokenKind>(4, TokenKind::kIdentifier)));
  EXPECT_EQ(Kinds("a /* outer /* inner */ still comment */ b"),
            (std::vector<TokenKind>(2, TokenKind::kIdentifier)));
  EXPECT_EQ(Kinds("/**/a/***/"), (std::vector<TokenKind>{TokenKind::kIdentifier}));
  Lexed lexed = Lex("a /*\n*/ b c\nd");
  EXPECT_FALSE(lexed.tokens[0].newline_before);
  EXPECT_TRUE(lexed.tokens[1].newline_before);  // The line break is inside the comment.
  EXPECT_FALSE(lexed.tokens[2].newline_before);
  EXPECT_TRUE(lexed.tokens[3].newline_before);
  EXPECT_EQ(FirstError("a /* open /* nested */"),
            "t.dart:1:3: Error: Comment starting with '/*' must end with '*/'.");
}

TEST(LexerTest, ScriptTagAndByteOrderMark) {
  EXPECT_EQ(Kinds("#!/usr/bin/env dart\nmain"), (std::vector<TokenKind>{TokenKind::kIdentifier}));
  EXPECT_EQ(Kinds("\xEF\xBB\xBFmain"), (std::vector<TokenKind>{TokenKind::kIdentifier}));
  EXPECT_EQ(Kinds("#import"), (std::vector<TokenKind>{TokenKind::kHash, TokenKind::kImport}));
}

TEST(LexerTest, Numbers) {
  struct Case {
    const char* text;
    TokenKind kind;
    const char* value;
  };
  const Case cases[] = {
      {"0", TokenKind::kInt, "0"},
      {"42", TokenKind::kInt, "42"},
      {"1_000_000", TokenKind::kInt, "1000000"},
      {"1__000", TokenKind::kInt, "1000"},
      {"0x1F", TokenKind::kInt, "0x1F"},
      {"0XfF_fF", TokenKind::kInt, "0xfFfF"},
      {"1.5", TokenKind::kDouble, "1.5"},
      {".5", TokenKind::kDouble, ".5"},
      {"1e-7", TokenKind::kDouble, "1e-7"},
      {"1E+30", TokenKind::kDouble, "1e+30"},
      {"2e10", TokenKind::kDouble, "2e10"},
      {"1_0.2_5e1_0", TokenKind::kDouble, "10.25e10"},
  };
  for (const Case& c : cases) {
    Lexed lexed = Lex(c.text);
    ASSERT_EQ(lexed.tokens.size(), 2u) << c.text;
    EXPECT_EQ(lexed.tokens[0].kind, c.kind) << c.text;
    EXPECT_EQ(lexed.tokens[0].value, c.value) << c.text;
    EXPECT_EQ(lexed.error_count, 0) << c.text;
  }
  // A dot not followed by a digit is member access.
  EXPECT_EQ(Kinds("1.toString()"),
            (std::vector<TokenKind>{TokenKind::kInt, TokenKind::kDot, TokenKind::kIdentifier,
                                    TokenKind::kLParen, TokenKind::kRParen}));
  EXPECT_EQ(Kinds("1..b"),
            (std::vector<TokenKind>{TokenKind::kInt, TokenKind::kDotDot, TokenKind::kIdentifier}));
  EXPECT_EQ(Kinds("_1"), (std::vector<TokenKind>{TokenKind::kIdentifier}));
}

TEST(LexerTest, NumberErrors) {
  EXPECT_EQ(FirstError("0x"), "t.dart:1:1: Error: A hex digit (0-9 or A-F) must follow '0x'.");
  EXPECT_EQ(FirstError("x = 1e;"),
            "t.dart:1:6: Error: Numbers in exponential notation should always contain an "
            "exponent (an integer number with an optional sign).");
  EXPECT_EQ(FirstError("1_"),
            "t.dart:1:2: Error: Digit separators ('_') in a number literal can only be placed "
            "between two digits.");
  EXPECT_EQ(FirstError("1_.5"),
            "t.dart:1:2: Error: Digit separators ('_') in a number literal can only be placed "
            "between two digits.");
}

// The decoded value of the single string literal [text] (which must lex without errors).
std::string StringValue(const std::string& text) {
  Lexed lexed = Lex(text);
  EXPECT_EQ(lexed.error_count, 0) << text << "\n" << lexed.errors;
  EXPECT_EQ(lexed.tokens.size(), 2u) << text;
  EXPECT_EQ(lexed.tokens[0].kind, TokenKind::kString) << text;
  EXPECT_TRUE(lexed.tokens[0].string_closes) << text;
  return lexed.tokens[0].value;
}

TEST(LexerTest, StringQuotesAndRaw) {
  EXPECT_EQ(StringValue("'single'"), "single");
  EXPECT_EQ(StringValue("\"double\""), "double");
  EXPECT_EQ(StringValue("'it\"s'"), "it\"s");
  EXPECT_EQ(StringValue("'''a'b''c'''"), "a'b''c");
  EXPECT_EQ(StringValue("\"\"\"x\"\"y\"\"\""), "x\"\"y");
  EXPECT_EQ(StringValue("r'\\n$x'"), "\\n$x");
  EXPECT_EQ(StringValue("r\"\"\"raw\\t\"\"\""), "raw\\t");
  EXPECT_EQ(StringValue("''"), "");
  // A multi-line string drops a first line that holds only blanks.
  EXPECT_EQ(StringValue("'''  \nline1\nline2'''"), "line1\nline2");
  EXPECT_EQ(StringValue("'''\r\nx'''"), "x");
  EXPECT_EQ(StringValue("'''x\n'''"), "x\n");
  EXPECT_EQ(StringValue("'''\\\nx'''"), "x");
  EXPECT_EQ(StringValue("'é✓😀'"), "é✓😀");
}

TEST(LexerTest, StringEscapes) {
  EXPECT_EQ(StringValue(R"('\n\r\t\b\f\v')"), "\n\r\t\b\f\v");
  EXPECT_EQ(StringValue(R"('\x41\x7a')"), "Az");
  EXPECT_EQ(StringValue(R"('\xe9')"), "é");
  EXPECT_EQ(StringValue(R"('\u0041\u00e9\u2713')"), "Aé✓");
  EXPECT_EQ(StringValue(R"('\u{1F600}\u{41}\u{10FFFF}')"), "😀A\xF4\x8F\xBF\xBF");
  EXPECT_EQ(StringValue(R"('\$ \\ \' \" \a \z')"), "$ \\ ' \" a z");
  // A surrogate pair written as two escapes is one character; a lone surrogate keeps its
  // 3-byte encoding so the VM can rebuild the code unit.
  EXPECT_EQ(StringValue(R"('\uD83D\uDE00')"), "😀");
  EXPECT_EQ(StringValue(R"('\uD800')"), "\xED\xA0\x80");
  EXPECT_EQ(StringValue(R"('\uDC00x')"), "\xED\xB0\x80x");
}

TEST(LexerTest, StringEscapeErrors) {
  EXPECT_EQ(FirstError(R"('\x4')"),
            "t.dart:1:2: Error: An escape sequence starting with '\\x' must be followed by 2 "
            "hexadecimal digits.");
  EXPECT_EQ(FirstError(R"('\u12')"),
            "t.dart:1:2: Error: An escape sequence starting with '\\u' must be followed by 4 "
            "hexadecimal digits or from 1 to 6 digits between '{' and '}'.");
  EXPECT_EQ(FirstError(R"('\u{}')"),
            "t.dart:1:2: Error: An escape sequence starting with '\\u{' must be followed by 1 "
            "to 6 hexadecimal digits followed by a '}'.");
  EXPECT_EQ(FirstError(R"('\u{1234567}')"),
            "t.dart:1:2: Error: An escape sequence starting with '\\u{' must be followed by 1 "
            "to 6 hexadecimal digits followed by a '}'.");
  EXPECT_EQ(FirstError(R"('\u{110000}')"),
            "t.dart:1:2: Error: The escape sequence starting with '\\u' isn't a valid code "
            "point.");
}

TEST(LexerTest, UnterminatedStrings) {
  EXPECT_EQ(FirstError("x = 'abc"), "t.dart:1:5: Error: String starting with ' must end with '.");
  EXPECT_EQ(FirstError("x = \"abc\ny\""),
            "t.dart:1:5: Error: String starting with \" must end with \".");
  EXPECT_EQ(FirstError("'''abc"), "t.dart:1:1: Error: String starting with ''' must end with '''.");
  EXPECT_EQ(FirstError("r\"\"\"abc"),
            "t.dart:1:1: Error: String starting with r\"\"\" must end with \"\"\".");
  EXPECT_EQ(FirstError("r'abc"), "t.dart:1:1: Error: String starting with r' must end with '.");
  EXPECT_EQ(FirstError("'a${b"), "t.dart:1:1: Error: String starting with ' must end with '.");
  // A backslash does not continue a single-line string on the next line.
  EXPECT_EQ(FirstError("'a\\\nb'"), "t.dart:1:1: Error: String starting with ' must end with '.");
  // The caret line underlines the rest of the literal.
  EXPECT_EQ(Lex("x = 'abc").errors,
            "t.dart:1:5: Error: String starting with ' must end with '.\nx = 'abc\n    ^^^^\n");
  Lexed lexed = Lex("'abc\nx");
  ASSERT_EQ(lexed.tokens.size(), 3u);
  EXPECT_TRUE(lexed.tokens[0].unterminated);
  EXPECT_EQ(lexed.tokens[0].value, "abc");
  EXPECT_EQ(lexed.tokens[1].kind, TokenKind::kIdentifier);
}

TEST(LexerTest, SimpleInterpolation) {
  Lexed lexed = Lex("'a$b c$this$d$e_1'");
  // 'a  b  ' c'  this  ''  d  ''  e_1  ''
  std::vector<TokenKind> kinds;
  for (const Token& t : lexed.tokens) kinds.push_back(t.kind);
  EXPECT_EQ(kinds,
            (std::vector<TokenKind>{TokenKind::kString, TokenKind::kIdentifier, TokenKind::kString,
                                    TokenKind::kThis, TokenKind::kString, TokenKind::kIdentifier,
                                    TokenKind::kString, TokenKind::kIdentifier, TokenKind::kString,
                                    TokenKind::kEof}));
  EXPECT_EQ(lexed.tokens[0].value, "a");
  EXPECT_FALSE(lexed.tokens[0].string_closes);
  EXPECT_EQ(lexed.tokens[1].value, "b");
  EXPECT_EQ(lexed.tokens[2].value, " c");
  EXPECT_EQ(lexed.tokens[5].value, "d");
  EXPECT_EQ(lexed.tokens[7].value, "e_1");
  EXPECT_TRUE(lexed.tokens[8].string_closes);
  EXPECT_EQ(lexed.error_count, 0);
  // `$` never continues an interpolated name: "$a$b" is a then b.
  EXPECT_EQ(Kinds("'$a$b'"),
            (std::vector<TokenKind>{TokenKind::kString, TokenKind::kIdentifier, TokenKind::kString,
                                    TokenKind::kIdentifier, TokenKind::kString}));
}

TEST(LexerTest, BlockInterpolationWithNestedBracesAndStrings) {
  Lexed lexed = Lex("\"x${ {1: 'v${y}'}[1] }z\" w");
  std::vector<TokenKind> kinds;
  for (const Token& t : lexed.tokens) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TokenKind>{
                       TokenKind::kString, TokenKind::kInterpolationStart, TokenKind::kLBrace,
                       TokenKind::kInt, TokenKind::kColon, TokenKind::kString,
                       TokenKind::kInterpolationStart, TokenKind::kIdentifier,
                       TokenKind::kInterpolationEnd, TokenKind::kString, TokenKind::kRBrace,
                       TokenKind::kLBracket, TokenKind::kInt, TokenKind::kRBracket,
                       TokenKind::kInterpolationEnd, TokenKind::kString, TokenKind::kIdentifier,
                       TokenKind::kEof}));
  EXPECT_EQ(lexed.tokens[0].value, "x");
  EXPECT_EQ(lexed.tokens[5].value, "v");
  EXPECT_EQ(lexed.tokens[9].value, "");
  EXPECT_TRUE(lexed.tokens[9].string_closes);
  EXPECT_EQ(lexed.tokens[15].value, "z");
  EXPECT_TRUE(lexed.tokens[15].string_closes);
  EXPECT_EQ(lexed.error_count, 0);
  // Interpolations may span lines even in single-line strings.
  EXPECT_EQ(Lex("'${\n1\n}'").error_count, 0);
  // Raw strings do not interpolate.
  EXPECT_EQ(StringValue("r'${x}$y'"), "${x}$y");
}

TEST(LexerTest, DollarWithoutName) {
  EXPECT_EQ(FirstError("'a$ b'"),
            "t.dart:1:3: Error: A '$' has special meaning inside a string, and must be "
            "followed by an identifier or an expression in curly braces ({}).");
}

TEST(LexerTest, UnexpectedCharacters) {
  EXPECT_EQ(FirstError("a ` b"),
            "t.dart:1:3: Error: The non-ASCII character '`' (U+0060) can't be used in "
            "identifiers, only in strings and comments.");
  EXPECT_EQ(FirstError("var caf\xC3\xA9 = 1;"),
            "t.dart:1:8: Error: The non-ASCII character '\xC3\xA9' (U+00E9) can't be used in "
            "identifiers, only in strings and comments.");
  EXPECT_EQ(FirstError("a\xC2\xA0"
                       "b"),
            "t.dart:1:2: Error: The non-ASCII space character U+00A0 can only be used in "
            "strings and comments.");
  EXPECT_EQ(FirstError("a\x01"),
            "t.dart:1:2: Error: The control character U+0001 can only be used in strings and "
            "comments.");
  EXPECT_EQ(FirstError("a \xFF b"), "t.dart:1:3: Error: Unable to decode bytes as UTF-8.");
  // The character is dropped and lexing goes on.
  EXPECT_EQ(Kinds("a ` b"),
            (std::vector<TokenKind>{TokenKind::kIdentifier, TokenKind::kIdentifier}));
}

TEST(LexerTest, UnclosedBrackets) {
  SourceFile file("file:///t.dart", "t.dart", "f(a, [b) {");
  Diagnostics diagnostics;
  Lexer lexer(&file, &diagnostics);
  lexer.Tokenize();
  EXPECT_TRUE(lexer.reported_unclosed());
  EXPECT_EQ(lexer.first_unclosed_offset(), 5u);
  ASSERT_EQ(diagnostics.error_count(), 2);
  EXPECT_EQ(diagnostics.entries()[0].message, "Can't find ']' to match '['.");
  EXPECT_EQ(diagnostics.entries()[1].message, "Can't find '}' to match '{'.");
  SourceFile balanced("file:///u.dart", "u.dart", "f(a, [b], {c: d}) { '${x}' }");
  Diagnostics none;
  Lexer lexer2(&balanced, &none);
  lexer2.Tokenize();
  EXPECT_FALSE(lexer2.reported_unclosed());
  EXPECT_EQ(none.error_count(), 0);
}

TEST(LexerTest, OffsetsAndLengths) {
  Lexed lexed = Lex("  foo >>= 'bar'\n");
  ASSERT_EQ(lexed.tokens.size(), 4u);
  EXPECT_EQ(lexed.tokens[0].offset, 2u);
  EXPECT_EQ(lexed.tokens[0].length, 3u);
  EXPECT_EQ(lexed.tokens[1].offset, 6u);
  EXPECT_EQ(lexed.tokens[1].length, 3u);
  EXPECT_EQ(lexed.tokens[2].offset, 10u);
  EXPECT_EQ(lexed.tokens[2].length, 5u);
  EXPECT_EQ(lexed.tokens[3].kind, TokenKind::kEof);
  EXPECT_EQ(lexed.tokens[3].offset, 16u);
}

TEST(SourceFileTest, LinesAndColumns) {
  SourceFile file("file:///t.dart", "t.dart", "ab\ncd\r\nef\rg\xC3\xA9h\xF0\x9F\x98\x80i\n");
  int line;
  int col;
  file.LineCol(0, &line, &col);
  EXPECT_EQ(line, 1);
  EXPECT_EQ(col, 1);
  file.LineCol(4, &line, &col);
  EXPECT_EQ(line, 2);
  EXPECT_EQ(col, 2);
  file.LineCol(7, &line, &col);  // After \r\n.
  EXPECT_EQ(line, 3);
  EXPECT_EQ(col, 1);
  file.LineCol(10, &line, &col);  // After a lone \r.
  EXPECT_EQ(line, 4);
  EXPECT_EQ(col, 1);
  file.LineCol(13, &line, &col);  // 'h' after 'gé': columns count UTF-16 units.
  EXPECT_EQ(col, 3);
  file.LineCol(18, &line, &col);  // 'i' after an emoji (two UTF-16 units).
  EXPECT_EQ(col, 6);
  EXPECT_EQ(file.LineText(2), "cd");
  EXPECT_EQ(file.LineText(3), "ef");
  EXPECT_EQ(file.LineText(4), "g\xC3\xA9h\xF0\x9F\x98\x80i");
  EXPECT_EQ(file.LineText(5), "");
  EXPECT_EQ(file.LineText(99), "");
  EXPECT_EQ(file.line_count(), 5);
  file.LineCol(1000, &line, &col);  // Past the end: the end.
  EXPECT_EQ(line, 5);
  EXPECT_EQ(col, 1);
}

TEST(SourceFileTest, ColumnsOnALongLineTakeConstantTime) {
  // A program on one line (generated or minified code): the code generator asks for the
  // column of every statement, which once scanned the line from its start each time.
  const int n = 200000;
  std::string text = "x\n";
  for (int i = 0; i < n; i++) text += "print(1);";
  text += "\n\xC3\xA9z";
  SourceFile file("file:///t.dart", "t.dart", text);
  auto start = std::chrono::steady_clock::now();
  int line = 0;
  int col = 0;
  for (int i = 0; i < n; i++) {
    file.LineCol(2 + 9 * static_cast<uint32_t>(i), &line, &col);
    ASSERT_EQ(col, 9 * i + 1);
  }
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 2.0);
  EXPECT_EQ(line, 2);
  file.LineCol(static_cast<uint32_t>(text.size()) - 1, &line, &col);  // 'z' after 'é'.
  EXPECT_EQ(line, 3);
  EXPECT_EQ(col, 2);
}

TEST(DiagnosticsTest, FormatsLikeDart) {
  SourceFile file("file:///a.dart", "a.dart", "void main() {\n  print(x);\n}\n");
  Diagnostics diagnostics;
  EXPECT_FALSE(diagnostics.has_errors());
  diagnostics.Error(&file, 22, "Undefined name 'x'.");
  diagnostics.Error(&file, 16, 5, "Second.");
  diagnostics.Error(&file, 22, "Undefined name 'x'.");  // A duplicate is dropped.
  diagnostics.Error(nullptr, 0, "No file.");
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics.error_count(), 3);
  EXPECT_EQ(diagnostics.Format(),
            "a.dart:2:9: Error: Undefined name 'x'.\n"
            "  print(x);\n"
            "        ^\n"
            "a.dart:2:3: Error: Second.\n"
            "  print(x);\n"
            "  ^^^^^\n"
            "Error: No file.\n");
}

// A long line is quoted around the error, cut with "...", the caret still under the error.
TEST(DiagnosticsTest, QuotesALongLineAroundTheError) {
  std::string line = "var x = " + std::string(300, 'a') + " + ;" + std::string(300, 'b');
  SourceFile file("file:///a.dart", "a.dart", line + "\n");
  Diagnostics diagnostics;
  uint32_t at = static_cast<uint32_t>(line.find(';'));
  diagnostics.Error(&file, at, "Expected an identifier.");
  std::string text = diagnostics.Format();
  std::vector<std::string> lines;
  for (size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos;
       start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "a.dart:1:" + std::to_string(at + 1) + ": Error: Expected an identifier.");
  EXPECT_EQ(lines[1].substr(0, 3), "...");
  EXPECT_EQ(lines[1].substr(lines[1].size() - 3), "...");
  EXPECT_LE(lines[1].size(), Diagnostics::kMaxQuotedLine + 6);
  size_t caret = lines[2].find('^');
  ASSERT_NE(caret, std::string::npos);
  EXPECT_EQ(lines[1][caret], ';');
}

// Past kMaxPrintedErrors errors, the rest are counted, not printed (a broken generated file
// would otherwise print megabytes).
TEST(DiagnosticsTest, PrintsAHundredErrorsThenACount) {
  SourceFile file("file:///a.dart", "a.dart", std::string(300, ';') + "\n");
  Diagnostics diagnostics;
  for (uint32_t i = 0; i < 250; i++) diagnostics.Error(&file, i, "Unexpected ';'.");
  EXPECT_EQ(diagnostics.error_count(), 250);
  std::string text = diagnostics.Format();
  size_t count = 0;
  for (size_t at = 0; (at = text.find(": Error: Unexpected", at)) != std::string::npos; at++) {
    count++;
  }
  EXPECT_EQ(count, Diagnostics::kMaxPrintedErrors);
  EXPECT_NE(text.find("\nError: 150 more errors not shown.\n"), std::string::npos);
}

}  // namespace
}  // namespace islet
