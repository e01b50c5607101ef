// The abstract syntax tree: the contract between the parser (parser.cc), which builds it, and
// the resolver and code generator (resolver.cc, codegen*.cc), which read it.
//
// Shape: every node is a struct deriving from Expr, Stmt or Decl (all from AstNode) and carries
// its `kind` and the byte offset `pos` of its first token in its SourceFile. Nodes live in an
// AstArena owned by the Library that holds them and are never freed one by one, so plain
// pointers are used everywhere. Children that may be absent are nullptr. The parser records
// syntax only: what a name refers to is decided by the resolver, which keeps its own tables
// keyed by node pointer (and may fill the `resolved_*` fields marked for it below).
//
// Invariant: a tree handed to the code generator has no syntax errors (the parser reported them
// to Diagnostics and the compile stopped).

#ifndef ISLET_COMPILER_AST_H_
#define ISLET_COMPILER_AST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace islet {

class SourceFile;

// Every node kind, declared once. Expressions, statements and declarations share one enum so a
// single switch can dispatch on any node.
// clang-format off
#define ISLET_AST_NODES(V)                                                                         \
  /* Expressions */                                                                                \
  V(NullLiteral) V(BoolLiteral) V(IntLiteral) V(DoubleLiteral) V(StringLiteral)                    \
  V(StringInterpolation) V(ListLiteral) V(SetOrMapLiteral) V(Identifier) V(This)                   \
  V(Super) V(PropertyGet) V(Invocation) V(FunctionCall) V(Index)                                   \
  V(ConstructorCall) V(Assign) V(Update) V(Unary) V(Binary) V(Conditional) V(Is)                   \
  V(As) V(NullCheck) V(Throw) V(FunctionExpr) V(Cascade) V(CascadeReceiver)                        \
  V(Await) V(TypeLiteral) V(RecordLiteral) V(SwitchExpr) V(PatternAssign)                                          \
  /* Collection elements (only inside list/set/map literals) */                                    \
  V(MapEntryElement) V(SpreadElement) V(IfElement) V(ForElement)                                   \
  /* Statements */                                                                                 \
  V(Block) V(ExprStmt) V(VarDeclStmt) V(If) V(For) V(ForIn) V(While) V(DoWhile)                    \
  V(Switch) V(Break) V(Continue) V(Return) V(Try) V(Rethrow) V(Assert) V(Labeled)                  \
  V(LocalFunction) V(Empty) V(Yield) V(PatternVarDecl)                                                               \
  /* Declarations */                                                                               \
  V(FunctionDecl) V(ClassDecl) V(FieldDecl) V(MethodDecl) V(ConstructorDecl)                       \
  V(EnumDecl) V(TypedefDecl) V(TopLevelVarDecl) V(MixinDecl) V(ExtensionDecl)
// clang-format on

enum class NodeKind : uint8_t {
#define ISLET_AST_ENUM(name) k##name,
  ISLET_AST_NODES(ISLET_AST_ENUM)
#undef ISLET_AST_ENUM
};

// The base of every node. [pos] is the byte offset of the node's first token; some nodes also
// record the offset of a more telling token (an operator, a name) for diagnostics and line tables.
struct AstNode {
  AstNode(NodeKind k, uint32_t p) : kind(k), pos(p) {}
  virtual ~AstNode() = default;
  NodeKind kind;
  uint32_t pos;
};

// A type annotation as written. Generic arguments are parsed and kept, although the VM erases
// most of them (LANGUAGE.md tier 1).
struct TypeNode {
  enum Kind : uint8_t {
    kNamed,     // int, List<int>, prefix.Foo, dynamic, Object, Null, Never, Function, T
    kVoid,      // void
    kFunction,  // R Function(A, [B]) / R Function({A a})
    kRecord,    // (int, String name), ({int x, int y}): positional and named field types.
  };
  Kind kind = kNamed;
  uint32_t pos = 0;
  std::string name;             // kNamed: the name, with "prefix." if qualified.
  std::vector<TypeNode*> args;  // kNamed: type arguments.
  bool nullable = false;        // Written with a trailing `?`.
  // kFunction only (kRecord uses positional and named for its fields' types):
  TypeNode* return_type = nullptr;                       // nullptr when omitted (dynamic).
  std::vector<TypeNode*> positional;                     // Required positional parameter types.
  std::vector<TypeNode*> optional;                       // [optional positional] parameter types.
  std::vector<std::pair<std::string, TypeNode*>> named;  // {named} parameter types.
  std::vector<std::string> type_params;                  // Function<T>(T).
};

struct Expr : AstNode {
  using AstNode::AstNode;
};
struct Stmt : AstNode {
  using AstNode::AstNode;
};
struct Decl : AstNode {
  using AstNode::AstNode;
  std::string name;
  uint32_t name_pos = 0;  // Offset of the declared name.
  bool is_external = false;
  std::vector<Expr*> metadata;  // @override etc., parsed and ignored.
};

struct Block;
struct FunctionNode;

// ---------------------------------------------------------------------------------------------
// Expressions

struct NamedArg {
  std::string name;
  uint32_t pos = 0;
  Expr* value = nullptr;
};

// The arguments of a call: positional first, named in source order. In Dart named arguments
// may also come before positional ones; the parser keeps each in its list and the evaluation
// order in `order` (true = next positional, false = next named), since arguments are evaluated
// left to right.
struct Arguments {
  std::vector<Expr*> positional;
  std::vector<NamedArg> named;
  std::vector<bool> order;
};

struct NullLiteral : Expr {
  explicit NullLiteral(uint32_t p) : Expr(NodeKind::kNullLiteral, p) {}
};
struct BoolLiteral : Expr {
  BoolLiteral(uint32_t p, bool v) : Expr(NodeKind::kBoolLiteral, p), value(v) {}
  bool value;
};
// An integer literal. A decimal literal above 2^63-1 is a compile error (the parser reports
// it); a hexadecimal one up to 2^64-1 wraps to a negative value, as in Dart.
struct IntLiteral : Expr {
  IntLiteral(uint32_t p, int64_t v) : Expr(NodeKind::kIntLiteral, p), value(v) {}
  int64_t value;
};
struct DoubleLiteral : Expr {
  DoubleLiteral(uint32_t p, double v) : Expr(NodeKind::kDoubleLiteral, p), value(v) {}
  double value;
};
// A string literal with no interpolation, adjacent literals already joined, escapes decoded.
// The value is UTF-8 (lone surrogates from \u escapes are encoded as WTF-8 / CESU-style 3-byte
// sequences so the VM can rebuild the UTF-16 code units exactly).
struct StringLiteral : Expr {
  StringLiteral(uint32_t p, std::string v)
      : Expr(NodeKind::kStringLiteral, p), value(std::move(v)) {}
  std::string value;
};
// 'a$b c${d}e': strings.size() == exprs.size() + 1; the value is
// strings[0] + exprs[0] + strings[1] + ... (parts may be empty strings).
struct StringInterpolation : Expr {
  explicit StringInterpolation(uint32_t p) : Expr(NodeKind::kStringInterpolation, p) {}
  std::vector<std::string> strings;
  std::vector<Expr*> exprs;
};
// [a, ...b, if (c) d, for (...) e]. Elements are expressions or the element nodes below.
struct ListLiteral : Expr {
  explicit ListLiteral(uint32_t p) : Expr(NodeKind::kListLiteral, p) {}
  bool is_const = false;
  TypeNode* type_arg = nullptr;
  std::vector<Expr*> elements;
};
// {…}: a map when it has two type arguments or any MapEntryElement, or is `{}` without type
// arguments; a set when it has one type argument or a plain expression element. kUnknown only
// for literals like {...x} whose kind depends on x; the code generator decides at run time.
struct SetOrMapLiteral : Expr {
  enum Form : uint8_t { kMap, kSet, kUnknown };
  explicit SetOrMapLiteral(uint32_t p) : Expr(NodeKind::kSetOrMapLiteral, p) {}
  Form form = kMap;
  bool is_const = false;
  std::vector<TypeNode*> type_args;
  std::vector<Expr*> elements;
};
struct MapEntryElement : Expr {
  MapEntryElement(uint32_t p, Expr* k, Expr* v)
      : Expr(NodeKind::kMapEntryElement, p), key(k), value(v) {}
  Expr* key;
  Expr* value;
};
struct SpreadElement : Expr {
  SpreadElement(uint32_t p, Expr* e, bool na)
      : Expr(NodeKind::kSpreadElement, p), expr(e), null_aware(na) {}
  Expr* expr;
  bool null_aware;  // ...?
};
struct Pattern;
struct IfElement : Expr {
  explicit IfElement(uint32_t p) : Expr(NodeKind::kIfElement, p) {}
  Expr* condition = nullptr;
  // `if (condition case pattern when guard) element`. [irrefutable]: the desugaring of a
  // pattern for element (`for (var (a, b) in pairs) e`), where a mismatch throws as in a
  // pattern declaration instead of skipping the element.
  Pattern* case_pattern = nullptr;
  Expr* guard = nullptr;
  bool irrefutable = false;
  Expr* then_element = nullptr;
  Expr* else_element = nullptr;
};
struct VarDeclStmt;
// for (init; cond; update) element   or   for (var x in iterable) element.
struct ForElement : Expr {
  explicit ForElement(uint32_t p) : Expr(NodeKind::kForElement, p) {}
  bool is_for_in = false;
  // C-style: init is a VarDeclStmt or nullptr with init_exprs; for-in: loop_var is a
  // VarDeclStmt with one variable and no initializer, or loop_target an assignable expression.
  VarDeclStmt* init = nullptr;
  std::vector<Expr*> init_exprs;
  Expr* condition = nullptr;
  std::vector<Expr*> updates;
  VarDeclStmt* loop_var = nullptr;
  Expr* loop_target = nullptr;
  Expr* iterable = nullptr;
  Expr* body = nullptr;
};

// A bare name: a local, a parameter, a field or method of `this`, a top-level or static member,
// a class, an import prefix, or a type. The resolver decides.
struct Identifier : Expr {
  Identifier(uint32_t p, std::string n) : Expr(NodeKind::kIdentifier, p), name(std::move(n)) {}
  std::string name;
};
struct This : Expr {
  explicit This(uint32_t p) : Expr(NodeKind::kThis, p) {}
};
// `super` as the receiver of a property get, invocation, index or operator.
struct Super : Expr {
  explicit Super(uint32_t p) : Expr(NodeKind::kSuper, p) {}
};
// receiver.name or receiver?.name. The receiver may be an Identifier naming a class or prefix
// (static getter, enum value, prefixed top-level); the resolver decides.
struct PropertyGet : Expr {
  PropertyGet(uint32_t p, Expr* r, std::string n)
      : Expr(NodeKind::kPropertyGet, p), receiver(r), name(std::move(n)) {}
  Expr* receiver;
  std::string name;
  uint32_t name_pos = 0;
  bool null_aware = false;  // ?.
};
// name(args) or receiver.name(args) / receiver?.name(args). With receiver == nullptr this is an
// unqualified call: a local function or closure variable, a top-level function, a method of
// `this`, a static method, or an unnamed constructor (`Point(1, 2)`). With a receiver that names
// a class it is a static method or a named constructor (`Point.origin()`).
struct Invocation : Expr {
  Invocation(uint32_t p, Expr* r, std::string n)
      : Expr(NodeKind::kInvocation, p), receiver(r), name(std::move(n)) {}
  Expr* receiver;  // May be nullptr.
  std::string name;
  uint32_t name_pos = 0;
  bool null_aware = false;
  std::vector<TypeNode*> type_args;
  Arguments args;
  // Added for the parser: the call stands in a const context (inside `const [...]`, a const
  // variable's initializer, a default value or metadata), so when it names a class it is a
  // const constructor call (`const [Point(1, 2)]`).
  bool in_const_context = false;
};
// callee(args) where callee is any expression that is not a plain name or property:
// `f()()`, `(x)(1)`, `list[0](2)`.
struct FunctionCall : Expr {
  FunctionCall(uint32_t p, Expr* c) : Expr(NodeKind::kFunctionCall, p), callee(c) {}
  Expr* callee;
  std::vector<TypeNode*> type_args;
  Arguments args;
};
// target[index] or target?[index].
struct Index : Expr {
  Index(uint32_t p, Expr* t, Expr* i) : Expr(NodeKind::kIndex, p), target(t), index(i) {}
  Expr* target;
  Expr* index;
  bool null_aware = false;
};
// `new C(...)`, `const C.named(...)`, `new prefix.C<int>(...)`. Calls written without new/const
// are Invocations; the resolver turns those into constructor calls when the name is a class.
struct ConstructorCall : Expr {
  explicit ConstructorCall(uint32_t p) : Expr(NodeKind::kConstructorCall, p) {}
  bool is_const = false;
  TypeNode* type = nullptr;      // The class, with prefix and type arguments.
  std::string constructor_name;  // Empty for the unnamed constructor.
  Arguments args;
};
// target op= value, where op is "=", "+=", "-=", "*=", "/=", "~/=", "%=", "<<=", ">>=", ">>>=",
// "&=", "|=", "^=", "??=". target is an Identifier, PropertyGet or Index (possibly with a
// CascadeReceiver at its root).
struct Assign : Expr {
  Assign(uint32_t p, std::string o, Expr* t, Expr* v)
      : Expr(NodeKind::kAssign, p), op(std::move(o)), target(t), value(v) {}
  std::string op;
  Expr* target;
  Expr* value;
  uint32_t op_pos = 0;
};
// ++x, --x, x++, x--: target as for Assign.
struct Update : Expr {
  Update(uint32_t p, bool inc, bool pre, Expr* t)
      : Expr(NodeKind::kUpdate, p), is_increment(inc), is_prefix(pre), target(t) {}
  bool is_increment;
  bool is_prefix;
  Expr* target;
};
// op is "-", "!" or "~".
struct Unary : Expr {
  Unary(uint32_t p, std::string o, Expr* e)
      : Expr(NodeKind::kUnary, p), op(std::move(o)), operand(e) {}
  std::string op;
  Expr* operand;
};
// Every binary operator, including "&&", "||", "??", "==", "!=", comparisons, arithmetic,
// bitwise and shifts. [op_pos] is the operator's offset (used for the line table).
struct Binary : Expr {
  Binary(uint32_t p, std::string o, Expr* l, Expr* r)
      : Expr(NodeKind::kBinary, p), op(std::move(o)), left(l), right(r) {}
  std::string op;
  Expr* left;
  Expr* right;
  uint32_t op_pos = 0;
};
struct Conditional : Expr {
  Conditional(uint32_t p, Expr* c, Expr* t, Expr* e)
      : Expr(NodeKind::kConditional, p), condition(c), then_expr(t), else_expr(e) {}
  Expr* condition;
  Expr* then_expr;
  Expr* else_expr;
};
struct Is : Expr {
  Is(uint32_t p, Expr* e, TypeNode* t, bool neg)
      : Expr(NodeKind::kIs, p), expr(e), type(t), negated(neg) {}
  Expr* expr;
  TypeNode* type;
  bool negated;  // is!
};
struct As : Expr {
  As(uint32_t p, Expr* e, TypeNode* t) : Expr(NodeKind::kAs, p), expr(e), type(t) {}
  Expr* expr;
  TypeNode* type;
};
// expr!
struct NullCheck : Expr {
  NullCheck(uint32_t p, Expr* e) : Expr(NodeKind::kNullCheck, p), expr(e) {}
  Expr* expr;
};
struct Throw : Expr {
  Throw(uint32_t p, Expr* e) : Expr(NodeKind::kThrow, p), expr(e) {}
  Expr* expr;
};
// An anonymous function: (a, b) => a + b, (x) { ... }.
struct FunctionExpr : Expr {
  FunctionExpr(uint32_t p, FunctionNode* f) : Expr(NodeKind::kFunctionExpr, p), function(f) {}
  FunctionNode* function;
};
// target..a = 1..b()?..c: each section is an expression (Assign, Invocation, PropertyGet,
// Index, Update...) whose innermost receiver is the CascadeReceiver placeholder. The value of
// the whole expression is target. [null_aware] is set when the first section is `?..`.
struct Cascade : Expr {
  Cascade(uint32_t p, Expr* t) : Expr(NodeKind::kCascade, p), target(t) {}
  Expr* target;
  std::vector<Expr*> sections;
  bool null_aware = false;
};
// Stands for the cascade's target inside a section; the code generator keeps the target in a
// register and reads it here.
struct CascadeReceiver : Expr {
  explicit CascadeReceiver(uint32_t p) : Expr(NodeKind::kCascadeReceiver, p) {}
};
// await expr (tier 2).
struct Await : Expr {
  Await(uint32_t p, Expr* e) : Expr(NodeKind::kAwait, p), expr(e) {}
  Expr* expr;
};
// A type used as an expression where it cannot be an Identifier: `List<int>` as a value.
struct TypeLiteral : Expr {
  TypeLiteral(uint32_t p, TypeNode* t) : Expr(NodeKind::kTypeLiteral, p), type(t) {}
  TypeNode* type;
};

// A record literal: (1, 'a'), (x: 1, y: 2), (1, name: 'n'), (1,). The fields are kept as call
// arguments are (evaluated left to right in source order); a record's shape is its positional
// count and its set of names.
struct RecordLiteral : Expr {
  explicit RecordLiteral(uint32_t p) : Expr(NodeKind::kRecordLiteral, p) {}
  Arguments fields;
  bool is_const = false;  // `const (1, 2)` (a record in a const context is constant too).
};

struct Pattern;
// One `pattern when guard => body` of a switch expression.
struct SwitchExprCase {
  uint32_t pos = 0;
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  Expr* body = nullptr;
};
// switch (subject) { p1 => e1, p2 when g => e2, _ => e3 }
struct SwitchExpr : Expr {
  explicit SwitchExpr(uint32_t p) : Expr(NodeKind::kSwitchExpr, p) {}
  Expr* subject = nullptr;
  std::vector<SwitchExprCase> cases;
};

// ---------------------------------------------------------------------------------------------
// Patterns (Dart 3). A pattern is not an expression: the code generator lowers it to tests of a
// value (type tests, getter calls, comparisons) that jump away on a mismatch, and to stores of
// the variables it binds. Patterns live in the same arena as nodes.

struct PatternField {
  uint32_t pos = 0;
  std::string name;     // Record and object patterns: the field or getter ("" positional).
  Expr* key = nullptr;  // Map patterns: the constant key.
  Pattern* pattern = nullptr;
};

struct Pattern {
  enum Kind : uint8_t {
    kConstant,    // expr: a constant compared with ==.
    kVariable,    // [type] name, var name, final name; name "_" is a wildcard (binds nothing).
    kRelational,  // op expr: == != < <= > >=.
    kOr,          // left || right.
    kAnd,         // left && right.
    kCast,        // sub as type.
    kNullCheck,   // sub?  (matches a non-null value).
    kNullAssert,  // sub!  (throws on null).
    kList,        // <T>[p1, p2, ...rest].
    kMap,         // <K, V>{k1: p1, ...}.
    kRecord,      // (p1, name: p2, :var x).
    kObject,      // Type(getter: p, :var x).
    kRest,        // ...sub inside a list pattern (sub may be null).
    kAssign,      // An existing variable as the target of a pattern assignment.
  };
  Pattern(uint32_t p, Kind k) : pos(p), pattern_kind(k) {}
  uint32_t pos;
  Kind pattern_kind;
  Expr* expr = nullptr;      // kConstant, kRelational operand; kAssign target (Identifier).
  std::string op;            // kRelational.
  TypeNode* type = nullptr;  // kVariable (null for var/final), kCast, kObject, kList/kMap args.
  std::vector<TypeNode*> type_args;  // kList, kMap.
  std::string name;                  // kVariable.
  bool is_final = false;             // kVariable.
  Pattern* left = nullptr;   // kOr, kAnd; the sub-pattern of kCast, kNullCheck, kNullAssert,
  Pattern* right = nullptr;  // kRest (null when bare `...`).
  std::vector<PatternField> fields;
};

// (a, b) = (b, a); [x, y] = list;  A pattern assignment: the pattern's variables are
// kAssign patterns naming existing variables (or other assignable expressions). Its value is
// the matched value.
struct PatternAssign : Expr {
  PatternAssign(uint32_t p, Pattern* pat, Expr* v)
      : Expr(NodeKind::kPatternAssign, p), pattern(pat), value(v) {}
  Pattern* pattern;
  Expr* value;
};

// ---------------------------------------------------------------------------------------------
// Statements

struct Block : Stmt {
  explicit Block(uint32_t p) : Stmt(NodeKind::kBlock, p) {}
  std::vector<Stmt*> statements;
  uint32_t end_pos = 0;  // Offset of the closing brace.
};
struct ExprStmt : Stmt {
  ExprStmt(uint32_t p, Expr* e) : Stmt(NodeKind::kExprStmt, p), expr(e) {}
  Expr* expr;
};
// One declared variable (of a local declaration, a field or a top-level declaration).
struct VarDecl {
  std::string name;
  uint32_t pos = 0;
  Expr* initializer = nullptr;
};
// var/final/const/late/typed local declaration of one or more variables.
struct VarDeclStmt : Stmt {
  explicit VarDeclStmt(uint32_t p) : Stmt(NodeKind::kVarDeclStmt, p) {}
  TypeNode* type = nullptr;  // nullptr for var/final/const without a type.
  bool is_final = false;
  bool is_const = false;
  bool is_late = false;
  std::vector<VarDecl> vars;
};
// var (a, b) = e;  final [x, ...rest] = e;  final Point(:x, :y) = e;
struct PatternVarDecl : Stmt {
  explicit PatternVarDecl(uint32_t p) : Stmt(NodeKind::kPatternVarDecl, p) {}
  bool is_final = false;
  Pattern* pattern = nullptr;
  Expr* value = nullptr;
};
struct If : Stmt {
  explicit If(uint32_t p) : Stmt(NodeKind::kIf, p) {}
  Expr* condition = nullptr;
  // `if (condition case pattern when guard)`: an if-case statement.
  Pattern* case_pattern = nullptr;
  Expr* guard = nullptr;
  Stmt* then_stmt = nullptr;
  Stmt* else_stmt = nullptr;
};
struct For : Stmt {
  explicit For(uint32_t p) : Stmt(NodeKind::kFor, p) {}
  VarDeclStmt* init = nullptr;    // for (var i = 0; ...)
  std::vector<Expr*> init_exprs;  // for (i = 0, j = 1; ...)
  Expr* condition = nullptr;      // nullptr: forever.
  std::vector<Expr*> updates;
  Stmt* body = nullptr;
};
// for (var x in e), for (final T x in e), for (x in e), await for (...) (tier 2).
struct ForIn : Stmt {
  explicit ForIn(uint32_t p) : Stmt(NodeKind::kForIn, p) {}
  VarDeclStmt* loop_var = nullptr;  // A declaration of one variable without initializer...
  Expr* loop_target = nullptr;      // ...or an assignable expression.
  Expr* iterable = nullptr;
  Stmt* body = nullptr;
  bool is_await = false;
};
struct While : Stmt {
  explicit While(uint32_t p) : Stmt(NodeKind::kWhile, p) {}
  Expr* condition = nullptr;
  Stmt* body = nullptr;
};
struct DoWhile : Stmt {
  explicit DoWhile(uint32_t p) : Stmt(NodeKind::kDoWhile, p) {}
  Stmt* body = nullptr;
  Expr* condition = nullptr;
};
// One `case e:` group or `default:`. Several labels may share a body (empty cases fall through
// to the next non-empty one, as Dart 3 allows); a non-empty body never falls through.
struct SwitchCase {
  uint32_t pos = 0;
  std::vector<std::string> labels;  // `label: case 1:` (for continue label).
  std::vector<Expr*> expressions;   // Empty for default.
  // The heads as patterns, with their `when` guards (null when absent), parallel to each other
  // (and to expressions when every head is a plain constant).
  std::vector<Pattern*> patterns;
  std::vector<Expr*> guards;
  bool is_default = false;
  std::vector<Stmt*> body;
};
struct Switch : Stmt {
  explicit Switch(uint32_t p) : Stmt(NodeKind::kSwitch, p) {}
  Expr* subject = nullptr;
  std::vector<SwitchCase> cases;
  // Some head is more than a constant (or has a guard): the heads are matched as patterns.
  bool has_patterns = false;
};
struct Break : Stmt {
  explicit Break(uint32_t p) : Stmt(NodeKind::kBreak, p) {}
  std::string label;  // Empty when unlabelled.
};
struct Continue : Stmt {
  explicit Continue(uint32_t p) : Stmt(NodeKind::kContinue, p) {}
  std::string label;
};
struct Return : Stmt {
  explicit Return(uint32_t p) : Stmt(NodeKind::kReturn, p) {}
  Expr* value = nullptr;
};
// on T catch (e, s) { } / catch (e) { } / on T { }.
struct CatchClause {
  uint32_t pos = 0;
  TypeNode* on_type = nullptr;  // nullptr: catches everything.
  std::string exception_name;   // Empty when there is no catch (...) part.
  std::string stack_name;       // Empty when not given.
  uint32_t exception_pos = 0;
  uint32_t stack_pos = 0;
  Block* body = nullptr;
};
struct Try : Stmt {
  explicit Try(uint32_t p) : Stmt(NodeKind::kTry, p) {}
  Block* body = nullptr;
  std::vector<CatchClause> catches;
  Block* finally_block = nullptr;
};
struct Rethrow : Stmt {
  explicit Rethrow(uint32_t p) : Stmt(NodeKind::kRethrow, p) {}
};
struct Assert : Stmt {
  explicit Assert(uint32_t p) : Stmt(NodeKind::kAssert, p) {}
  Expr* condition = nullptr;
  Expr* message = nullptr;
  uint32_t end_pos = 0;  // Offset just past the closing parenthesis (for the failure text).
  // Added for the parser: offset just past the condition's last token, so the failure text
  // can quote the condition's source ('x > 0') even when a message follows it.
  uint32_t condition_end = 0;
  uint32_t condition_start = 0;  // Offset of the condition's first token (a '(' included).
};
// label: stmt (a statement may carry several labels).
struct Labeled : Stmt {
  explicit Labeled(uint32_t p) : Stmt(NodeKind::kLabeled, p) {}
  std::vector<std::string> labels;
  Stmt* body = nullptr;
};
struct FunctionDecl;
struct LocalFunction : Stmt {
  LocalFunction(uint32_t p, FunctionDecl* f) : Stmt(NodeKind::kLocalFunction, p), function(f) {}
  FunctionDecl* function;
};
struct Empty : Stmt {
  explicit Empty(uint32_t p) : Stmt(NodeKind::kEmpty, p) {}
};
// yield e; / yield* e; (tier 2).
struct Yield : Stmt {
  Yield(uint32_t p, Expr* e, bool star) : Stmt(NodeKind::kYield, p), value(e), is_star(star) {}
  Expr* value;
  bool is_star;
};

// ---------------------------------------------------------------------------------------------
// Functions and declarations

// One formal parameter.
struct Param {
  std::string name;
  uint32_t pos = 0;
  TypeNode* type = nullptr;       // nullptr when untyped.
  Expr* default_value = nullptr;  // Optional parameters only.
  bool is_named = false;          // In {…}.
  bool is_optional = false;       // In […] or a named parameter that is not required.
  bool is_required = false;       // `required` named parameter.
  bool is_this_init = false;      // this.x
  bool is_super_init = false;     // super.x
  bool is_final = false;
  bool is_covariant = false;
  // A function-typed parameter `int f(String s)` is recorded as a kFunction type.
};

enum class AsyncKind : uint8_t { kSync, kAsync, kSyncStar, kAsyncStar };

// Parameters and body of any function, method, constructor, getter, setter or closure.
struct FunctionNode {
  uint32_t pos = 0;
  std::vector<std::string> type_params;
  std::vector<Param> params;  // Positional (required then optional) first, then named.
  TypeNode* return_type = nullptr;
  Block* body = nullptr;       // Block body, or...
  Expr* arrow_body = nullptr;  // ...`=> expr`. Both nullptr: abstract or external.
  AsyncKind async_kind = AsyncKind::kSync;
  uint32_t end_pos = 0;  // Offset of the body's end (for the implicit return's line).
};

// A top-level or local function, getter or setter.
struct FunctionDecl : Decl {
  explicit FunctionDecl(uint32_t p) : Decl(NodeKind::kFunctionDecl, p) {}
  bool is_getter = false;
  bool is_setter = false;
  FunctionNode* function = nullptr;
};

// A field declaration of one or more variables in a class.
struct FieldDecl : Decl {
  explicit FieldDecl(uint32_t p) : Decl(NodeKind::kFieldDecl, p) {}
  TypeNode* type = nullptr;
  bool is_static = false;
  bool is_final = false;
  bool is_const = false;
  bool is_late = false;
  bool is_covariant = false;
  std::vector<VarDecl> vars;
};

// A method, getter, setter or operator of a class. For operators [name] is the operator's
// spelling: "+", "==", "[]", "[]=", "unary-", "~", "<" etc.
struct MethodDecl : Decl {
  explicit MethodDecl(uint32_t p) : Decl(NodeKind::kMethodDecl, p) {}
  enum Kind : uint8_t { kMethod, kGetter, kSetter, kOperator };
  Kind method_kind = kMethod;
  bool is_static = false;
  bool is_abstract = false;  // No body and not external.
  FunctionNode* function = nullptr;
};

// One entry of a constructor's initializer list.
struct Initializer {
  enum Kind : uint8_t {
    kField,     // x = expr   /  this.x = expr
    kSuper,     // super(args) / super.named(args)
    kRedirect,  // this(args) / this.named(args)
    kAssert,    // assert(cond, msg)
  };
  Kind kind = kField;
  uint32_t pos = 0;
  std::string name;  // kField: the field; kSuper/kRedirect: the constructor name ("" = unnamed).
  Expr* value = nullptr;         // kField: the value; kAssert: the condition.
  Expr* message = nullptr;       // kAssert only.
  Arguments args;                // kSuper/kRedirect.
  uint32_t condition_end = 0;    // kAssert (added for the parser): offset past the condition.
  uint32_t condition_start = 0;  // kAssert: offset of the condition's first token.
};

struct ConstructorDecl : Decl {
  explicit ConstructorDecl(uint32_t p) : Decl(NodeKind::kConstructorDecl, p) {}
  // Decl::name is the constructor's own name: "" for `C(...)`, "named" for `C.named(...)`.
  bool is_const = false;
  bool is_factory = false;
  FunctionNode* function = nullptr;  // Parameters and body (body may be absent).
  std::vector<Initializer> initializers;
  // `factory C() = D.named;`: a redirecting factory.
  TypeNode* redirect_type = nullptr;
  std::string redirect_name;
};

struct ClassDecl : Decl {
  explicit ClassDecl(uint32_t p) : Decl(NodeKind::kClassDecl, p) {}
  bool is_abstract = false;
  bool is_mixin_class = false;  // `mixin class C` (tier 2): a class that can also be mixed in.
  bool is_application = false;  // `class C = B with M;` (tier 2): no body.
  // Dart 3 class modifiers (sealed also sets is_abstract). Parsed and kept; the VM does not
  // check the restrictions they put on subtypes in other libraries.
  bool is_sealed = false;
  bool is_base = false;
  bool is_interface = false;
  bool is_final = false;
  std::vector<std::string> type_params;
  TypeNode* superclass = nullptr;  // nullptr: Object.
  std::vector<TypeNode*> mixins;   // with M1, M2 (tier 2).
  std::vector<TypeNode*> interfaces;
  std::vector<Decl*> members;  // FieldDecl, MethodDecl, ConstructorDecl.
  uint32_t end_pos = 0;
};

// mixin M on A implements B { ... } (tier 2).
struct MixinDecl : Decl {
  explicit MixinDecl(uint32_t p) : Decl(NodeKind::kMixinDecl, p) {}
  bool is_base = false;  // `base mixin M`.
  std::vector<std::string> type_params;
  std::vector<TypeNode*> on_types;
  std::vector<TypeNode*> interfaces;
  std::vector<Decl*> members;
};

// extension E on T { ... } (tier 2). The name may be empty.
struct ExtensionDecl : Decl {
  explicit ExtensionDecl(uint32_t p) : Decl(NodeKind::kExtensionDecl, p) {}
  std::vector<std::string> type_params;
  TypeNode* on_type = nullptr;
  // `extension type E(T name) { ... }`: a compile-time wrapper of its representation (on_type),
  // compiled as an extension on T whose members include the getter `name` (returning `this`);
  // `E(x)` is x itself and the type E means T at run time, as in Dart.
  bool is_extension_type = false;
  std::vector<Decl*> members;
};

// enum Color { red, green } — and enhanced enums (tier 2): values with arguments, plus members.
struct EnumValue {
  std::string name;
  uint32_t pos = 0;
  std::string constructor_name;  // red.named(...) (tier 2).
  Arguments args;                // Tier 2.
  bool has_args = false;
};
struct EnumDecl : Decl {
  explicit EnumDecl(uint32_t p) : Decl(NodeKind::kEnumDecl, p) {}
  std::vector<EnumValue> values;
  std::vector<TypeNode*> interfaces;  // Tier 2.
  std::vector<TypeNode*> mixins;      // Tier 2.
  std::vector<Decl*> members;         // Tier 2: fields, constructors, methods.
};

// typedef F = int Function(int);   or the old form   typedef int F(int x);
struct TypedefDecl : Decl {
  explicit TypedefDecl(uint32_t p) : Decl(NodeKind::kTypedefDecl, p) {}
  std::vector<std::string> type_params;
  TypeNode* type = nullptr;
};

// A top-level variable declaration of one or more variables.
struct TopLevelVarDecl : Decl {
  explicit TopLevelVarDecl(uint32_t p) : Decl(NodeKind::kTopLevelVarDecl, p) {}
  TypeNode* type = nullptr;
  bool is_final = false;
  bool is_const = false;
  bool is_late = false;
  std::vector<VarDecl> vars;
};

// import/export/part/part of/library, and the 2012 forms #import('…'); #source('…');.
struct Directive {
  enum Kind : uint8_t { kImport, kExport, kPart, kPartOf, kLibrary, kSource2012 };
  Kind kind = kImport;
  uint32_t pos = 0;
  std::string uri;     // Import/export/part/part of (by URI)/#import/#source.
  std::string name;    // library name / part of name.
  std::string prefix;  // import ... as prefix.
  bool is_deferred = false;
  std::vector<std::string> show;
  std::vector<std::string> hide;
};

// Owns the nodes of one library's trees.
class AstArena {
 public:
  template <typename T, typename... Args>
  T* New(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  TypeNode* NewType() {
    types_.push_back(std::make_unique<TypeNode>());
    return types_.back().get();
  }
  FunctionNode* NewFunction() {
    functions_.push_back(std::make_unique<FunctionNode>());
    return functions_.back().get();
  }
  Pattern* NewPattern(uint32_t pos, Pattern::Kind kind) {
    patterns_.push_back(std::make_unique<Pattern>(pos, kind));
    return patterns_.back().get();
  }

 private:
  std::vector<std::unique_ptr<AstNode>> nodes_;
  std::vector<std::unique_ptr<TypeNode>> types_;
  std::vector<std::unique_ptr<FunctionNode>> functions_;
  std::vector<std::unique_ptr<Pattern>> patterns_;
};

// One parsed file: a library or a part. The parser fills it; `arena` owns every node.
struct CompilationUnit {
  const SourceFile* source = nullptr;
  std::vector<Directive> directives;
  std::vector<Decl*> declarations;
  AstArena arena;
};

}  // namespace islet

#endif  // ISLET_COMPILER_AST_H_
