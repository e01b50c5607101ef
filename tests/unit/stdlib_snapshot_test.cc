// Tests of the stdlib snapshot (compiler/stdlib_snapshot.h) and of the index replay under it
// (compiler/module_builder.h): programs compiled on top of precompiled dart: libraries get the
// code a compile of everything from source gives them (compared listing by listing, since the
// indices differ), their compile errors are the same, the bodies left in the snapshot are the
// mixins' only, layers load alone, and bytes or declarations that do not match are reported.

#include "compiler/stdlib_snapshot.h"

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/diagnostics.h"
#include "compiler/module_builder.h"
#include "compiler/source.h"
#include "stdlib/embedded.h"
#include "stdlib/snapshot.h"
#include "vm/bytecode/disassembler.h"
#include "vm/bytecode/verifier.h"

namespace islet {
namespace {

// ---------------------------------------------------------------------------------------------
// Comparing two compiles of one program.

// [text] with every module index (F12, G3, T7, C2, class 40) replaced by '#' and runs of
// spaces (the padding before comments, which depends on the indices' widths) made one: what an
// index refers to is still in the listing (names of functions, classes, globals, types).
std::string WithoutIndices(const std::string& text) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    bool starts_word = i == 0 || !is_word(text[i - 1]);
    size_t digits = i;
    if (starts_word && (text[i] == 'F' || text[i] == 'G' || text[i] == 'T' || text[i] == 'C')) {
      digits = i + 1;
    } else if (starts_word && text.compare(i, 6, "class ") == 0) {
      digits = i + 6;
    }
    size_t end = digits;
    while (end < text.size() && is_digit(text[end])) end++;
    if (digits > i && end > digits && (end == text.size() || !is_word(text[end]))) {
      out.append(text, i, digits - i);
      out += '#';
      i = end;
    } else if (text[i] == ' ') {
      if (out.empty() || out.back() != ' ') out += ' ';
      i++;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::string LibraryOf(const Module& m, int library) {
  return library >= 0 && library < static_cast<int>(m.libraries.size()) ? m.libraries[library].uri
                                                                        : "?";
}

std::string ClassName(const Module& m, int index) {
  return index >= 0 && index < static_cast<int>(m.classes.size()) ? m.classes[index].name : "-";
}

// Every function, class and global of [m], keyed by what it is (not by index), with its
// listing. Two modules of one program compiled either way must have the same ones.
std::map<std::string, std::multiset<std::string>> Entries(const Module& m) {
  std::map<std::string, std::multiset<std::string>> out;
  for (size_t i = 0; i < m.functions.size(); i++) {
    const FunctionDesc& f = m.functions[i];
    std::string key = "function " + LibraryOf(m, f.library) + " " + ClassName(m, f.owner_class) +
                      " " + f.name + " kind=" + std::to_string(f.kind) +
                      " pos=" + std::to_string(f.pos);
    out[key].insert(WithoutIndices(DisassembleFunction(m, static_cast<int>(i))));
  }
  for (const ClassDesc& c : m.classes) {
    std::string text = "super=" + ClassName(m, c.superclass) +
                       " slots=" + std::to_string(c.num_slots) +
                       " abstract=" + std::to_string(c.is_abstract);
    for (int i : c.interfaces) text += " implements " + ClassName(m, i);
    for (const FieldDesc& f : c.fields) text += " field " + m.names[f.name];
    for (const MemberDesc& member : c.members) {
      text += " member " + std::to_string(member.kind) + " " + m.names[member.name] + " -> " +
              (member.function >= 0 ? m.functions[member.function].name : "abstract");
    }
    out["class " + LibraryOf(m, c.library) + " " + c.name].insert(text);
  }
  for (const GlobalDesc& g : m.globals) {
    std::string text =
        "owner=" + ClassName(m, g.owner_class) +
        " initializer=" + (g.initializer >= 0 ? m.functions[g.initializer].name : "none") +
        " final=" + std::to_string(g.is_final) + " const=" + std::to_string(g.is_const) +
        " late=" + std::to_string(g.is_late);
    out["global " + LibraryOf(m, g.library) + " " + g.name].insert(text);
  }
  return out;
}

// The differences between the entries of [full] and [seeded] ("" when none).
std::string Differences(const Module& full, const Module& seeded) {
  auto a = Entries(full);
  auto b = Entries(seeded);
  std::string out;
  for (const auto& [key, listings] : a) {
    auto it = b.find(key);
    if (it == b.end()) {
      out += "only compiled from source: " + key + "\n";
    } else if (it->second != listings) {
      out += "differs: " + key + "\n--- from source:\n" + *listings.begin() + "--- precompiled:\n" +
             *it->second.begin();
    }
  }
  for (const auto& [key, listings] : b) {
    if (a.count(key) == 0) out += "only precompiled: " + key + "\n";
  }
  if (full.main_function >= 0 && seeded.main_function >= 0 &&
      full.functions[full.main_function].name != seeded.functions[seeded.main_function].name) {
    out += "main differs\n";
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The real dart: libraries.

const StdlibSnapshot& Embedded() {
  static const StdlibSnapshot* snapshot = [] {
    auto* s = new StdlibSnapshot();
    std::string error;
    EXPECT_TRUE(s->Open(kStdlibSnapshot, kStdlibSnapshotSize, &error)) << error;
    return s;
  }();
  return *snapshot;
}

// A program and the SourceFiles of the dart: libraries of the first [layers] layers.
struct Program {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<LibrarySource> libraries;
};

Program ProgramOf(const std::string& source, int layers) {
  Program p;
  for (const SnapshotLibrary& library : Embedded().libraries()) {
    if (library.layer >= layers) continue;
    LibrarySource lib{library.uri, {}};
    for (const std::string& file : library.files) {
      const char* text = nullptr;
      for (int i = 0; i < kEmbeddedStdlibCount; i++) {
        if (file == kEmbeddedStdlib[i].uri) text = kEmbeddedStdlib[i].text;
      }
      EXPECT_NE(text, nullptr) << file;
      p.files.push_back(std::make_unique<SourceFile>(file, file, text != nullptr ? text : ""));
      lib.files.push_back(p.files.back().get());
    }
    p.libraries.push_back(lib);
  }
  p.files.push_back(std::make_unique<SourceFile>("file:///t/main.dart", "main.dart", source));
  p.libraries.push_back(LibrarySource{"file:///t/main.dart", {p.files.back().get()}});
  return p;
}

// Compiles [source] on all the dart: libraries both ways; expects the same result.
void ExpectSameCompile(const std::string& source) {
  int layers = Embedded().layer_count();
  Program p = ProgramOf(source, layers);
  Diagnostics full_errors;
  std::unique_ptr<Module> full = CompileProgram(p.libraries, &full_errors);
  Diagnostics seeded_errors;
  std::unique_ptr<Module> seeded = CompileProgram(p.libraries, &seeded_errors, &Embedded());
  ASSERT_EQ(full_errors.Format(), seeded_errors.Format());
  ASSERT_EQ(full == nullptr, seeded == nullptr);
  if (full == nullptr) return;
  std::string error;
  EXPECT_TRUE(VerifyModule(*seeded, &error)) << error;
  EXPECT_EQ(Differences(*full, *seeded), "");
}

TEST(StdlibSnapshotTest, EmbeddedSnapshotHasEveryEmbeddedFile) {
  const StdlibSnapshot& s = Embedded();
  for (int i = 0; i < kEmbeddedStdlibCount; i++) {
    EXPECT_TRUE(s.HasFile(kEmbeddedStdlib[i].uri)) << kEmbeddedStdlib[i].uri;
  }
  ASSERT_NE(s.FindLibrary("dart:core"), nullptr);
  EXPECT_EQ(s.FindLibrary("dart:core")->layer, 0);
  EXPECT_EQ(s.FindLibrary("dart:collection")->layer, 0);
  EXPECT_EQ(s.FindLibrary("dart:html"), nullptr);
  // Imports point at earlier layers or the library's own.
  for (const SnapshotLibrary& library : s.libraries()) {
    for (const std::string& i : library.imports) {
      ASSERT_NE(s.FindLibrary(i), nullptr) << i;
      EXPECT_LE(s.FindLibrary(i)->layer, library.layer) << library.uri << " imports " << i;
    }
  }
}

TEST(StdlibSnapshotTest, EveryLayerPrefixVerifiesOnItsOwn) {
  const StdlibSnapshot& s = Embedded();
  size_t functions = 0;
  for (int layers = 1; layers <= s.layer_count(); layers++) {
    std::string error;
    std::unique_ptr<ModuleBuilder> builder = s.NewBuilder(layers, 0, &error);
    ASSERT_NE(builder, nullptr) << error;
    std::unique_ptr<Module> m = builder->Finish();
    EXPECT_TRUE(VerifyModule(*m, &error)) << "layers " << layers << ": " << error;
    EXPECT_GT(m->functions.size(), functions);
    functions = m->functions.size();
  }
  std::string error;
  EXPECT_EQ(s.NewBuilder(s.layer_count() + 1, 0, &error), nullptr);
  EXPECT_NE(error.find("no layer"), std::string::npos);
}

TEST(StdlibSnapshotTest, ProgramsGetTheCodeOfACompileFromSource) {
  ExpectSameCompile("void main() { print('hi'); }\n");
  ExpectSameCompile(R"(
import 'dart:async';
import 'dart:collection';
import 'dart:convert';
import 'dart:math' as math;

enum Color { red, green }

class Bag<E> extends ListBase<E> {
  final List<E> _items = [];
  int get length => _items.length;
  set length(int n) => _items.length = n;
  E operator [](int i) => _items[i];
  void operator []=(int i, E v) => _items[i] = v;
}

class Oops extends ArgumentError {
  Oops(super.message, [super.name]);
}

class Point implements Comparable<Point> {
  final double x, y;
  const Point(this.x, [this.y = 0]);
  int compareTo(Point other) => x.compareTo(other.x);
}

Future<int> twice(int x) async {
  await Future.delayed(Duration.zero);
  return 2 * x;
}

Stream<int> count(int n) async* {
  for (var i = 0; i < n; i++) yield i;
}

void main() async {
  var bag = Bag<int>()..add(1)..add(2);
  print(bag.map((x) => x * math.pi).toList());
  print(Color.values.byName('green'));
  print(jsonEncode({'a': [1, 2.5, null]}));
  print(await twice(21));
  await for (var i in count(2)) print(i);
  try {
    throw Oops('bad');
  } on ArgumentError catch (e, s) {
    print('$e ${s.toString().isNotEmpty}');
  }
  print(const Point(1).y);
  print(SplayTreeMap<int, String>()..[2] = 'b'..[1] = 'a');
  print(utf8.encode('é'));
}
)");
}

TEST(StdlibSnapshotTest, CompileErrorsAreThoseOfACompileFromSource) {
  ExpectSameCompile("void main() { print(undefinedName); List<int>.filled(); }\n");
  ExpectSameCompile("class A extends Comparable<A> { }\nvoid main() { A().compareTo(); }\n");
  ExpectSameCompile("import 'dart:math';\nvoid main() { print(Random(1, 2)); }\n");
  ExpectSameCompile("void main() { String s = 1; s.noSuchMember(); }\n");
}

TEST(StdlibSnapshotTest, TheFirstLayerAloneServesProgramsThatReachOnlyIt) {
  Program p = ProgramOf("void main() { print([1, 2].map((x) => x + 1)); }\n", 1);
  Diagnostics full_errors;
  std::unique_ptr<Module> full = CompileProgram(p.libraries, &full_errors);
  ASSERT_NE(full, nullptr) << full_errors.Format();
  Diagnostics errors;
  std::unique_ptr<Module> seeded = CompileProgram(p.libraries, &errors, &Embedded());
  ASSERT_NE(seeded, nullptr) << errors.Format();
  for (const LibraryDesc& library : seeded->libraries) {
    EXPECT_TRUE(library.uri == "dart:core" || library.uri == "dart:collection" ||
                library.uri == "file:///t/main.dart")
        << library.uri;
  }
  EXPECT_EQ(Differences(*full, *seeded), "");
}

TEST(StdlibSnapshotTest, SourcesThatDoNotMatchTheSnapshotAreAnInternalError) {
  Program p = ProgramOf("void main() {}\n", 1);
  // dart:core's first file, one character longer than the one precompiled.
  const SourceFile* first = p.libraries[0].files[0];
  p.files.push_back(std::make_unique<SourceFile>(first->uri(), first->path(), first->text() + " "));
  p.libraries[0].files[0] = p.files.back().get();
  Diagnostics errors;
  EXPECT_EQ(CompileProgram(p.libraries, &errors, &Embedded()), nullptr);
  EXPECT_NE(errors.Format().find("internal error: the precompiled dart: libraries do not match"),
            std::string::npos)
      << errors.Format();
}

// ---------------------------------------------------------------------------------------------
// A small stdlib of its own: what the snapshot keeps and cuts, layers, mixins.

const char kMiniCore[] = R"dart(
class Object {
  const Object();
  external bool operator ==(Object other);
  external int get hashCode;
  external String toString();
}
class Null {}
class bool {}
abstract class num {
  external num operator +(num other);
  external bool operator <(num other);
}
class int extends num {}
class double extends num {}
class String {
  external String operator +(String other);
}
abstract class Function {}
abstract class Type {}
abstract class StackTrace {}
class List<E> {
  external int get length;
  external E operator [](int index);
  external void add(E value);
}
class Map<K, V> {}
class Symbol {}
class _Enum {
  final int index;
  final String _name;
  const _Enum(this.index, this._name);
}
class Iterable<E> {}
class Set<E> {}
class Error {}
class StateError extends Error {
  final String message;
  StateError(this.message);
}
external void print(Object? object);
external bool identical(Object? a, Object? b);
external Map<K, V> _mapLiteral<K, V>(List keysAndValues);
external Set<E> _setLiteral<E>(List elements);
external List<E> _constList<E>(List<E> elements);
external Map<K, V> _constMap<K, V>(List keysAndValues);
external Set<E> _constSet<E>(List elements);
external Never _assertFail(String source, int line, int column, Object? message);
const int kLimit = 3;
typedef Mapper = int Function(int);

int twice(int x) {
  var y = x + x;
  return y;
}
int thrice(int x) => x + x + x;

class Counter {
  int count = 0;
  final int step;
  Counter([this.step = kLimit]);
  void tick() { count = count + step; }
  int get next => count + step;
}

mixin Greeting on Object {
  String greeting = 'hello';
  String greet(String name) => greeting + ' ' + name;
  void shout() { print(greet('world') + '!'); }
}

class Greeter extends Object with Greeting {}

extension Doubling on int {
  int get doubled => this + this;
}

enum Mood { happy, sad }
)dart";

const char kMiniExtra[] = R"dart(
int extra(int x) => twice(x) + 1;
class Extra extends Counter {
  Extra() : super(1);
}
)dart";

struct MiniStdlib {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<LibrarySource> libraries;
  std::string bytes;
  StdlibSnapshot snapshot;
};

std::unique_ptr<MiniStdlib> WriteMini() {
  auto mini = std::make_unique<MiniStdlib>();
  mini->files.push_back(
      std::make_unique<SourceFile>("dart:core/core.dart", "dart:core/core.dart", kMiniCore));
  mini->libraries.push_back(LibrarySource{"dart:core", {mini->files.back().get()}});
  mini->files.push_back(
      std::make_unique<SourceFile>("dart:extra/extra.dart", "dart:extra/extra.dart", kMiniExtra));
  mini->libraries.push_back(LibrarySource{"dart:extra", {mini->files.back().get()}});
  Diagnostics errors;
  EXPECT_TRUE(
      WriteStdlibSnapshot(mini->libraries, {{"dart:core"}, {"dart:extra"}}, &errors, &mini->bytes))
      << errors.Format();
  std::string error;
  EXPECT_TRUE(mini->snapshot.Open(reinterpret_cast<const uint8_t*>(mini->bytes.data()),
                                  mini->bytes.size(), &error))
      << error;
  return mini;
}

// Compiles [source] on the mini stdlib both ways; expects the same result.
void ExpectSameMiniCompile(MiniStdlib* mini, const std::string& source, bool with_extra) {
  SourceFile main("file:///t/main.dart", "main.dart", source);
  std::vector<LibrarySource> libraries = {mini->libraries[0]};
  if (with_extra) libraries.push_back(mini->libraries[1]);
  libraries.push_back(LibrarySource{"file:///t/main.dart", {&main}});
  Diagnostics full_errors;
  std::unique_ptr<Module> full = CompileProgram(libraries, &full_errors);
  Diagnostics seeded_errors;
  std::unique_ptr<Module> seeded = CompileProgram(libraries, &seeded_errors, &mini->snapshot);
  ASSERT_EQ(full_errors.Format(), seeded_errors.Format());
  ASSERT_EQ(full == nullptr, seeded == nullptr);
  if (full == nullptr) return;
  EXPECT_EQ(Differences(*full, *seeded), "");
}

TEST(StdlibSnapshotTest, KeepsTheBodiesOfMixinsOnly) {
  std::unique_ptr<MiniStdlib> mini = WriteMini();
  Diagnostics errors;
  std::unique_ptr<CompilationUnit> unit = mini->snapshot.ParseFile(mini->files[0].get(), &errors);
  ASSERT_NE(unit, nullptr);
  EXPECT_FALSE(errors.has_errors()) << errors.Format();
  int checked = 0;
  for (Decl* decl : unit->declarations) {
    if (decl->kind == NodeKind::kFunctionDecl && decl->name == "twice") {
      FunctionNode* f = static_cast<FunctionDecl*>(decl)->function;
      ASSERT_NE(f->body, nullptr);  // `{ ... }` became `{}`.
      EXPECT_TRUE(f->body->statements.empty());
      checked++;
    }
    if (decl->kind == NodeKind::kFunctionDecl && decl->name == "thrice") {
      FunctionNode* f = static_cast<FunctionDecl*>(decl)->function;
      ASSERT_NE(f->arrow_body, nullptr);  // `=> e;` became `=> null;`.
      EXPECT_EQ(f->arrow_body->kind, NodeKind::kNullLiteral);
      checked++;
    }
    if (decl->kind == NodeKind::kClassDecl && decl->name == "Counter") {
      for (Decl* member : static_cast<ClassDecl*>(decl)->members) {
        if (member->kind == NodeKind::kConstructorDecl) {
          // Parameters and their defaults stay: calls are checked and compiled against them.
          const Param& step = static_cast<ConstructorDecl*>(member)->function->params[0];
          ASSERT_NE(step.default_value, nullptr);
          EXPECT_EQ(step.default_value->kind, NodeKind::kIdentifier);
          checked++;
        }
      }
    }
    if (decl->kind == NodeKind::kMixinDecl) {
      for (Decl* member : static_cast<MixinDecl*>(decl)->members) {
        if (member->kind == NodeKind::kMethodDecl && member->name == "shout") {
          FunctionNode* f = static_cast<MethodDecl*>(member)->function;
          ASSERT_NE(f->body, nullptr);
          EXPECT_EQ(f->body->statements.size(), 1u);
          checked++;
        }
        if (member->kind == NodeKind::kMethodDecl && member->name == "greet") {
          FunctionNode* f = static_cast<MethodDecl*>(member)->function;
          ASSERT_NE(f->arrow_body, nullptr);
          EXPECT_NE(f->arrow_body->kind, NodeKind::kNullLiteral);
          checked++;
        }
      }
    }
  }
  EXPECT_EQ(checked, 5);
}

TEST(StdlibSnapshotTest, MiniStdlibProgramsGetTheCodeOfACompileFromSource) {
  std::unique_ptr<MiniStdlib> mini = WriteMini();
  EXPECT_EQ(mini->snapshot.layer_count(), 2);
  // A mixin of the stdlib applied to a class of the program is compiled again for it.
  ExpectSameMiniCompile(mini.get(), R"(
class Loud extends Object with Greeting {
  String greet(String name) => 'HEY ' + name;
}
class Steps extends Counter {
  Steps([super.step]);
}
void main() {
  Greeter().shout();
  Loud().shout();
  var c = Steps()..tick();
  print(c.next);
  print(3.doubled);
  print(Mood.values[1]);
  print(kLimit);
  Mapper m = twice;
  print(m(thrice(2)));
}
)",
                        false);
  ExpectSameMiniCompile(mini.get(), "void main() { print(extra(2)); print(Extra().next); }\n",
                        true);
  ExpectSameMiniCompile(mini.get(), "class B extends Object with Greeting {}\nvoid main() {}\n",
                        false);
  // Errors: an unknown name, a wrong arity against a precompiled declaration, a class that
  // is no mixin, a mixin's `on` type not implemented.
  ExpectSameMiniCompile(mini.get(), "void main() { twice(); thrice(1, 2); nope(); }\n", false);
  ExpectSameMiniCompile(mini.get(), "class C extends Object with Counter {}\nvoid main() {}\n",
                        false);
}

TEST(StdlibSnapshotTest, OpenRefusesBytesThatAreNoSnapshot) {
  std::unique_ptr<MiniStdlib> mini = WriteMini();
  std::string error;
  StdlibSnapshot s;
  std::string bad = mini->bytes;
  bad[0] = 'X';
  EXPECT_FALSE(s.Open(reinterpret_cast<const uint8_t*>(bad.data()), bad.size(), &error));
  EXPECT_NE(error.find("bad magic"), std::string::npos) << error;
  bad = mini->bytes;
  bad[4] = static_cast<char>(bad[4] + 1);
  StdlibSnapshot s2;
  EXPECT_FALSE(s2.Open(reinterpret_cast<const uint8_t*>(bad.data()), bad.size(), &error));
  EXPECT_NE(error.find("version"), std::string::npos) << error;
  for (size_t length = 0; length < mini->bytes.size(); length += 7) {
    StdlibSnapshot cut;
    EXPECT_FALSE(cut.Open(reinterpret_cast<const uint8_t*>(mini->bytes.data()), length, &error))
        << length;
  }
}

// ---------------------------------------------------------------------------------------------
// Index replay.

TEST(ModuleBuilderScopeTest, RecordsContiguousRunsAndReplaysThem) {
  ModuleBuilder recorder;
  recorder.StartRecording();
  recorder.AddFunction();  // Outside every scope.
  recorder.BeginScope("lib");
  EXPECT_EQ(recorder.AddFunction(), 1);
  EXPECT_EQ(recorder.AddClass(), 0);
  EXPECT_EQ(recorder.AddFunction(), 2);
  recorder.EndScope();
  recorder.AddFunction();
  EXPECT_EQ(recorder.scope_error(), "");
  ASSERT_EQ(recorder.recorded_scopes().size(), 1u);
  ScopeRecord r = recorder.recorded_scopes()[0];
  EXPECT_EQ(r.first_function, 1);
  EXPECT_EQ(r.num_functions, 2);
  EXPECT_EQ(r.num_classes, 1);
  EXPECT_EQ(r.num_globals, 0);

  ModuleBuilder seeded(recorder.Finish(), {r});
  EXPECT_TRUE(seeded.IsSeededFunction(3));
  EXPECT_FALSE(seeded.IsSeededFunction(4));
  EXPECT_EQ(seeded.AddFunction(), 4);  // Outside a scope: appended.
  seeded.BeginScope("lib");
  EXPECT_EQ(seeded.AddFunction(), 1);
  EXPECT_EQ(seeded.AddClass(), 0);
  EXPECT_EQ(seeded.AddFunction(), 2);
  seeded.EndScope();
  EXPECT_EQ(seeded.scope_error(), "");
  EXPECT_EQ(seeded.module()->functions.size(), 5u);
}

TEST(ModuleBuilderScopeTest, DeclarationsThatDisagreeWithTheSeedAreErrors) {
  ModuleBuilder recorder;
  recorder.StartRecording();
  recorder.BeginScope("lib");
  recorder.AddFunction();
  recorder.EndScope();
  std::vector<ScopeRecord> scopes = recorder.recorded_scopes();
  std::unique_ptr<Module> seed = recorder.Finish();

  ModuleBuilder more(std::make_unique<Module>(*seed), scopes);
  more.BeginScope("lib");
  more.AddFunction();
  more.AddFunction();
  more.EndScope();
  EXPECT_NE(more.scope_error().find("more functions than were precompiled"), std::string::npos)
      << more.scope_error();

  ModuleBuilder fewer(std::make_unique<Module>(*seed), scopes);
  fewer.BeginScope("lib");
  fewer.EndScope();
  EXPECT_NE(fewer.scope_error().find("declares 0 functions"), std::string::npos)
      << fewer.scope_error();

  ModuleBuilder unknown(std::make_unique<Module>(*seed), scopes);
  unknown.BeginScope("other");
  unknown.EndScope();
  EXPECT_NE(unknown.scope_error().find("no precompiled declarations for 'other'"),
            std::string::npos)
      << unknown.scope_error();

  ModuleBuilder plain;  // Neither seeded nor recording: scopes mean nothing.
  plain.BeginScope("x");
  plain.AddFunction();
  plain.EndScope();
  EXPECT_EQ(plain.scope_error(), "");
}

}  // namespace
}  // namespace islet
