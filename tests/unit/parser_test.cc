// Unit tests of the parser (compiler/parser*.cc) and the AST printer: golden AST dumps of the
// programs in golden/parser/ (set ISLET_UPDATE_GOLDEN=1 to rewrite them), operator precedence,
// error messages with their positions, error recovery, and robustness: truncated programs,
// random bytes, token soup and deep nesting must never crash, hang or overflow the stack.

#include "compiler/parser.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/ast_printer.h"
#include "compiler/diagnostics.h"
#include "compiler/parser_internal.h"
#include "compiler/source.h"
#include "compiler/token.h"

namespace islet {
namespace {

namespace fs = std::filesystem;

struct Parsed {
  std::unique_ptr<SourceFile> file;
  Diagnostics diagnostics;
  std::unique_ptr<CompilationUnit> unit;
};

std::unique_ptr<Parsed> Parse(const std::string& text, const std::string& path = "t.dart") {
  auto parsed = std::make_unique<Parsed>();
  parsed->file = std::make_unique<SourceFile>("file:///" + path, path, text);
  parsed->unit = ParseCompilationUnit(parsed->file.get(), &parsed->diagnostics);
  return parsed;
}

// "line:col: message" for every error of parsing [text], one a line.
std::string Errors(const std::string& text) {
  auto parsed = Parse(text);
  std::string out;
  for (const Diagnostics::Entry& e : parsed->diagnostics.entries()) {
    int line;
    int col;
    parsed->file->LineCol(e.offset, &line, &col);
    out += std::to_string(line) + ":" + std::to_string(col) + ": " + e.message + "\n";
  }
  return out;
}

// The printed form of the expression [text] (parsed as a top-level initializer).
std::string Expr(const std::string& text) {
  auto parsed = Parse("var v = " + text + ";");
  EXPECT_FALSE(parsed->diagnostics.has_errors()) << text << "\n" << parsed->diagnostics.Format();
  if (parsed->unit->declarations.empty()) return "<none>";
  auto* decl = static_cast<TopLevelVarDecl*>(parsed->unit->declarations[0]);
  return PrintExpr(decl->vars[0].initializer);
}

// The printed body of `main` after parsing [statements] inside it, without positions.
std::string Body(const std::string& statements) {
  auto parsed = Parse("void main() {\n" + statements + "\n}\n");
  EXPECT_FALSE(parsed->diagnostics.has_errors()) << statements << "\n"
                                                 << parsed->diagnostics.Format();
  return PrintAst(*parsed->unit, /*with_positions=*/false);
}

// ---------------------------------------------------------------------------------------------
// Golden AST dumps

fs::path GoldenDir() {
  if (const char* dir = std::getenv("ISLET_GOLDEN_DIR")) return fs::path(dir) / "parser";
  return fs::path(__FILE__).parent_path() / "golden" / "parser";
}

std::vector<std::string> GoldenNames() {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(GoldenDir(), error)) {
    if (entry.path().extension() == ".dart") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class ParserGoldenTest : public testing::TestWithParam<std::string> {};

// The golden file holds the dump with positions and, when the input has syntax errors, the
// formatted errors after a separator line.
TEST_P(ParserGoldenTest, MatchesGolden) {
  const std::string& name = GetParam();
  fs::path input = GoldenDir() / (name + ".dart");
  fs::path golden = GoldenDir() / (name + ".ast");
  auto parsed = Parse(ReadFile(input), name + ".dart");
  std::string actual = PrintAst(*parsed->unit, /*with_positions=*/true);
  if (parsed->diagnostics.has_errors()) {
    actual += "--- errors ---\n" + parsed->diagnostics.Format();
  }
  const char* update = std::getenv("ISLET_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run with ISLET_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, ReadFile(golden))
      << "golden file " << golden << " differs (ISLET_UPDATE_GOLDEN=1 rewrites it)";
}

INSTANTIATE_TEST_SUITE_P(Golden, ParserGoldenTest, testing::ValuesIn(GoldenNames()),
                         [](const testing::TestParamInfo<std::string>& param_info) {
                           return param_info.param;
                         });

TEST(ParserGoldenListTest, GoldenFilesExist) {
  // Guards against a wrong directory silently running no golden test at all.
  EXPECT_GE(GoldenNames().size(), 10u) << GoldenDir();
}

// ---------------------------------------------------------------------------------------------
// Expressions

TEST(ParserTest, Precedence) {
  EXPECT_EQ(Expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
  EXPECT_EQ(Expr("1 - 2 - 3"), "(- (- 1 2) 3)");
  EXPECT_EQ(Expr("a = b = c"), "(= a (= b c))");
  EXPECT_EQ(Expr("a ?? b || c"), "(?? a (|| b c))");
  EXPECT_EQ(Expr("a || b && c == d"), "(|| a (&& b (== c d)))");
  EXPECT_EQ(Expr("a == b < c"), "(== a (< b c))");
  EXPECT_EQ(Expr("a < b | c"), "(< a (| b c))");
  EXPECT_EQ(Expr("a | b ^ c & d << e + f * g"), "(| a (^ b (& c (<< d (+ e (* f g))))))");
  EXPECT_EQ(Expr("-a * b"), "(* (- a) b)");
  EXPECT_EQ(Expr("-a.b"), "(- (. a b))");
  EXPECT_EQ(Expr("!a!"), "(! (null-check a))");
  EXPECT_EQ(Expr("a ? b : c ? d : e"), "(?: a b (?: c d e))");
  EXPECT_EQ(Expr("a ? b = 1 : c"), "(?: a (= b 1) c)");
  EXPECT_EQ(Expr("a as int + 1"), "(+ (as a int) 1)");
  EXPECT_EQ(Expr("a is int == b"), "(== (is a int) b)");
  EXPECT_EQ(Expr("x ~/ 2 % 3"), "(% (~/ x 2) 3)");
  EXPECT_EQ(Expr("a++ + ++b"), "(+ (postfix++ a) (prefix++ b))");
  EXPECT_EQ(Expr("a..b = 1 + 2..c()"), "(cascade a (= (. .. b) (+ 1 2)) (invoke .. c (args)))");
  EXPECT_EQ(Expr("x = a..b()"), "(= x (cascade a (invoke .. b (args))))");
  EXPECT_EQ(Expr("throw a ?? b"), "(throw (?? a b))");
  EXPECT_EQ(Expr("await"), "await");
}

TEST(ParserTest, IntegerLiterals) {
  EXPECT_EQ(Expr("9223372036854775807"), "9223372036854775807");
  EXPECT_EQ(Expr("-9223372036854775808"), "-9223372036854775808");
  EXPECT_EQ(Expr("0x8000000000000000"), "-9223372036854775808");
  EXPECT_EQ(Expr("0xFFFF_FFFF_FFFF_FFFF"), "-1");
  EXPECT_EQ(Expr("-9223372036854775807"), "(- 9223372036854775807)");
  EXPECT_EQ(Errors("var v = 9223372036854775808;"),
            "1:9: The integer literal 9223372036854775808 can't be represented in 64 bits.\n");
  EXPECT_EQ(Errors("var v = -9223372036854775809;"),
            "1:10: The integer literal -9223372036854775809 can't be represented in 64 bits.\n");
  EXPECT_EQ(Errors("var v = 0x1_0000_0000_0000_0000;"),
            "1:9: The integer literal 0x1_0000_0000_0000_0000 can't be represented in 64 "
            "bits.\n");
  // Only a literal operand of '-' gets the extra value: -9223372036854775808.abs() is not.
  EXPECT_EQ(Errors("var v = -9223372036854775808.abs();"),
            "1:10: The integer literal 9223372036854775808 can't be represented in 64 bits.\n");
}

TEST(ParserTest, StringsJoinAndInterpolate) {
  EXPECT_EQ(Expr("'a' \"b\" '''c'''"), "\"abc\"");
  EXPECT_EQ(Expr("'a\\n' r'\\n'"), "\"a\\n\\\\n\"");
  EXPECT_EQ(Expr("'x$y' 'z'"), "(interpolate \"x\" y \"z\")");
  EXPECT_EQ(Expr("'${a}${b}'"), "(interpolate \"\" a \"\" b \"\")");
  EXPECT_EQ(Expr("'${'${x}'}'"), "(interpolate \"\" (interpolate \"\" x \"\") \"\")");
  EXPECT_EQ(Expr("'${ {1: 2}[1] }'"), "(interpolate \"\" ([] (map (: 1 2)) 1) \"\")");
}

TEST(ParserTest, SetOrMapForm) {
  EXPECT_EQ(Expr("{}"), "(map)");
  EXPECT_EQ(Expr("{1}"), "(set 1)");
  EXPECT_EQ(Expr("{1: 2}"), "(map (: 1 2))");
  EXPECT_EQ(Expr("<int>{}"), "(set <int>)");
  EXPECT_EQ(Expr("<int, int>{}"), "(map <int, int>)");
  EXPECT_EQ(Expr("{...a}"), "(set-or-map (... a))");
  EXPECT_EQ(Expr("{...a, 1}"), "(set (... a) 1)");
  EXPECT_EQ(Expr("{if (c) for (var x in a) x: 1}"),
            "(map (if-element c (for-element ((var (x)) in a) (: x 1))))");
  EXPECT_EQ(Expr("const {1: [2]}"), "(const-map (: 1 (const-list 2)))");
}

TEST(ParserTest, ConstContextReachesNestedLiteralsAndCalls) {
  EXPECT_EQ(Expr("const [[1], {2}, A(3), B.c(4)]"),
            "(const-list (const-list 1) (const-set 2) (invoke-in-const A (args 3)) "
            "(invoke-in-const B c (args 4)))");
  auto parsed = Parse("const x = [A()]; final y = [A()];");
  EXPECT_EQ(PrintAst(*parsed->unit, false),
            "(unit\n"
            "  (top-level-var const (x = (const-list (invoke-in-const A (args)))))\n"
            "  (top-level-var final (y = (list (invoke A (args))))))\n");
  // A function body inside a const context is not const.
  EXPECT_EQ(Expr("f(() => [1])"), "(invoke f (args (fn (params) => (list 1))))");
}

TEST(ParserTest, GenericsAndShiftTokens) {
  EXPECT_EQ(Body("List<List<int>> a;\nMap<int, List<List<int>>> b;\nvar c = x >> 2 >>> 1;\n"
                 "List<List<int>>? d;\nvar e = <List<List<int>>>[];"),
            "(unit\n"
            "  (function main (params) -> void\n"
            "    (block\n"
            "      (var List<List<int>> (a))\n"
            "      (var Map<int, List<List<int>>> (b))\n"
            "      (var (c = (>>> (>> x 2) 1)))\n"
            "      (var List<List<int>>? (d))\n"
            "      (var (e = (list <List<List<int>>>))))))\n");
  EXPECT_EQ(Expr("f(a < b, c > d)"), "(invoke f (args (< a b) (> c d)))");
  EXPECT_EQ(Expr("f<A, B>(c)"), "(invoke f <A, B> (args c))");
  EXPECT_EQ(Expr("a < b && c > d"), "(&& (< a b) (> c d))");
  EXPECT_EQ(Expr("x.m<int Function(String)>()"), "(invoke x m <int Function(String)> (args))");
  EXPECT_EQ(Expr("C<int>.named()"), "(new C<int> .named (args))");
}

TEST(ParserTest, ConstructorReferences) {
  EXPECT_EQ(Expr("new A()"), "(new A (args))");
  // `a.b` without type arguments may be class a's constructor b or prefix a's class b: the
  // parser keeps it whole and the resolver decides.
  EXPECT_EQ(Expr("new A.b()"), "(new A.b (args))");
  EXPECT_EQ(Expr("new p.A.b()"), "(new p.A .b (args))");
  EXPECT_EQ(Expr("new A<int>.b()"), "(new A<int> .b (args))");
  EXPECT_EQ(Expr("const p.A<int>()"), "(const p.A<int> (args))");
  EXPECT_EQ(Expr("const p.A<int>.b()"), "(const p.A<int> .b (args))");
  // Redirecting factories split it: type D, constructor named.
  auto parsed = Parse("class C { factory C() = D.named; factory C.x() = p.D<int>.y; }");
  ASSERT_FALSE(parsed->diagnostics.has_errors()) << parsed->diagnostics.Format();
  auto* cls = static_cast<ClassDecl*>(parsed->unit->declarations[0]);
  auto* first = static_cast<ConstructorDecl*>(cls->members[0]);
  EXPECT_EQ(first->redirect_type->name, "D");
  EXPECT_EQ(first->redirect_name, "named");
  auto* second = static_cast<ConstructorDecl*>(cls->members[1]);
  EXPECT_EQ(PrintType(second->redirect_type), "p.D<int>");
  EXPECT_EQ(second->redirect_name, "y");
}

TEST(ParserTest, Types) {
  auto type_of = [](const std::string& type) {
    auto parsed = Parse(type + " x;");
    EXPECT_FALSE(parsed->diagnostics.has_errors()) << type << parsed->diagnostics.Format();
    if (parsed->unit->declarations.empty()) return std::string("<none>");
    return PrintType(static_cast<TopLevelVarDecl*>(parsed->unit->declarations[0])->type);
  };
  EXPECT_EQ(type_of("int"), "int");
  EXPECT_EQ(type_of("int?"), "int?");
  EXPECT_EQ(type_of("void"), "void");
  EXPECT_EQ(type_of("dynamic"), "dynamic");
  EXPECT_EQ(type_of("Function"), "Function");
  EXPECT_EQ(type_of("p.Type<int>"), "p.Type<int>");
  EXPECT_EQ(type_of("Map<K, V>?"), "Map<K, V>?");
  EXPECT_EQ(type_of("int Function(String)"), "int Function(String)");
  EXPECT_EQ(type_of("int Function(String s, [int])?"), "int Function(String, [int])?");
  EXPECT_EQ(type_of("void Function({required int a, String? b})"),
            "void Function({int a, String? b})");
  EXPECT_EQ(type_of("Function()"), "Function()");
  EXPECT_EQ(type_of("T Function<T>(T)"), "T Function<T>(T)");
  EXPECT_EQ(type_of("int Function(int) Function()"), "int Function(int) Function()");
}

TEST(ParserTest, Positions) {
  auto parsed = Parse("class A {\n  int  foo(int x) => x +  1;\n}\n");
  ASSERT_FALSE(parsed->diagnostics.has_errors());
  auto* cls = static_cast<ClassDecl*>(parsed->unit->declarations[0]);
  EXPECT_EQ(cls->pos, 0u);
  EXPECT_EQ(cls->name_pos, 6u);
  EXPECT_EQ(cls->end_pos, 39u);
  auto* method = static_cast<MethodDecl*>(cls->members[0]);
  EXPECT_EQ(method->pos, 12u);
  EXPECT_EQ(method->name_pos, 17u);
  EXPECT_EQ(method->function->params[0].pos, 25u);
  auto* body = static_cast<Binary*>(method->function->arrow_body);
  EXPECT_EQ(body->pos, 31u);
  EXPECT_EQ(body->op_pos, 33u);
  auto asserted = Parse("f() { assert(a  > b, 'm'); }");
  auto* fn = static_cast<FunctionDecl*>(asserted->unit->declarations[0]);
  auto* assert_stmt = static_cast<Assert*>(fn->function->body->statements[0]);
  EXPECT_EQ(assert_stmt->condition_end, 19u);  // Just past `b`.
  EXPECT_EQ(assert_stmt->end_pos, 25u);        // Just past `)`.
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(ParserErrorTest, MessagesAndPositions) {
  struct Case {
    const char* source;
    const char* errors;
  };
  const Case cases[] = {
      {"main() {\n  print('a')\n  print('b');\n}", "2:12: Expected ';' after this.\n"},
      {"main() { var x = ; }", "1:18: Expected an identifier, but got ';'.\n"},
      {"main() { f(a b); }", "1:14: Expected ',' before this.\n"},
      {"main() { if (a b) {} }", "1:16: Expected ')' before this.\n"},
      {"class A { ) }", "1:11: Expected a class member, but got ')'.\n"},
      {"+ x;", "1:1: Expected a declaration, but got '+'.\n"},
      {"var class = 1;", "1:5: 'class' can't be used as an identifier because it's a keyword.\n"},
      {"x = 1;",
       "1:1: Variables must be declared using the keywords 'const', 'final', 'var' or a type "
       "name.\n"},
      {"main() { 1 = 2; }", "1:12: Illegal assignment to non-assignable expression.\n"},
      {"main() { a == b == c; }",
       "1:17: A comparison expression can't be an operand of another comparison expression.\n"},
      {"main() { try {} }",
       "1:10: A try block must be followed by an 'on', 'catch', or 'finally' clause.\n"},
      {"main() { try {} catch (int e) {} }",
       "1:24: 'catch' must be followed by '(identifier)' or '(identifier, identifier)'.\n"},
      {"main() { +1; }", "1:10: '+' is not a prefix operator.\n"},
      {"main() { await f(); }", "1:10: 'await' can only be used in 'async' or 'async*' methods.\n"},
      {"f() sync* { return 1; }", "1:13: 'sync*' and 'async*' can't return a value.\n"},
      {"main() { yield 1; }", "1:10: 'yield' can only be used in 'sync*' or 'async*' methods.\n"},
      {"f(int x = 1) {}", "1:9: Non-optional parameters can't have a default value.\n"},
      {"class A { A() : x; }", "1:17: Expected an assignment after the field name.\n"},
      {"class A { operator +(o) => 1; static operator -(o) => 1; }",
       "1:31: Operators can't be static.\n"},
      {"class A { B.x() {} }",
       "1:11: The name of a constructor must match the name of the enclosing class.\n"},
      {"class A { A.x() = B; }", "1:17: Only factory constructor can specify '=' redirection.\n"},
      {"class A { const A() {} }", "1:21: A const constructor can't have a body.\n"},
      {"class A { int get x() => 1; }", "1:20: A getter can't have formal parameters.\n"},
      {"operator +(a) => a;", "1:1: Operators must be declared within a class.\n"},
      {"main() { switch (x) { case 1: default: default: } }",
       "1:40: The 'default' case can only be declared once.\n"},
      {"main() { switch (x) { f(); } }", "1:23: Expected to find 'case'.\n"},
      {"main() { for (var i = 0 in x) {} }",
       "1:19: The loop variable in a for-each loop can't be initialized.\n"},
      {"main() { for (var i : x) {} }", "1:21: For-in loops use 'in' rather than a colon.\n"},
      {"main() { x = 'a' 'b$' ; }",
       "1:20: A '$' has special meaning inside a string, and must be followed by an identifier "
       "or an expression in curly braces ({}).\n"},
      {"import 'a.dart';\nvar x;\nimport 'b.dart';",
       "3:1: Directives must appear before any declarations.\n"},
      {"import 'a$b.dart';", "1:8: Can't use string interpolation in a URI.\n"},
      {"import 'a.dart' deferred;", "1:1: Deferred imports should have a prefix.\n"},
      {"main() { var (a, b); }",
       "1:20: A pattern variable declaration must have an initializer.\n"},
      {"main() { switch (x) { case Foo(1): } }",
       "1:32: Object patterns can only use named fields.\n"},
      {"main() { switch (x) { case (:1): } }",
       "1:29: The getter name is not specified explicitly, and the pattern is not a "
       "variable.\n"},
      {"extension type E.named(int i) {}",
       "1:17: A named primary constructor of an extension type is not supported yet.\n"},
      {"abstract sealed class S {}",
       "1:1: A 'sealed' class can't be marked 'abstract' because it's already implicitly "
       "abstract.\n"},
      {"final mixin M {}", "1:1: A mixin can't be declared 'final'.\n"},
      {"main() { x?..a..b?..c; }",
       "1:18: The '?..' cascade operator must be first in the cascade sequence.\n"},
      // The unterminated string also leaves the brackets before it open.
      {"main() { print('a) }\n",
       "1:8: Can't find '}' to match '{'.\n1:15: Can't find ')' to match '('.\n"
       "1:16: String starting with ' must end with '.\n"},
      {"main() {\n  f(1;\n}", "2:4: Can't find ')' to match '('.\n"},
      {"main() {", "1:8: Can't find '}' to match '{'.\n"},
      {"main() { x = 1; } }", "1:19: Expected a declaration, but got '}'.\n"},
      {"class A extends {}", "1:17: Expected a type, but got '{'.\n"},
      {"main() { throw; }", "1:10: Missing expression after 'throw'.\n"},
      {"abstract class A { abstract int x; }", "1:20: An abstract field is not supported yet.\n"},
      {"main() { new [1]; }", "1:10: A literal can't be prefixed by 'new'.\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(Errors(c.source), c.errors) << c.source;
}

TEST(ParserErrorTest, RecoveryReportsSeveralErrors) {
  std::string errors = Errors(
      "void main() {\n"
      "  var x = 1\n"  // Missing ';' at the end of a line: carries on.
      "  print(x);\n"
      "  var y = ;\n"     // Missing expression.
      "  if (x y) { }\n"  // Skips the whole if statement.
      "  print('ok');\n"
      "}\n"
      "class A {\n"
      "  int x\n"
      "  void m() => ;\n"
      "  int z;\n"
      "}\n"
      "void g( {\n");
  EXPECT_EQ(errors,
            "2:11: Expected ';' after this.\n"
            "4:11: Expected an identifier, but got ';'.\n"
            "5:9: Expected ')' before this.\n"
            "9:7: Expected ';' after this.\n"
            "10:15: Expected an identifier, but got ';'.\n"
            "13:7: Can't find ')' to match '('.\n"
            "13:9: Can't find '}' to match '{'.\n");
  // What parsed cleanly is kept.
  auto parsed = Parse("void main() { var x = 1\n print(x); }\nclass A { int x\n int y; }");
  EXPECT_EQ(PrintAst(*parsed->unit, false),
            "(unit\n"
            "  (function main (params) -> void\n"
            "    (block\n"
            "      (var (x = 1))\n"
            "      (expr (invoke print (args x)))))\n"
            "  (class A\n"
            "    (field int (x))\n"
            "    (field int (y))))\n");
}

// ---------------------------------------------------------------------------------------------
// Robustness

// A program that uses most of the grammar, cut and mangled by the tests below.
const char kProgram[] = R"DART(
import 'dart:math' as math;
typedef Op = int Function(int, [int]);
enum Color { red, green }
abstract class Shape { double get area; }
class Point extends Shape implements Comparable<Point> {
  final int x, y;
  static const zero = Point(0, 0);
  const Point(this.x, [this.y = 0]);
  Point.named({required int x}) : this(x, 1);
  factory Point.of(List<int> l) => Point(l[0], l[1]);
  double get area => 0.0;
  Point operator +(Point o) => Point(x + o.x, y + o.y);
  int compareTo(Point o) => x - o.x;
  @override String toString() => 'P($x, ${y * 2})';
}
Future<int> later() async => await Future.value(1);
Iterable<int> gen() sync* { yield 1; yield* [2]; }
void main(List<String> args) {
  var list = <int>[1, 2, ...[3], if (args.isEmpty) 4 else 5, for (var i in [6]) i * i];
  final map = {'a': 1, 'b': [2, 3]};
  list..add(7)..removeAt(0);
  outer: for (var i = 0; i < 3; i++) {
    switch (i) { case 0: continue outer; default: break; }
  }
  try { throw StateError('x'); } on StateError catch (e, s) { print('$e $s'); } finally {}
  int f(int a, {int b = 2}) => a + b;
  var g = (x) => x?.y ?? -x! ~/ 2;
  assert(list.length > 0, 'empty');
  print(list is List<int> ? map['a'] : null);
  do { list.removeLast(); } while (list.isNotEmpty);
  print(r'raw' '''multi
line''' "$list");
}
)DART";

// Parses [text] and checks that the result is consistent: errors point inside the file and
// an error-free parse has declarations.
void CheckParses(const std::string& text) {
  auto parsed = Parse(text);
  for (const Diagnostics::Entry& e : parsed->diagnostics.entries()) {
    ASSERT_LE(e.offset, text.size());
    ASSERT_FALSE(e.message.empty());
  }
  // Recovery never reports more errors than there are bytes.
  ASSERT_LE(parsed->diagnostics.error_count(), static_cast<int>(text.size()) + 1);
  // Printing walks every node: it would crash on a dangling child.
  std::string dump = PrintAst(*parsed->unit, true);
  ASSERT_FALSE(dump.empty());
}

TEST(ParserRobustnessTest, FullProgramParses) {
  auto parsed = Parse(kProgram);
  EXPECT_FALSE(parsed->diagnostics.has_errors()) << parsed->diagnostics.Format();
  EXPECT_EQ(parsed->unit->directives.size(), 1u);
  EXPECT_EQ(parsed->unit->declarations.size(), 7u);
}

TEST(ParserRobustnessTest, EveryTruncatedPrefix) {
  std::string program = kProgram;
  int with_errors = 0;
  for (size_t length = 0; length <= program.size(); length++) {
    std::string prefix = program.substr(0, length);
    CheckParses(prefix);
    if (Parse(prefix)->diagnostics.has_errors()) with_errors++;
  }
  // Most prefixes end inside a declaration and must be reported.
  EXPECT_GT(with_errors, static_cast<int>(program.size()) * 3 / 4);
}

TEST(ParserRobustnessTest, RandomBytes) {
  std::mt19937 random(12345);
  const std::string alphabet = "abcxyz_$019 \n\t'\"\\{}[]()<>=!?.:;,+-*/%&|^~@#r\x80\xC3\xA9\xFF";
  for (int i = 0; i < 3000; i++) {
    std::string text;
    int length = static_cast<int>(random() % 120);
    for (int j = 0; j < length; j++) {
      text += (random() % 8 == 0) ? static_cast<char>(random() % 256)
                                  : alphabet[random() % alphabet.size()];
    }
    CheckParses(text);
  }
}

TEST(ParserRobustnessTest, TokenSoup) {
  std::vector<std::string> vocabulary;
  for (int i = 0; i < kTokenKindCount; i++) {
    auto kind = static_cast<TokenKind>(i);
    if (kind == TokenKind::kEof || kind == TokenKind::kIdentifier || kind == TokenKind::kInt ||
        kind == TokenKind::kDouble || kind == TokenKind::kString ||
        kind == TokenKind::kInterpolationStart || kind == TokenKind::kInterpolationEnd) {
      continue;
    }
    vocabulary.push_back(TokenKindSpelling(kind));
  }
  for (const char* extra : {"x", "Foo", "1", "2.5", "'s'", "'a$b'", "'${x}'", "\"\"\"m\"\"\"",
                            "main", "int", "List", "\n"}) {
    vocabulary.push_back(extra);
  }
  std::mt19937 random(777);
  for (int i = 0; i < 3000; i++) {
    std::string text;
    int length = static_cast<int>(random() % 60);
    for (int j = 0; j < length; j++) {
      text += vocabulary[random() % vocabulary.size()];
      text += ' ';
    }
    CheckParses(text);
  }
}

TEST(ParserRobustnessTest, MutatedProgram) {
  std::string program = kProgram;
  std::mt19937 random(4242);
  const std::string inserts = "{}()[];,<>'\"=.?:!$";
  for (int i = 0; i < 2000; i++) {
    std::string text = program;
    int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits; e++) {
      size_t at = random() % text.size();
      switch (random() % 3) {
        case 0:
          text.erase(at, 1 + random() % 4);
          break;
        case 1:
          text.insert(at, 1, inserts[random() % inserts.size()]);
          break;
        default:
          text[at] = inserts[random() % inserts.size()];
          break;
      }
      if (text.empty()) text = "x";
    }
    CheckParses(text);
  }
}

// Runs [body] on a thread with a [stack_bytes] stack, as an isolate's compile might.
void RunWithStack(size_t stack_bytes, const std::function<void()>& body) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, stack_bytes);
  pthread_t thread;
  auto trampoline = [](void* arg) -> void* {
    (*static_cast<const std::function<void()>*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(
      pthread_create(&thread, &attributes, trampoline, const_cast<std::function<void()>*>(&body)),
      0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; i++) out += s;
  return out;
}

TEST(ParserRobustnessTest, DeepNestingIsAnErrorNotACrash) {
  const int n = 100000;
  const std::string too_deep = "The file has too many nested expressions or statements.";
  const std::vector<std::string> inputs = {
      "var x = " + Repeat("(", n) + "1" + Repeat(")", n) + ";",
      "var x = " + Repeat("[", n) + Repeat("]", n) + ";",
      "var x = " + Repeat("-", n) + "1;",
      "var x = " + Repeat("!", n) + "a;",
      "var x = " + Repeat("a = ", n) + "1;",
      "var x = " + Repeat("a ? b : ", n) + "c;",
      "var x = " + Repeat("f(", n) + Repeat(")", n) + ";",
      "var x = " + Repeat("'${", n) + Repeat("}'", n) + ";",
      "var x = " + Repeat("() => ", n) + "1;",
      "main() " + Repeat("{", n) + Repeat("}", n),
      "main() { " + Repeat("if (a) ", n) + "b; }",
      "main() { " + Repeat("while (a) ", n) + ";}",
      Repeat("List<", n) + "int" + Repeat(">", n) + " x;",
      "var x = " + Repeat("[...", n) + Repeat("]", n) + ";",
      "var x = [" + Repeat("for (var a in b) ", n) + "1];",
      // Left-deep chains: the parser loops, but the tree is as deep as the chain is long.
      "var x = 1" + Repeat(" + 1", n) + ";",
      "var x = a" + Repeat(".b", n) + ";",
      "var x = a" + Repeat("(1)", n) + ";",
      "var x = a" + Repeat("[0]!", n) + ";",
      "var x = a" + Repeat(" as int", n) + ";",
      "int" + Repeat(" Function()", n) + " x;",
  };
  for (const std::string& input : inputs) {
    // 4 MB of stack is ample for kMaxNesting levels even in sanitizer builds.
    RunWithStack(4 << 20, [&] {
      auto parsed = Parse(input);
      std::string errors = parsed->diagnostics.Format();
      EXPECT_NE(errors.find(too_deep), std::string::npos) << input.substr(0, 40);
    });
  }
}

TEST(ParserRobustnessTest, ChainsUpToTheNestingLimitAreFine) {
  // A left-deep chain a little shorter than kMaxNesting parses (the declaration and each
  // argument or operand add a few levels of their own).
  const int n = Parser::kMaxNesting - 10;
  for (const std::string& input : {
           "var x = 1" + Repeat(" + 1", n) + ";",
           "var x = a" + Repeat(".b", n) + ";",
           "var x = a" + Repeat("(1)", n) + ";",
       }) {
    auto parsed = Parse(input);
    EXPECT_FALSE(parsed->diagnostics.has_errors())
        << input.substr(0, 40) << parsed->diagnostics.Format().substr(0, 200);
  }
}

TEST(ParserRobustnessTest, LongFlatInputsAreFine) {
  // Long sequences that build no deep tree parse without errors and quickly.
  const int n = 20000;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& input : {
           "var x = a" + Repeat("..b()", n) + ";",
           "var x = [" + Repeat("1, ", n) + "];",
           "main() {" + Repeat("x = 1;\n", n) + "}",
           Repeat("int f() => 1;\n", 1) + Repeat("var v = 'a$b${c}';\n", n),
       }) {
    auto parsed = Parse(input);
    EXPECT_FALSE(parsed->diagnostics.has_errors()) << input.substr(0, 40);
  }
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);
}

}  // namespace
}  // namespace islet
