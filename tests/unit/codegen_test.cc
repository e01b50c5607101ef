// Tests of the code generator: golden disassembly listings of small programs
// (tests/unit/golden/codegen/<name>.dart + <name>.txt; regenerate with ISLET_UPDATE_GOLDEN=1),
// compile errors (message and line:col), and "every tier-1 construct compiles and verifies".
// Programs compile against a small dart:core embedded below, so these tests do not depend on
// the real stdlib/core (one test also compiles that one, as an integration check).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/diagnostics.h"
#include "compiler/source.h"
#include "stdlib/embedded.h"
#include "vm/bytecode/bytecode.h"
#include "vm/bytecode/disassembler.h"
#include "vm/bytecode/module.h"
#include "vm/bytecode/verifier.h"

namespace islet {
namespace {

// Just enough of dart:core for the code generator's needs: the classes it names and the
// helpers it calls (codegen_conventions.md), all with external bodies.
const char kMiniCore[] = R"dart(
class Object {
  const Object();
  external bool operator ==(Object other);
  external int get hashCode;
  external String toString();
  external Type get runtimeType;
}
class Null {}
class bool {}
abstract class Comparable<T> {}
abstract class num implements Comparable<num> {
  external num operator +(num other);
  external num operator -(num other);
  external num operator *(num other);
  external bool operator <(num other);
}
class int extends num {
  external int operator ~/(num other);
}
class double extends num {}
class String implements Comparable<String> {
  external int get length;
  external String operator +(String other);
  external String substring(int start, [int? end]);
}
abstract class Function {}
abstract class Type {}
abstract class StackTrace {}
abstract class Iterator<E> {
  bool moveNext();
  E get current;
}
abstract class Iterable<E> {
  Iterator<E> get iterator;
}
class List<E> extends Iterable<E> {
  external factory List.filled(int length, E fill);
  external int get length;
  external E operator [](int index);
  external void operator []=(int index, E value);
  external void add(E value);
  external void addAll(Iterable<E> other);
  external Iterator<E> get iterator;
}
class Map<K, V> {
  external V? operator [](Object? key);
  external void operator []=(K key, V value);
  external void addAll(Map<K, V> other);
}
class Set<E> extends Iterable<E> {
  external bool add(E value);
  external void addAll(Iterable<E> other);
  external Iterator<E> get iterator;
}
class Error {
  Error();
}
class Exception {}
class StateError extends Error {
  final String message;
  StateError(this.message);
}
class _Enum {
  final int index;
  final String _name;
  const _Enum(this.index, this._name);
  String get name => _name;
}
external void print(Object? object);
external bool identical(Object? a, Object? b);
external Map<K, V> _mapLiteral<K, V>(List keysAndValues);
external Set<E> _setLiteral<E>(List elements);
external List<E> _constList<E>(List<E> elements);
external Map<K, V> _constMap<K, V>(List keysAndValues);
external Set<E> _constSet<E>(List elements);
external Never _assertFail(String source, int line, int column, Object? message);
)dart";

struct Compiled {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::unique_ptr<Module> module;
  Diagnostics diagnostics;
  std::string errors;  // Formatted diagnostics.
};

// Compiles [script] (as file:///test.dart, printed as test.dart) with the mini core.
std::unique_ptr<Compiled> Compile(const std::string& script) {
  auto out = std::make_unique<Compiled>();
  std::vector<LibrarySource> libraries;
  out->files.push_back(
      std::make_unique<SourceFile>("dart:core/core.dart", "dart:core/core.dart", kMiniCore));
  libraries.push_back(LibrarySource{"dart:core", {out->files.back().get()}});
  out->files.push_back(std::make_unique<SourceFile>("file:///test.dart", "test.dart", script));
  libraries.push_back(LibrarySource{"file:///test.dart", {out->files.back().get()}});
  out->module = CompileProgram(libraries, &out->diagnostics);
  out->errors = out->diagnostics.Format();
  return out;
}

// Compiles [script] and expects success and a module that verifies.
std::unique_ptr<Compiled> CompileOk(const std::string& script) {
  auto c = Compile(script);
  EXPECT_TRUE(c->module != nullptr) << c->errors;
  if (c->module != nullptr) {
    std::string error;
    EXPECT_TRUE(VerifyModule(*c->module, &error)) << error;
  }
  return c;
}

// The errors of compiling [script], each as "line:col: message".
std::vector<std::string> ErrorsOf(const std::string& script) {
  auto c = Compile(script);
  std::vector<std::string> out;
  for (const Diagnostics::Entry& e : c->diagnostics.entries()) {
    int line = 0;
    int col = 0;
    e.file->LineCol(e.offset, &line, &col);
    out.push_back(std::to_string(line) + ":" + std::to_string(col) + ": " + e.message);
  }
  EXPECT_TRUE(c->module == nullptr);
  return out;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// The index of the function named [name] in the script's library, or -1.
int FindFunctionIndex(const Module& m, const std::string& name) {
  for (size_t i = 0; i < m.functions.size(); i++) {
    const FunctionDesc& f = m.functions[i];
    if (f.name == name && f.library == static_cast<int>(m.libraries.size()) - 1) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

const FunctionDesc* FindFunction(const Module& m, const std::string& name) {
  int i = FindFunctionIndex(m, name);
  return i < 0 ? nullptr : &m.functions[i];
}

int CountOps(const FunctionDesc& f, Opcode op) {
  int n = 0;
  for (size_t pc = 0; pc < f.code.size(); pc += InstructionLength(DecodeOp(f.code[pc]))) {
    if (DecodeOp(f.code[pc]) == op) n++;
  }
  return n;
}

int CountInstructions(const FunctionDesc& f) {
  int n = 0;
  for (size_t pc = 0; pc < f.code.size(); pc += InstructionLength(DecodeOp(f.code[pc]))) n++;
  return n;
}

std::string Listing(const Compiled& c, const std::string& name) {
  return DisassembleFunction(*c.module, FindFunctionIndex(*c.module, name));
}

// ---------------------------------------------------------------------------------------------
// Golden listings

std::filesystem::path GoldenDir() {
  return std::filesystem::path(__FILE__).parent_path() / "golden" / "codegen";
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CodegenGoldenTest, ListingsMatch) {
  std::filesystem::path dir = GoldenDir();
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  bool update = std::getenv("ISLET_UPDATE_GOLDEN") != nullptr;
  std::vector<std::filesystem::path> programs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".dart") programs.push_back(entry.path());
  }
  std::sort(programs.begin(), programs.end());
  EXPECT_GE(programs.size(), 25u);
  for (const std::filesystem::path& program : programs) {
    SCOPED_TRACE(program.filename().string());
    auto c = CompileOk(ReadFile(program));
    if (c->module == nullptr) continue;
    std::string listing = DisassembleModule(*c->module, false);
    std::filesystem::path golden = program;
    golden.replace_extension(".txt");
    if (update) {
      std::ofstream(golden, std::ios::binary) << listing;
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(golden))
        << golden << " is missing: run with ISLET_UPDATE_GOLDEN=1";
    EXPECT_EQ(ReadFile(golden), listing)
        << "listing of " << program << " changed; if intended, rerun with ISLET_UPDATE_GOLDEN=1";
  }
}

// ---------------------------------------------------------------------------------------------
// Register allocation and instruction selection

TEST(CodegenTest, LocalOperandsAreReadInPlace) {
  auto c = CompileOk("int f(int a, int b) => a + b;\nvoid main() { print(f(1, 2)); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "f");
  ASSERT_NE(f, nullptr);
  // One Add straight from the parameter registers, then Return: no Moves.
  EXPECT_EQ(CountInstructions(*f), 2) << Listing(*c, "f");
  EXPECT_EQ(CountOps(*f, Opcode::kMove), 0);
  EXPECT_EQ(DecodeB(f->code[0]), 1);
  EXPECT_EQ(DecodeC(f->code[0]), 2);
}

TEST(CodegenTest, IncrementAndSmallConstantsUseAddInt) {
  auto c = CompileOk(
      "void main() { var i = 0; i++; i += 3; i = i - 2; --i; var j = i + 200; print(j); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(CountOps(*f, Opcode::kAddInt), 4) << Listing(*c, "main");
  EXPECT_EQ(CountOps(*f, Opcode::kAdd), 1);
  EXPECT_EQ(CountOps(*f, Opcode::kSub), 0);
}

TEST(CodegenTest, LoadIntOnlyForSmallInts) {
  auto c = CompileOk("void main() { print(5); print(-32768); print(40000); print(-7); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(CountOps(*f, Opcode::kLoadInt), 3) << Listing(*c, "main");
  EXPECT_EQ(CountOps(*f, Opcode::kLoadConst), 1);
}

TEST(CodegenTest, LoopConditionJumpsOnComparison) {
  auto c =
      CompileOk("void main() { var s = 0; for (var i = 0; i < 100; i++) { s += i; } print(s); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  // The condition is one compare-and-branch: no Lt into a register, no JumpIfFalse, no Not.
  EXPECT_EQ(CountOps(*f, Opcode::kJumpLt), 1);
  EXPECT_EQ(CountOps(*f, Opcode::kLt), 0);
  EXPECT_EQ(CountOps(*f, Opcode::kJumpIfFalse), 0);
  EXPECT_EQ(CountOps(*f, Opcode::kJumpLoop), 1);
  EXPECT_EQ(CountOps(*f, Opcode::kNot), 0);
  // Two declarations, the loop (LoadInt 100, JumpLt, Add, AddInt, JumpLoop), the print (Move,
  // CallStatic) and ReturnNull.
  EXPECT_EQ(CountInstructions(*f), 10) << Listing(*c, "main");
}

TEST(CodegenTest, CallArgumentsLandInPlace) {
  auto c = CompileOk("int g(int x) => x;\nvoid main() { print(g(g(1))); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  // Nested calls compile straight into their argument registers: no Move at all.
  EXPECT_EQ(CountOps(*f, Opcode::kMove), 0) << Listing(*c, "main");
  EXPECT_EQ(CountOps(*f, Opcode::kCallStatic), 3);
}

TEST(CodegenTest, NullComparisonsJumpDirectly) {
  auto c = CompileOk(
      "void f(int? x) { if (x == null) print(1); if (x != null) print(2); }\n"
      "void main() { f(null); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(CountOps(*f, Opcode::kJumpIfNotNull), 1) << Listing(*c, "f");
  EXPECT_EQ(CountOps(*f, Opcode::kJumpIfNull), 1);
  EXPECT_EQ(CountOps(*f, Opcode::kEq) + CountOps(*f, Opcode::kNe), 0);
}

TEST(CodegenTest, IdenticalCompilesToOpcode) {
  auto c = CompileOk("void main() { var a = 1; print(identical(a, 1)); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(CountOps(*f, Opcode::kIdentical), 1) << Listing(*c, "main");
}

TEST(CodegenTest, EvaluationOrderSurvivesAssignmentsInOperands) {
  // `i + (i = 5)` must add the old i: the in-place read is not allowed when the variable is
  // written inside an expression.
  auto c = CompileOk("void main() { var i = 1; var j = i + (i = 5); print(j); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  int add_pc = -1;
  for (size_t pc = 0; pc < f->code.size(); pc += InstructionLength(DecodeOp(f->code[pc]))) {
    if (DecodeOp(f->code[pc]) == Opcode::kAdd) add_pc = static_cast<int>(pc);
  }
  ASSERT_GE(add_pc, 0);
  EXPECT_NE(DecodeB(f->code[add_pc]), 1) << Listing(*c, "main");
}

TEST(CodegenTest, CapturedAssignedVariablesAreBoxed) {
  auto c =
      CompileOk("void main() { var a = 1; var b = 2; var f = () => a + b; a = 3; print(f()); }\n");
  const FunctionDesc* main = FindFunction(*c->module, "main");
  const FunctionDesc* closure = FindFunction(*c->module, "main.<anonymous closure>");
  ASSERT_NE(main, nullptr);
  ASSERT_NE(closure, nullptr);
  EXPECT_EQ(CountOps(*main, Opcode::kNewBox), 1);  // a only: b is never reassigned.
  EXPECT_EQ(CountOps(*closure, Opcode::kGetCaptureBox), 1);
  EXPECT_EQ(CountOps(*closure, Opcode::kGetCapture), 1);
  ASSERT_EQ(closure->captures.size(), 2u);
}

TEST(CodegenTest, CapturesGoThroughIntermediateClosures) {
  auto c = CompileOk("void main() { var x = 1; var f = () => () => x; print(f()()); }\n");
  const FunctionDesc* outer = FindFunction(*c->module, "main.<anonymous closure>");
  const FunctionDesc* inner =
      FindFunction(*c->module, "main.<anonymous closure>.<anonymous closure>");
  ASSERT_NE(outer, nullptr);
  ASSERT_NE(inner, nullptr);
  ASSERT_EQ(outer->captures.size(), 1u);
  EXPECT_FALSE(outer->captures[0].from_parent_capture);
  ASSERT_EQ(inner->captures.size(), 1u);
  EXPECT_TRUE(inner->captures[0].from_parent_capture);
  EXPECT_EQ(inner->captures[0].index, 0);
}

TEST(CodegenTest, LoopVariableGetsFreshBoxPerIteration) {
  auto c =
      CompileOk("void main() { var fs = []; for (var i = 0; i < 3; i++) { fs.add(() => i); } }\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  // At the declaration and before each update.
  EXPECT_EQ(CountOps(*f, Opcode::kNewBox), 2) << Listing(*c, "main");
}

TEST(CodegenTest, FieldAccessIsVirtualOutsideConstructors) {
  auto c = CompileOk(
      "class P { int x; P(this.x); int get twice => x + x; }\n"
      "void main() { print(P(1).twice); }\n");
  const FunctionDesc* getter = FindFunction(*c->module, "P.twice");
  const FunctionDesc* ctor = FindFunction(*c->module, "P");
  ASSERT_NE(getter, nullptr);
  ASSERT_NE(ctor, nullptr);
  EXPECT_EQ(CountOps(*getter, Opcode::kGetProp), 2);
  EXPECT_EQ(CountOps(*ctor, Opcode::kSetField), 1);
  EXPECT_EQ(getter->num_ics, 2);
}

TEST(CodegenTest, LineTableMapsCallsToTheirNames) {
  auto c = CompileOk("void f() {}\nvoid main() {\n  var a = 1;\n  a.toString();\n  f();\n}\n");
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  bool found_invoke = false;
  bool found_call = false;
  for (const LineEntry& l : f->lines) {
    Opcode op = DecodeOp(f->code[l.pc]);
    if (op == Opcode::kInvoke) found_invoke = l.line == 4 && l.column == 5;
    if (op == Opcode::kCallStatic) found_call = l.line == 5 && l.column == 3;
  }
  EXPECT_TRUE(found_invoke) << Listing(*c, "main");
  EXPECT_TRUE(found_call) << Listing(*c, "main");
}

TEST(CodegenTest, MainFunctionIsTheScriptsMain) {
  auto c = CompileOk("void main() {}\n");
  ASSERT_GE(c->module->main_function, 0);
  EXPECT_EQ(c->module->functions[c->module->main_function].name, "main");
  auto d = CompileOk("void notMain() {}\n");
  EXPECT_EQ(d->module->main_function, -1);
}

TEST(CodegenTest, IntLiteralsInDoubleContextsAreDoubles) {
  auto c = CompileOk(
      "double half(double x, [double y = 2]) => x / y;\n"
      "double one() => 1;\n"
      "void main() { double d = 1; print(half(3)); print(d); print(one()); }\n");
  const FunctionDesc* main = FindFunction(*c->module, "main");
  const FunctionDesc* half = FindFunction(*c->module, "half");
  const FunctionDesc* one = FindFunction(*c->module, "one");
  ASSERT_NE(main, nullptr);
  ASSERT_NE(half, nullptr);
  ASSERT_NE(one, nullptr);
  int doubles = 0;
  for (const Constant& k : main->constants) doubles += k.kind == Constant::kDouble;
  EXPECT_EQ(doubles, 2) << Listing(*c, "main");  // 1.0 and 3.0.
  ASSERT_EQ(half->defaults.size(), 1u);
  EXPECT_EQ(half->constants[half->defaults[0]].kind, Constant::kDouble);
  ASSERT_EQ(one->constants.size(), 1u);
  EXPECT_EQ(one->constants[0].kind, Constant::kDouble);
}

TEST(CodegenTest, ConstObjectDefaultsAreComputed) {
  auto c = CompileOk("void f([List<int> l = const [1]]) { print(l); }\nvoid main() { f(); }\n");
  const FunctionDesc* f = FindFunction(*c->module, "f");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->defaults.size(), 1u);
  EXPECT_EQ(f->defaults[0], kComputedDefault);
  EXPECT_EQ(CountOps(*f, Opcode::kLoadConstObject), 1) << Listing(*c, "f");
}

TEST(CodegenTest, ManyLocalsReportTooManyLocalVariables) {
  std::string script = "void main() {\n";
  for (int i = 0; i < 300; i++) {
    script += "  var v" + std::to_string(i) + " = " + std::to_string(i) + ";\n";
  }
  script += "}\n";
  std::vector<std::string> errors = ErrorsOf(script);
  ASSERT_EQ(errors.size(), 1u) << JoinLines(errors);
  EXPECT_NE(errors[0].find("Too many local variables."), std::string::npos) << errors[0];
  // Below the limit they compile.
  std::string ok = "void main() {\n";
  for (int i = 0; i < 250; i++) ok += "  var v" + std::to_string(i) + " = 1;\n";
  ok += "}\n";
  CompileOk(ok);
}

TEST(CodegenTest, LargeListLiteralsAreChunked) {
  std::string script = "void main() { var l = [";
  for (int i = 0; i < 1000; i++) script += std::to_string(i) + ", ";
  script += "]; print(l); }\n";
  auto c = CompileOk(script);
  const FunctionDesc* f = FindFunction(*c->module, "main");
  ASSERT_NE(f, nullptr);
  EXPECT_LT(f->num_registers, 100);
  EXPECT_EQ(CountOps(*f, Opcode::kNewList), 16);
}

// ---------------------------------------------------------------------------------------------
// Compile errors

struct ErrorCase {
  const char* name;
  const char* script;
  std::vector<std::string> errors;  // "line:col: message", in any order.
};

TEST(CodegenErrorTest, ReportsDartMessagesAtTheirPositions) {
  std::vector<ErrorCase> cases = {
      {"undefined name", "void main() {\n  print(nope);\n}\n", {"2:9: Undefined name 'nope'."}},
      {"method not found", "void main() {\n  nope(1);\n}\n", {"2:3: Method not found: 'nope'."}},
      {"final local",
       "void main() {\n  final x = 1;\n  x = 2;\n}\n",
       {"3:3: Can't assign to the final variable 'x'."}},
      {"const local",
       "void main() {\n  const x = 1;\n  x++;\n}\n",
       {"3:3: Can't assign to the const variable 'x'."}},
      {"final top-level",
       "final t = 1;\nvoid main() {\n  t = 2;\n}\n",
       {"3:3: Can't assign to the final variable 't'."}},
      {"final static",
       "class A { static final s = 1; }\nvoid main() {\n  A.s = 2;\n}\n",
       {"3:5: Can't assign to the final variable 's'."}},
      {"too many",
       "void f(int a) {}\nvoid main() {\n  f(1, 2);\n}\n",
       {"3:3: Too many positional arguments: 1 allowed, but 2 found."}},
      {"too few",
       "void f(int a, int b) {}\nvoid main() {\n  f(1);\n}\n",
       {"3:3: Too few positional arguments: 2 required, 1 given."}},
      {"no named",
       "void f({int a = 0}) {}\nvoid main() {\n  f(b: 1);\n}\n",
       {"3:5: No named parameter with the name 'b'."}},
      {"required named",
       "void f({required int a}) {}\nvoid main() {\n  f();\n}\n",
       {"3:3: Required named parameter 'a' must be provided."}},
      {"constructor arity",
       "class A { A(int x); }\nvoid main() {\n  A();\n}\n",
       {"3:3: Too few positional arguments: 1 required, 0 given."}},
      {"duplicate local",
       "void main() {\n  var a = 1;\n  var a = 2;\n}\n",
       {"3:7: 'a' is already declared in this scope."}},
      {"duplicate top-level",
       "void f() {}\nvoid f() {}\nvoid main() {}\n",
       {"2:6: 'f' is already declared in this scope."}},
      {"use before declaration",
       "var a = 1;\nvoid main() {\n  print(a);\n  var a = 2;\n}\n",
       {"3:9: Local variable 'a' can't be referenced before it is declared."}},
      {"break outside",
       "void main() {\n  break;\n}\n",
       {"2:3: A break statement can't be used outside of a loop or switch statement."}},
      {"unknown label",
       "void main() {\n  while (true) {\n    break nope;\n  }\n}\n",
       {"3:5: Can't find label 'nope'."}},
      {"rethrow outside",
       "void main() {\n  rethrow;\n}\n",
       {"2:3: 'rethrow' can only be used in catch clauses."}},
      {"unknown type", "void main() {\n  Foo x;\n}\n", {"2:3: Type 'Foo' not found."}},
      {"abstract instantiation",
       "abstract class A {}\nvoid main() {\n  A();\n}\n",
       {"3:3: The class 'A' is abstract and can't be instantiated."}},
      {"missing constructor",
       "class A {}\nvoid main() {\n  A.named();\n}\n",
       {"3:5: Member not found: 'named'."}},
      {"super method missing",
       "class A {}\nclass B extends A {\n  void m() { super.m(); }\n}\nvoid main() {}\n",
       {"3:20: Superclass has no method named 'm'."}},
      {"async without dart:async",
       "void main() async {\n}\n",
       {"1:1: dart:async has no function '_asyncStart'."}},
      {"mixin on unsatisfied",
       "class A {}\nmixin M on A {}\nclass C with M {}\nvoid main() {}\n",
       {"3:7: 'Object' doesn't implement 'A' so it can't be used with 'M'."}},
      {"instance member in static",
       "class A {\n  int x = 0;\n  static void s() { print(x); }\n}\nvoid main() {}\n",
       {"3:27: Undefined name 'x'."}},
      {"supertype cycle",
       "class A extends B {}\nclass B extends A {}\nvoid main() {}\n",
       {"1:7: 'A' is a supertype of itself."}},
      {"several at once",
       "void main() {\n  a;\n  b();\n  final c = 1;\n  c = 2;\n}\n",
       {"2:3: Undefined name 'a'.", "3:3: Method not found: 'b'.",
        "5:3: Can't assign to the final variable 'c'."}},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> errors = ErrorsOf(c.script);
    for (const std::string& expected : c.errors) {
      bool found = false;
      for (const std::string& e : errors) found = found || e == expected;
      EXPECT_TRUE(found) << "expected " << expected << "\ngot:\n" << JoinLines(errors);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Every tier-1 construct compiles and verifies

TEST(CodegenConstructTest, EveryTierOneConstructCompiles) {
  std::vector<std::pair<const char*, const char*>> programs = {
      {"literals", R"x(void main() { print(null); print(true); print(1); print(1.5); print('s');
        print(0x7fffffffffffffff); print(-9223372036854775807); print("""x"""); })x"},
      {"typedef", R"x(typedef IntOp = int Function(int);
        int apply(IntOp f, int x) => f(x);
        void main() { IntOp f = (x) => x + 1; print(apply(f, 1)); print(f is IntOp); })x"},
      {"generic function", R"x(T id<T>(T x) => x;
        void main() { print(id<int>(3)); print(id('a')); })x"},
      {"getters setters top-level", R"x(int _v = 0;
        int get v => _v;
        set v(int x) { _v = x; }
        void main() { v = 3; v += 2; v++; print(v); })x"},
      {"static members", R"x(class C { static int n = 0; static int get m => n + 1;
        static set m(int x) { n = x; } static void inc() { n++; m += 1; } }
        void main() { C.inc(); C.m = 5; print(C.m); print(C.n); })x"},
      {"tear-offs", R"x(int twice(int x) => x * 2;
        class A { int m(int x) => x; static int s(int x) => x; }
        void main() { var f = twice; var g = A().m; var h = A.s; print(f(1) + g(2) + h(3)); })x"},
      {"operators", R"x(class V { final int x; V(this.x);
        V operator +(V o) => V(x + o.x); V operator -() => V(-x);
        bool operator ==(Object o) => o is V && o.x == x;
        int operator [](int i) => x + i; void operator []=(int i, int v) {} V operator ~() => this;
        bool operator <(V o) => x < o.x; V operator ~/(int d) => V(x ~/ d); }
        void main() { var a = V(1); var b = -a + a; b[0] = 3; print(b[1]); print(a == b);
          print(a != b); print(~a < b); var c = a ~/ 2; c += a; })x"},
      {"all binary operators", R"x(void main() { var a = 7; var b = 2;
        print([a + b, a - b, a * b, a / b, a ~/ b, a % b, a << b, a >> b, a >>> b, a & b, a | b,
          a ^ b, a == b, a != b, a < b, a <= b, a > b, a >= b, -a, ~a, !(a > b)]);
        a <<= 1; a >>= 1; a >>>= 1; a &= 3; a |= 4; a ^= 1; a %= 5; a ~/= 2; a *= 3; a -= 1;
        var d = 1.0; d /= 2; })x"},
      {"conditional and logic", R"x(bool f(int x) => x > 0;
        void main() { var x = 1; var y = f(x) && !f(-x) || x == 2 ? 'a' : 'b'; print(y);
          var z = (f(x) || f(2)) && f(3); if (!z) print(z); })x"},
      {"null aware", R"x(class N { N? next; int v = 1; int? m() => v; }
        void main() { N? n = N(); n.next = N(); print(n?.next?.v); print(n?.next?.m());
          n?.next?.v = 3; n?.next?.v++; print(n?.next?.next?.v ?? 0); var l = [1]; List<int>? m;
          print(m?[0]); m ??= l; print(m![0]); N? k; k?.v += 1; print(n!.next!.v); })x"},
      {"cascades", R"x(class B { int a = 0; List<int> l = []; void m() {} }
        void main() { var b = B()..a = 1..l.add(2)..m(); B? n; n?..a = 3..m(); print(b.a);
          b..a += 1..l[0] = 5; })x"},
      {"collections", R"x(void main() { var l = <int>[1, 2]; var e = [];
        var m = <String, int>{'a': 1};
        var s = <int>{1, 2}; var em = {}; var es = <int>{}; Map<int, int> mm = {};
        var c = [...l, ...?null, if (l.length > 0) 1 else 2, for (var i = 0; i < 2; i++) i,
          for (var x in l) if (x > 1) x];
        var cm = {...m, if (true) 'b': 2, for (var x in l) 'k$x': x};
        var cs = {...s, 3}; var u = {...m}; print([l, e, m, s, em, es, mm, c, cm, cs, u]); })x"},
      {"strings", R"x(void main() { var a = 1;
        print('$a ${a + 1} ${'nested $a'}' 'adjacent' r'raw $a');
        print('''multi
        line $a'''); print('$a'); print('${a}x'); })x"},
      {"loops", R"x(void main() { for (;;) { break; } var i = 0;
        while (i < 3) { i++; if (i == 1) continue; }
        do { i--; } while (i > 0); for (var x in [1, 2]) { if (x == 2) break; }
        int k = 0; for (k in [3, 4]) {} for (i = 0, k = 1; i < 2; i++, k++) {} print(k); })x"},
      {"labels", R"x(void main() { outer: for (var i = 0; i < 3; i++) {
          inner: for (var j = 0; j < 3; j++) {
            if (j == 1) continue outer; if (i == 2) break outer; if (j == 2) break inner; } }
        block: { if (true) break block; print('unreached'); }
        a: b: while (true) { break a; } })x"},
      {"switch", R"x(enum E { x, y }
        void main() { var v = 2;
          switch (v) { case 1: print(1); case 2: case 3: print(23); break; default: print('d'); }
          switch ('s') { case 's': print('s'); }
          switch (E.x) { case E.x: print('x'); case E.y: print('y'); }
          switch (v) { one: case 1: print(1); continue two; two: case 2: print(2); } })x"},
      {"exceptions", R"x(class MyError extends Error {}
        int f() { try { return 1; } finally { print('f'); } }
        void main() { try { throw MyError(); } on MyError catch (e) { print(e); }
          on StateError { print('s'); } catch (e, st) { print(st); rethrow; } finally { print(1); }
          try { f(); } catch (_) {}
          for (var i = 0; i < 2; i++) { try { if (i == 0) continue; break; } finally { print(i); } }
          var x = throw 'boom'; })x"},
      {"nested finally", R"x(int g() { try { try { return 1; } finally { print(2); } }
          finally { print(3); } }
        void main() { while (true) { try { try { break; } catch (e) { print(e); } }
          finally { print(4); } }
          print(g()); })x"},
      {"assert", R"x(class A { final int x; A(this.x) : assert(x > 0, 'positive'); }
        void main() { assert(true); assert(1 < 2, 'msg'); A(1); })x"},
      {"late", R"x(class L { late int a; late final int b = compute(); late String c = 'c';
          int compute() => 5; }
        void main() { late int x; late final int y; x = 1; y = 2; late var z = x + y;
          print(x + y + z); var l = L(); l.a = 1; print(l.a + l.b); print(l.c); l.c = 'd';
          var f = () => x; print(f()); late int w = 4; var g = () => w; print(g()); })x"},
      {"const", R"x(class P { final int x; const P(this.x); }
        const p = P(1); const list = [1, 2, P(3)]; const m = {'a': 1}; const s = {1, 2};
        const n = 3; const sum = n + 1;
        void main() { const local = P(2); const lst = [local]; print(identical(p, const P(1)));
          print([p, list, m, s, n, sum, local, lst, const [1], const {'k': 'v'},
            const <int>{}]); })x"},
      {"enums", R"x(enum Color { red, green }
        void main() { print(Color.red); print(Color.values.length); print(Color.green.index);
          print(Color.red.name); var c = Color.green; print(c == Color.green); })x"},
      {"classes", R"x(abstract class Shape { double area(); String get name => 'shape';
          String toString() => '$name ${area()}'; }
        class Rect extends Shape implements Comparable<Rect> { final double w, h;
          Rect(this.w, this.h); Rect.square(double s) : this(s, s);
          factory Rect.unit() => Rect(1, 1); factory Rect.alias(double w, double h) = Rect;
          double area() => w * h; String get name => 'rect'; }
        class Sq extends Rect { Sq(super.w, super.h); Sq.named(double x) : super.square(x); }
        void main() { Shape s = Rect(2, 3); print(s); print(Rect.square(2).area());
          print(Rect.unit()); print(Sq(2, 3).area()); print(Rect.alias(1, 2)); print(s is Rect);
          print(s as Rect); })x"},
      {"super calls", R"x(class A { int x = 1; int get g => 2; set g(int v) {} int m(int a) => a;
          int operator [](int i) => i; bool operator ==(Object o) => true;
          String toString() => 'A'; }
        class B extends A { int m(int a) => super.m(a) + super.x + super.g + super[1];
          void n() { super.x = 3; super.g = 4; super.x += 1; print(super == this);
            print(super.toString()); } }
        void main() { print(B().m(1)); B().n(); })x"},
      {"closures", R"x(Function counter() { var c = 0; return () => ++c; }
        class K { int v = 1; Function f() => () => v + this.v; }
        void main() { var c = counter(); c(); print(c());
          void rec(int n) { if (n > 0) rec(n - 1); } rec(3);
          var add = (int a, [int b = 1]) => a + b; print(add(1)); print(K().f()());
          var named = ({int x = 1}) => x; print(named(x: 2));
          var fs = <Function>[]; for (var i in [1, 2]) fs.add(() => i); })x"},
      {"type tests", R"x(void main() { Object o = 1; print(o is int); print(o is! String);
          print(o is num?); print(o is Function); print(o is dynamic); print(o is Null);
          print(o is Object); print(o is List<int>); var t = int; print(t); print(List<int>);
          print(o as num); print((o as dynamic) + 1); })x"},
      {"main with args", R"x(void main(List<String> args) { print(args.length); })x"},
      {"imports", R"x(import 'dart:core'; import 'dart:core' as core;
        void main() { core.print(core.identical(1, 1)); var l = core.List.filled(2, 0);
          print(l); })x"},
      {"dynamic calls", R"x(void main() { dynamic d = 'str'; print(d.length); d.foo(1, x: 2);
          d(3); d[0] = d[1]; print(d?.bar); (d as Function)(); })x"},
      {"redirecting factories", R"x(class A { A._(); factory A() = A._;
          factory A.b({int x = 0}) = A.c; A.c({int x = 1}); }
        void main() { print(A()); print(A.b(x: 2)); })x"},
      {"local function recursion in closure", R"x(void main() {
          int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
          var f = () => fib(10); print(f()); })x"},
  };
  for (auto& [name, script] : programs) {
    SCOPED_TRACE(name);
    auto c = CompileOk(script);
    if (c->module == nullptr) continue;
    EXPECT_GE(c->module->main_function, 0);
  }
}

TEST(CodegenConstructTest, EmbeddedDartLibrariesCompile) {
  // Integration check with the real dart: libraries the build embeds.
  if (kEmbeddedStdlibCount == 0) GTEST_SKIP() << "no embedded stdlib";
  std::vector<std::unique_ptr<SourceFile>> files;
  std::map<std::string, LibrarySource> dart;
  for (int i = 0; i < kEmbeddedStdlibCount; i++) {
    std::string uri = kEmbeddedStdlib[i].uri;
    std::string library = uri.substr(0, uri.find('/'));
    files.push_back(std::make_unique<SourceFile>(uri, uri, kEmbeddedStdlib[i].text));
    dart[library].uri = library;
    dart[library].files.push_back(files.back().get());
  }
  std::vector<LibrarySource> libraries;
  if (dart.count("dart:core") > 0) libraries.push_back(dart["dart:core"]);
  for (auto& [name, lib] : dart) {
    if (name != "dart:core") libraries.push_back(lib);
  }
  files.push_back(std::make_unique<SourceFile>("file:///main.dart", "main.dart",
                                               "void main() { print([1, 2].length); }\n"));
  libraries.push_back(LibrarySource{"file:///main.dart", {files.back().get()}});
  Diagnostics diagnostics;
  std::unique_ptr<Module> module = CompileProgram(libraries, &diagnostics);
  ASSERT_TRUE(module != nullptr) << diagnostics.Format();
  std::string error;
  EXPECT_TRUE(VerifyModule(*module, &error)) << error;
}

}  // namespace
}  // namespace islet
