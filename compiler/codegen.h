// The code generator: resolved ASTs -> bytecode in a Module (conventions in
// notes/codegen_conventions.md). CodeGen drives the whole program (class descriptors, every
// declared function, global initializers, const objects); FunctionCompiler compiles one
// function with a Lua-style register allocator: locals get fixed registers by block scope,
// temporaries are allocated stack-like above them, and each expression compiles into a
// requested destination register (a local is read in place when the consumer allows it).
// Does not resolve names (resolver*.cc) nor check the output (vm/bytecode/verifier.cc).

#ifndef ISLET_COMPILER_CODEGEN_H_
#define ISLET_COMPILER_CODEGEN_H_

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/module_builder.h"
#include "compiler/resolver.h"

namespace islet {

class Diagnostics;
class SourceFile;

// A key identifying the value of an int or double literal (for constant maps).
std::string ConstantKey(const Expr* literal);

// Declares the hidden type-argument parameter (module.h, kTypeArgumentsParam) in [desc].
void DescribeTypeArgsParam(ModuleBuilder* builder, FunctionDesc* desc);

class CodeGen {
 public:
  CodeGen(Resolver* resolver, ModuleBuilder* builder, Diagnostics* diagnostics)
      : r_(resolver), builder_(builder), diagnostics_(diagnostics) {}

  // Generates every class descriptor and function of the resolved program.
  void GenerateProgram();

  Resolver* resolver() const { return r_; }
  ModuleBuilder* builder() const { return builder_; }
  Diagnostics* diagnostics() const { return diagnostics_; }

  // The const object computing [e] (a const constructor call or collection literal), created
  // on first request; compiled in the scope of [library]/[cls].
  int ConstObjectFor(Expr* e, const SourceFile* file, LibraryElement* library, ClassElement* cls,
                     const std::string& context_name);

  // Fills the parameter part of [desc] (counts, names, constant defaults) from [node] of
  // [function] (null for closures).
  // The type of [function] (or of the function literal [node]) as Dart prints it:
  // "<T>(int, [String?], {required bool b}) => T" (FunctionDesc::signature).
  std::string Signature(const FunctionElement* function, const FunctionNode* node) const;
  void DescribeParams(const FunctionElement* function, FunctionNode* node, FunctionDesc* desc,
                      FunctionBuilder* fb, std::vector<Expr*>* computed_defaults);

  // The declared type of parameter [p] of [function]: its annotation, or for `this.x` the
  // field's, for `super.x` the super constructor parameter's.
  const TypeNode* ParamType(const FunctionElement* function, const Param& p) const;
  // For a `super.x` parameter of constructor [ctor]: the superclass constructor's parameter it
  // is passed to (and that constructor), or null.
  const Param* SuperTargetParam(const FunctionElement* ctor, const Param& p,
                                const FunctionElement** target) const;
  // The default value of optional parameter [p] of [function], inherited from the super
  // constructor for a `super.x` parameter without one.
  Expr* DefaultOf(const FunctionElement* function, const Param& p) const;

  // The function a tear-off of constructor [ctor] of [cls] (`C.new`, `C.named`) closes over,
  // made on first request (so tear-offs of one constructor are equal).
  int ConstructorTearOff(const ClassElement* cls, const FunctionElement* ctor);

  // Records (codegen_record.cc): the class of records with [positional] positional fields and
  // the named fields [sorted_names] (sorted), made on first use; -1 without dart:core's _Record.
  int RecordClass(int positional, const std::vector<std::string>& sorted_names);
  // Adds to record_classes_ the record classes the builder already holds: those of the
  // precompiled dart: libraries this compile continues. [base] is dart:core's _Record.
  void SeedRecordClasses(int base);
  // The type index of `is` tests against record class [class_index]; [name] is the type as
  // error messages print it.
  int RecordClassType(int class_index, const std::string& name = "_Record");

  // The Module name index of a late field's hidden storage.
  std::string LateStorageName(const FieldElement* field) const { return field->name + "#late"; }

 private:
  // Reports a `main` that no entry point call could satisfy (false), as Dart does at compile
  // time.
  bool CheckMainSignature(const FunctionElement* main);
  void DescribeClass(ClassElement* cls);
  void GenerateFunction(FunctionElement* f);
  void GenerateGlobal(GlobalElement* g);
  std::string NativeName(const FunctionElement* f) const;

  Resolver* r_;
  ModuleBuilder* builder_;
  Diagnostics* diagnostics_;
  std::unordered_map<const Expr*, int> const_objects_;
  std::map<std::pair<const ClassElement*, const FunctionElement*>, int> ctor_tear_offs_;
  std::unordered_map<std::string, int> record_classes_;  // Shape string -> class index.
  bool record_classes_seeded_ = false;  // Whether the builder's earlier record classes are in.
};

// Compiles one function. Register contract: ExprTo(e, dest) may write [dest] at any time while
// evaluating [e], so callers pass a register that [e] does not read (a fresh temporary or the
// register of a variable being declared); assignments to existing locals use it directly only
// for expressions that write their destination last (CanTargetVar).
class FunctionCompiler {
 public:
  FunctionCompiler(CodeGen* cg, FunctionScope* scope, const SourceFile* file,
                   LibraryElement* library, ClassElement* cls);

  // Entry points: each returns the finished FunctionDesc (code, pools, registers).
  FunctionDesc CompileFunction(FunctionElement* f);
  FunctionDesc CompileClosure(FunctionNode* node);
  FunctionDesc CompileGlobalInitializer(GlobalElement* g);
  FunctionDesc CompileConstInitializer(Expr* e);
  FunctionDesc CompileLateFieldGetter(FunctionElement* f);
  FunctionDesc CompileLateFieldSetter(FunctionElement* f);
  // A static function with the parameters of constructor [f] of [cls] that calls it.
  FunctionDesc CompileConstructorTearOff(const ClassElement* cls, const FunctionElement* f);
  // A closure with the parameters of extension method [f] that calls it on the receiver it
  // captures (capture 0).
  FunctionDesc CompileExtensionTearOff(const FunctionElement* f);

 private:
  // Starts the description of the function being compiled (its name, kind, library, owner
  // class and declaration offset, where its code's positions begin) and returns it.
  FunctionDesc& Begin(std::string name, FunctionDesc::Kind kind, int owner_class, uint32_t pos);

  // --- Jumps and control flow bookkeeping (codegen_stmt.cc) ---
  struct Target {
    std::vector<std::string> labels;
    bool is_loop = false;
    bool is_switch = false;
    std::vector<int> breaks;
    std::vector<int> continues;  // Forward jumps to the continue point.
    int continue_pc = -1;        // Backward continue point (while loops), else -1.
    size_t finally_depth = 0;    // finally_.size() when the target was entered.
    // Switch cases reached by `continue label`.
    std::map<std::string, int> case_labels;      // label -> case index
    std::map<int, int> case_pcs;                 // case index -> body pc
    std::map<int, std::vector<int>> case_jumps;  // case index -> pending forward jumps
  };
  struct Region {  // An open handler range with holes where inlined finally code sits.
    int start = 0;
    std::vector<std::pair<int, int>> holes;
  };
  struct Finally {
    Block* block = nullptr;
    std::function<void()> emit;  // Instead of [block]: generated cleanup (await for).
    size_t region_index = 0;     // regions_ opened by this try start here.
    size_t target_depth = 0;     // targets_.size() when the try began.
    size_t catch_depth = 0;
  };
  struct CatchRegs {
    int exception = 0;
    int stack = 0;
  };

  // --- Emission (codegen.cc) ---
  void Pos(uint32_t offset);
  // The offset of the `[` of an index expression (where Dart reports its errors).
  uint32_t BracketPos(const Index* e) const;
  void Emit(Opcode op, int a, int b, int c) { fb_.EmitABC(op, a, b, c); }
  void EmitABx(Opcode op, int a, int bx) { fb_.EmitABx(op, a, bx); }
  int EmitJump(Opcode op, int a = 0);
  void PatchHere(int jump_pc);
  void PatchHere(const std::vector<int>& jumps);
  void PatchTo(int jump_pc, int target);
  void EmitLoop(int target);
  void EmitMove(int dest, int src) {
    if (dest != src) Emit(Opcode::kMove, dest, src, 0);
  }
  void LoadInt(int dest, int64_t value);
  void LoadDouble(int dest, double value);
  void LoadString(int dest, const std::string& value);
  int Constant(int index);  // Reports a full pool; returns a usable index.
  void EmitGetProp(int dest, int object, const std::string& name);
  void EmitSetProp(int object, int value, const std::string& name);
  void EmitInvoke(int base, int argc, const std::string& name, int arg_desc);
  void EmitCallStatic(int base, int argc, int function, int arg_desc);
  void EmitCallClosure(int base, int argc, int arg_desc);
  int Name(const std::string& name);
  bool Reachable() const;
  void Error(uint32_t pos, const std::string& message);

  // --- Registers ---
  int AllocReg();
  void FreeTo(int mark);
  void DeclareVarReg(LocalVar* v, int reg);
  int ThisReg(int scratch);  // R[0] in methods; else loads the captured `this` into scratch.
  int CallBase(int dest) { return dest == free_reg_ - 1 && !is_var_[dest] ? dest : AllocReg(); }

  // --- Function bodies (codegen.cc) ---
  void Prologue(FunctionNode* node, FunctionDesc* desc);
  void CompileBody(FunctionNode* node, const TypeNode* return_type);
  void CompileConstructorBody(FunctionElement* f);
  void CompileRedirectingFactory(FunctionElement* f);
  void EmitImplicitReturn();
  FunctionDesc Finish();
  // Checks a call's arguments against the parameters of [node] (Dart's static arity errors).
  void CheckArgsOf(const FunctionNode* node, const Arguments& args, uint32_t pos,
                   int extra_positional = 0, const std::vector<std::string>& extra_named = {});
  void CheckArgs(const FunctionElement* callee, const Arguments& args, uint32_t pos,
                 int extra_positional = 0, const std::vector<std::string>& extra_named = {});

  // --- Async functions and generators (codegen_async.cc) ---
  // Calls dart:async's top-level [name] with [args]; the result goes to [dest] unless -1.
  bool CallAsyncHelper(const char* name, std::initializer_list<int> args, int dest);
  // Emits a suspension point; [hand_off] emits the code that gives the state (in the register
  // it gets) to the library and returns. Returns the register holding the resumed value.
  int EmitSuspend(const std::function<void(int state)>& hand_off);
  void AsyncPrologue(FunctionNode* node);  // Sets up the body's future, stream or iterator.
  void AsyncEpilogue();                    // The handler that catches what escapes the body.
  void EmitReturnValue(int reg);           // `return R[reg]` (-1: null) for this kind of body.
  void EmitAwait(int value, int dest);
  void Await_(Await* e, int dest);
  void Yield_(Yield* s);
  void EmitSyncYield(int value);
  void AsyncStarYieldTail(int cancelled);
  void AwaitForLoop(ForIn* s, std::vector<std::string> labels);

  // --- Statements (codegen_stmt.cc) ---
  void Stmt_(Stmt* s);
  void Block_(const std::vector<Stmt*>& statements);
  void ScopedStmt(Stmt* s);
  void VarDecl_(VarDeclStmt* decl);
  void If_(If* s);
  void While_(While* s, std::vector<std::string> labels);
  void DoWhile_(DoWhile* s, std::vector<std::string> labels);
  void For_(For* s, std::vector<std::string> labels);
  void ForIn_(ForIn* s, std::vector<std::string> labels);
  // [body] compiles the loop body; [body_stmt] / [body_element] is that body for the
  // constant scan (one of them null).
  void ForLoop(VarDeclStmt* init, const std::vector<Expr*>& init_exprs, Expr* condition,
               const std::vector<Expr*>& updates, const std::function<void()>& body,
               Stmt* body_stmt, Expr* body_element, std::vector<std::string> labels);
  void ForInLoop(VarDeclStmt* loop_var, Expr* loop_target, Expr* iterable, uint32_t pos,
                 const std::function<void()>& body, Stmt* body_stmt, Expr* body_element,
                 std::vector<std::string> labels);
  // Loads the numeric literal operands of a loop into hidden registers before it starts
  // (codegen_loops.cc); returns their keys for DropHoisted at the loop's end.
  std::vector<std::string> HoistLoopConstants(std::initializer_list<Expr*> exprs,
                                              std::initializer_list<Stmt*> stmts);
  void DropHoisted(const std::vector<std::string>& keys);
  int HoistedReg(const Expr* e) const;
  void Switch_(Switch* s, std::vector<std::string> labels);
  void Break_(Break* s);
  void Continue_(Continue* s);
  void Return_(Return* s);
  void Try_(Try* s);
  void Assert_(Expr* condition, Expr* message, uint32_t pos, uint32_t condition_start,
               uint32_t condition_end);
  void Labeled_(Labeled* s);
  void LocalFunction_(LocalFunction* s);
  // Runs the finally blocks between here and targets_[target_index] (all when -1).
  void InlineFinallies(size_t target_depth);
  void CloseRegion(const Region& region, int end, int handler, int exception_reg, int stack_reg,
                   std::vector<HandlerDesc>* out);
  void JumpToContinue(Target* t);

  // --- Expressions (codegen_expr.cc) ---
  void ExprTo(Expr* e, int dest);
  // ExprTo with a context type: int literals in a double context become doubles, and
  // untyped collection literals take their element types from List<T>/Set<T>/Map<K, V>.
  void ExprToTyped(Expr* e, int dest, const TypeNode* context);
  bool IsDynamicExpr(Expr* e) const;
  // A TypeError-checking Cast of [reg] to [declared] when [value]'s static type is dynamic
  // (Dart's implicit downcast); nothing for dynamic, Object?, void or type parameters.
  void ImplicitCast(Expr* value, int reg, const TypeNode* declared);
  std::vector<std::string> TypeParamsInScope() const;
  // The type an instance member's parameter has in every declaration named [name] when
  // they all agree that it is double, else null (untyped calls cannot know their target).
  const TypeNode* InvokeParamType(const std::string& name, int positional,
                                  const std::string* named);
  int ExprAny(Expr* e);
  void ExprEffect(Expr* e);
  int InPlaceReg(Expr* e);
  void ExprImpl(Expr* e, int dest);
  void CondJump(Expr* e, bool jump_if, std::vector<int>* jumps);
  void Identifier_(Identifier* id, int dest);
  void ReadVar(LocalVar* v, int dest, uint32_t pos);
  void LazyLateInit(LocalVar* v);
  void Binary_(Binary* e, int dest);
  void Unary_(Unary* e, int dest);
  void StringInterpolation_(StringInterpolation* e, int dest);
  void ListLiteral_(ListLiteral* e, int dest, const TypeNode* element_context);
  void SetOrMapLiteral_(SetOrMapLiteral* e, int dest, const TypeNode* context);
  // Items alternate between [even] and [odd] contexts (keys and values of a map).
  void BuildList(const std::vector<Expr*>& items, int dest, const TypeNode* even,
                 const TypeNode* odd, uint32_t pos);
  void CollectionElement(Expr* e, int collection, bool is_map, const TypeNode* key_context,
                         const TypeNode* value_context);
  void FunctionExpr_(FunctionNode* node, int dest);
  void LoadType(int dest, int type_index);
  // Reified type parameters (Resolver::TypeUse). The register holding the type-argument vector
  // [env] (its own when it is a plain parameter of this function, else [scratch] loaded).
  int TypeArgsReg(LocalVar* env, int scratch);
  // Loads the vector of the type-argument list recorded for [node] into [dest]; false (and
  // nothing emitted) when [node] has none.
  bool LoadTypeArgsOf(const void* node, int dest);
  // Emits the test `R[value] is T` for the type recorded at [type_node], into [dest].
  void EmitIs(const TypeNode* type_node, int dest, int value);
  // --- Records (codegen_record.cc) ---
  void RecordLiteral_(RecordLiteral* e, int dest);
  // EmitIs for a record type: the shape, then each field's type.
  void EmitRecordIs(const TypeNode* type, int dest, int value, bool check_fields = true);
  // --- Patterns (codegen_pattern.cc) ---
  // Emits the test of [p] against R[value]: falls through on a match, with the pattern's
  // variables bound, and adds the jumps taken on a mismatch to [fail].
  void MatchPattern(Pattern* p, int value, std::vector<int>* fail);
  void ConstantTo(Expr* expr, int dest);
  void MatchRecordPattern(Pattern* p, int value, std::vector<int>* fail);
  void MatchListPattern(Pattern* p, int value, std::vector<int>* fail);
  void PatternTypeTest(const TypeNode* type, int value, std::vector<int>* fail);
  // `R[value] is <dart:core class_name>`, printed as [type_name] in errors.
  void ClassTest(const char* class_name, const std::string& type_name, int value,
                 std::vector<int>* fail);
  // Registers for the variables recorded under [key] (Resolver::PatternVarsOf), and their
  // boxes once bound.
  void DeclarePatternVars(const void* key);
  void BoxPatternVars(const void* key);
  // Calls the dart:core helper [name] with R[arg] (none when -1), which throws.
  void CallCoreHelper(const char* name, int arg);
  // The failure of an irrefutable pattern: StateError('Pattern matching error').
  void FailIrrefutable(std::vector<int>* fail, int value);
  void PatternVarDecl_(PatternVarDecl* s);
  void PatternAssign_(PatternAssign* e, int dest);
  void IfCase_(If* s);
  void SwitchExpr_(SwitchExpr* e, int dest);
  // The slot of the `_typeArguments` field instances of [cls] keep their type arguments in, or
  // -1 (vm/runtime_types.h).
  int TypeArgsSlot(const ClassElement* cls) const;
  bool IsConstContextObject(Expr* e) const;
  bool CanTargetVar(Expr* e) const;
  static bool IsChainKind(const Expr* e);
  static bool ChainHasNullAware(const Expr* e);
  void ChainTo(Expr* e, int dest);  // Like ExprImpl, keeping the current null-short list.
  int ReceiverReg(Expr* receiver, int scratch);
  void NullShortJump(int reg);

  // --- Calls, properties, assignments (codegen_call.cc) ---
  struct ArgsInfo {
    int count = 0;
    int arg_desc = 0;
  };
  // [type_args_node]: the node whose recorded type-argument list (Resolver::TypeUse) goes to
  // the callee as the hidden last named argument, kTypeArgumentsParam.
  ArgsInfo CompileArgs(const Arguments& args, int base, const FunctionElement* callee,
                       const std::string* invoke_name = nullptr,
                       const void* type_args_node = nullptr);
  void Invocation_(Invocation* e, int dest);
  void FunctionCall_(FunctionCall* e, int dest);
  void StaticCall(const FunctionElement* f, const Arguments& args, int dest, uint32_t pos,
                  bool has_receiver_reg = false, const void* type_args_node = nullptr);
  void ConstructorCall_(const Binding& b, const Arguments& args, Expr* node, bool is_const,
                        int dest, uint32_t pos);
  void PropertyGet_(PropertyGet* e, int dest);
  void Index_(Index* e, int dest);
  void Cascade_(Cascade* e, int dest);
  void StaticGet(const Binding& b, int dest, uint32_t pos, const std::string& name);

  // --- Mixins and extensions (codegen_call.cc) ---
  // Runs the field initializers of the mixin applications from [from] up to (not including)
  // [until] on the object in [object] (a mixin application has no constructors of its own).
  void EmitMixinInits(const ClassElement* from, const ClassElement* until, int object);
  // Extension methods. Dart resolves `x.m()` statically: an instance member of x's static type
  // wins, else the most specific applicable extension in scope. Without static types, the
  // call site is compiled as a test: when some extension in scope declares `m` and the
  // receiver is not `dynamic`, the code asks whether the receiver's class has its own `m`
  // (dart:core's native _hasInstanceMember, skipped when no class declares `m` at all), and
  // if not tries each extension in order by `is T` on its `on` type, calling the member
  // directly (CallStatic, with the receiver in R[0] as for a method). Ordinary calls, whose
  // names no extension in scope declares, compile to a plain Invoke/GetProp as before.
  using ExtensionList = std::vector<std::pair<ClassElement*, const InstanceMember*>>;
  ExtensionList ExtensionsFor(Expr* receiver, const std::string& name, bool setter);
  // [normal] emits the instance access; [ext] the call of an extension member (receiver in
  // [receiver]).
  void ExtensionDispatch(int receiver, const std::string& name, bool setter,
                         const ExtensionList& candidates, const std::function<void()>& normal,
                         const std::function<void(const FunctionElement*)>& ext);
  // The receiver of an extension member: `this` inside the extension, x of `E(x).m`.
  void ExtensionReceiverTo(Expr* receiver, int dest);
  void ExtensionMemberGet(const Binding& b, Expr* receiver, int dest, uint32_t pos);
  // A tear-off of extension method [f] bound to R[receiver], into [dest].
  void ExtensionTearOff(const FunctionElement* f, int receiver, int dest);

  struct LValue {
    enum Kind {
      kLocal,
      kBox,
      kCaptureBox,
      kGlobal,
      kAccessor,
      kProp,
      kIndex,
      kSuperField,
      kSuperAccessor,
      kSuperIndex,
      kExtAccessor,  // An extension's getter and setter on `object`.
      kNone
    };
    Kind kind = kNone;
    LocalVar* var = nullptr;
    int reg = -1;      // kLocal / kBox: the variable's register.
    int capture = -1;  // kCaptureBox.
    int object = -1;   // kProp, kIndex, kSuperField...: the receiver register.
    int index = -1;    // kIndex: the index register.
    int global = -1;
    int slot = -1;
    std::string name;
    const FunctionElement* getter = nullptr;
    const FunctionElement* setter = nullptr;
    const TypeNode* type = nullptr;  // Declared type, for literal contexts.
    bool exact_type = false;         // [type] is the target's own (implicit casts apply).
    bool late_final = false;         // Assigning needs CheckUninit first.
    Expr* receiver_expr = nullptr;   // kProp: the receiver (for extension setters).
    uint32_t pos = 0;
  };
  LValue PrepareLValue(Expr* target);
  void LoadLValue(const LValue& lv, int dest);
  void StoreLValue(const LValue& lv, int value);
  void Assign_(Assign* e, int dest);
  void Update_(Update* e, int dest);
  static Opcode BinaryOpcode(const std::string& op);
  // Emits dest = left (op) right where right is an expression (AddInt when it can).
  void EmitBinaryWith(Opcode op, int dest, int left, Expr* right, uint32_t pos);

  CodeGen* cg_;
  Resolver* r_;
  FunctionBuilder fb_;
  FunctionScope* scope_;
  const SourceFile* file_;
  LibraryElement* library_;
  ClassElement* cls_;
  FunctionDesc::Kind kind_ = FunctionDesc::kTopLevel;
  bool is_generative_ctor_ = false;
  const TypeNode* return_type_ = nullptr;
  AsyncKind async_kind_ = AsyncKind::kSync;
  int async_reg_ = -1;    // The future (async), controller (async*) or iterator (sync*).
  int awaited_reg_ = -1;  // async: true once the body has suspended.
  int body_start_pc_ = 0;
  const FunctionElement* function_ = nullptr;
  int free_reg_ = 1;
  int max_reg_ = 1;
  bool is_var_[kMaxRegisters] = {};
  bool registers_exhausted_ = false;
  int last_target_pc_ = -1;
  bool const_context_ = false;
  bool irrefutable_ = false;   // Matching the pattern of a declaration or assignment.
  Expr* const_top_ = nullptr;  // The const expression an initializer builds (not loads).
  std::vector<std::pair<int, int>>* null_short_ = nullptr;  // (jump pc, tested register)
  std::vector<int> cascade_regs_;
  std::vector<Target> targets_;
  std::vector<Region> regions_;
  std::vector<Finally> finally_;
  std::vector<CatchRegs> catches_;
  std::unordered_map<std::string, int> hoisted_;  // ConstantKey -> register
  uint32_t last_pos_ = UINT32_MAX;
};

}  // namespace islet

#endif  // ISLET_COMPILER_CODEGEN_H_
