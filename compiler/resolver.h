// The resolver: what every name in the program refers to. It declares the elements of all
// libraries (classes, functions, globals, fields; each with its Module index reserved), links
// class hierarchies and library scopes, then walks every body with block scopes to bind each
// name use to a Binding, find the variables closures capture and decide which need a Box.
// Reports Dart's compile errors for names (undefined, duplicate, final assignment...).
// Does not emit code (codegen*.cc), but codegen reads only these results, never the raw names.
// Invariant: after Resolve(), every Identifier, name-call Invocation, This, Super-based access,
// ConstructorCall, declared variable and TypeNode met in a body has an entry (possibly kNone
// after an error was reported).

#ifndef ISLET_COMPILER_RESOLVER_H_
#define ISLET_COMPILER_RESOLVER_H_

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "vm/bytecode/module.h"

namespace islet {

class Diagnostics;
class ModuleBuilder;
class SourceFile;

struct ClassElement;
struct FunctionScope;
struct GlobalElement;
struct LibraryElement;
struct FunctionElement;
struct FieldElement;
struct LocalVar;

// What a name means at one place, or what a scope maps a name to.
struct Binding {
  enum Kind : uint8_t {
    kNone,         // Unresolved (an error was reported) or absent.
    kLocal,        // A local variable or parameter: var.
    kThisMember,   // An instance member reached through implicit `this`: var is `this`.
    kSuperMember,  // super.name: function (method/getter), setter, or field of a superclass.
    kGlobal,       // A top-level variable or static field.
    kFunction,     // A top-level function or static method.
    kAccessor,     // A top-level or static getter and/or setter.
    kClass,        // A class or enum (a type, a constructor target, a static scope).
    kConstructor,  // A constructor of cls (function; a factory when function->is_factory).
    kTypeParam,    // A type parameter (erased to dynamic).
    kTypedef,      // A type alias.
    kPrefix,       // An import prefix.
    kBuiltinType,  // dynamic, void, Never used as a value.
    // Tier 2: an instance member of an extension reached without a receiver inside the
    // extension (var is `this`), or through an explicit override `E(x).m` (function is the
    // method or getter, setter the setter; cls the extension).
    kExtensionMember,
    kExtensionOverride,  // `E(x)` itself: cls is the extension.
  };
  Kind kind = kNone;
  LocalVar* var = nullptr;
  ClassElement* cls = nullptr;
  FunctionElement* function = nullptr;
  FunctionElement* setter = nullptr;
  GlobalElement* global = nullptr;
  FieldElement* field = nullptr;
  LibraryElement* prefix = nullptr;  // kPrefix: the library (one prefix, one library).
  TypedefDecl* type_alias = nullptr;
  LibraryElement* alias_library = nullptr;
  std::string name;  // kThisMember, kBuiltinType: the name.
};

// A declared function: top-level, static, method, getter, setter, operator, constructor.
struct FunctionElement {
  int index = -1;    // Module function index.
  std::string name;  // As declared ("foo", "+", "named"; "" for an unnamed constructor).
  FunctionDesc::Kind kind = FunctionDesc::kTopLevel;
  LibraryElement* library = nullptr;
  const SourceFile* file = nullptr;
  ClassElement* owner = nullptr;
  Decl* decl = nullptr;          // FunctionDecl, MethodDecl, ConstructorDecl; null if implicit.
  FunctionNode* node = nullptr;  // Null for an implicit constructor.
  bool is_getter = false;
  bool is_setter = false;
  bool is_static = false;
  bool is_abstract = false;
  bool is_external = false;
  bool is_factory = false;
  bool is_const = false;              // Const constructor.
  bool is_late_field_getter = false;  // Synthesized accessor of a `late` field with initializer.
  bool is_late_field_setter = false;
  FieldElement* late_field = nullptr;
  // A mixin application's constructor-time part: runs the initializers of the fields the
  // mixin brought (the application class has no constructors of its own).
  bool is_mixin_init = false;
  // Members copied from a mixin into an application class print as "M.name" in stack traces.
  std::string display_owner;
  FunctionScope* scope = nullptr;  // Set by the resolver for functions with code.
};

// An instance field.
struct FieldElement {
  std::string name;
  int slot = -1;
  bool is_final = false;
  bool is_late = false;
  bool is_double = false;          // Declared double: int literals assigned to it become doubles.
  const TypeNode* type = nullptr;  // As declared (null when untyped).
  ClassElement* owner = nullptr;
  FieldDecl* decl = nullptr;
  VarDecl* var = nullptr;
  const SourceFile* file = nullptr;
  // A late field with an initializer is stored under a hidden name and read through a
  // synthesized getter that runs the initializer on first use.
  FunctionElement* late_getter = nullptr;
  FunctionElement* late_setter = nullptr;
};

// A top-level variable, static field or enum constant (a Module global).
struct GlobalElement {
  int index = -1;
  std::string name;
  LibraryElement* library = nullptr;
  ClassElement* owner = nullptr;
  const SourceFile* file = nullptr;
  uint32_t pos = 0;
  Expr* initializer = nullptr;
  bool is_final = false;
  bool is_const = false;
  bool is_late = false;
  bool is_double = false;
  const TypeNode* type = nullptr;  // As declared (null when untyped).
  int initializer_function = -1;
  FunctionScope* scope = nullptr;  // The initializer's scope.
  // Enum constants: their index and the enum (the initializer is synthesized).
  int enum_index = -1;
  bool is_enum_values = false;
};

// The instance members one class declares under one name.
struct InstanceMember {
  FunctionElement* method = nullptr;
  FunctionElement* getter = nullptr;
  FunctionElement* setter = nullptr;
  FieldElement* field = nullptr;
};

struct ClassElement {
  int index = -1;
  std::string name;
  LibraryElement* library = nullptr;
  const SourceFile* file = nullptr;
  ClassDecl* decl = nullptr;
  EnumDecl* enum_decl = nullptr;
  uint32_t pos = 0;
  ClassElement* superclass = nullptr;
  std::vector<ClassElement*> interfaces;
  std::vector<std::string> type_params;
  bool is_abstract = false;
  bool is_enum = false;
  // Tier 2. A mixin is a class that is never instantiated (unless a `mixin class`); mixing it
  // into a superclass S makes an application class whose superclass is S and whose members
  // are copies of the mixin's (their bodies are resolved and compiled again for each
  // application, see Resolver::context()). An extension is a class that only holds members.
  MixinDecl* mixin_decl = nullptr;
  ExtensionDecl* extension_decl = nullptr;
  bool is_mixin = false;        // `mixin M` or `mixin class M`.
  bool is_mixin_class = false;  // `mixin class M`: may also be instantiated and extended.
  bool is_extension = false;
  bool is_application = false;
  ClassElement* mixin = nullptr;     // Applications: the mixin applied.
  ClassElement* on_class = nullptr;  // Extensions: the class of the `on` type (null: any).
  const TypeNode* super_type = nullptr;
  std::vector<TypeNode*> mixin_types;
  std::vector<TypeNode*> interface_types;
  std::vector<TypeNode*> on_types;  // Mixins: `on` types; extensions: the one `on` type.
  FunctionElement* mixin_init = nullptr;
  std::vector<FieldElement*> fields;  // Own instance fields in slot order.
  std::map<std::string, InstanceMember> members;
  std::map<std::string, Binding> statics;                // Static members and enum constants.
  std::map<std::string, FunctionElement*> constructors;  // "" is the unnamed one.
  std::vector<GlobalElement*> enum_constants;
  int num_slots = 0;
  int link_state = 0;  // 0 unlinked, 1 linking (cycle check), 2 linked.
};

struct LibraryElement {
  int index = -1;
  std::string uri;
  bool is_dart = false;
  std::vector<std::pair<const SourceFile*, CompilationUnit*>> units;
  std::map<std::string, Binding> scope;                   // Own top-level declarations.
  std::map<std::string, Binding> imported;                // Public names of imported libraries.
  std::map<std::string, Binding> exported;                // The export namespace.
  std::map<std::string, std::vector<Binding>> ambiguous;  // Names imported twice, differently.
  // Extensions in scope (own, then imported ones, prefixed imports included as in Dart).
  std::vector<ClassElement*> extensions;
};

// A local variable or parameter, including the hidden `this` of a method and a local
// function's name for itself.
struct LocalVar {
  std::string name;
  uint32_t pos = 0;
  FunctionScope* owner = nullptr;
  bool is_final = false;
  bool is_const = false;
  bool is_late = false;
  bool is_param = false;
  bool is_this = false;
  bool is_self = false;  // Reg 0 of a local function: the closure itself.
  bool is_local_function = false;
  FunctionNode* function = nullptr;  // Local functions (and their self variable): for arity.
  bool is_double = false;            // Declared double.
  const TypeNode* type = nullptr;    // As declared (null for var/final without a type).
  bool is_dynamic = false;           // Its static type is dynamic (set by codegen at declaration).
  bool has_initializer = false;
  Expr* initializer = nullptr;  // Const locals (inlined) and lazy late locals.
  bool captured = false;        // Used by a closure other than its owner.
  bool assigned = false;        // Assigned anywhere besides its initializer.
  bool nested_write = false;    // Assigned inside a larger expression.
  bool read_in_closure = false;
  int reg = -1;  // Set by the code generator at the declaration.

  bool boxed() const { return captured && assigned; }
  // A late local whose initializer runs on first read (not captured: reads are all in the
  // owner's code, where the initializer is compiled at each read).
  bool lazy_late() const { return is_late && initializer != nullptr && !captured; }
};

// One function body as the resolver sees it: a declaration's body, a closure, or the
// expression of an initializer.
struct FunctionScope {
  FunctionScope* parent = nullptr;  // The enclosing function for closures.
  FunctionNode* node = nullptr;
  std::string name;                 // As printed in stack traces.
  LocalVar* this_var = nullptr;     // Methods, constructors, and closures inside them.
  std::vector<LocalVar*> params;    // In register order (R[1]...).
  std::vector<LocalVar*> captures;  // Closures: captured variables in capture index order.
  bool is_closure = false;
  bool returns_value = false;  // Some `return expr;` in the body (not in nested functions).
  // Reified type parameters (module.h, kTypeArgumentsParam): the function's own, or for a
  // factory its class's. [type_args] is the hidden parameter holding their vector, created when
  // the body (or a closure in it) uses one at run time; it is then the last of [params].
  std::vector<std::string> reified_params;
  LocalVar* type_args = nullptr;

  int CaptureIndex(const LocalVar* var) const {
    for (size_t i = 0; i < captures.size(); i++) {
      if (captures[i] == var) return static_cast<int>(i);
    }
    return -1;
  }
};

// The library-level inputs of a compilation.
struct LibraryInput {
  std::string uri;
  std::vector<std::pair<const SourceFile*, CompilationUnit*>> units;
};

class Resolver {
 public:
  Resolver(ModuleBuilder* builder, Diagnostics* diagnostics);
  ~Resolver();

  // Declares and resolves everything; errors go to diagnostics.
  void Resolve(const std::vector<LibraryInput>& libraries);

  // --- Results, read by the code generator ---
  const std::vector<LibraryElement*>& libraries() const { return libraries_; }
  const std::vector<ClassElement*>& classes() const { return classes_; }
  const std::vector<FunctionElement*>& functions() const { return functions_; }
  const std::vector<GlobalElement*>& globals() const { return globals_; }

  // What the name used at [node] refers to (Identifier, Invocation, PropertyGet, This, Super
  // receiver accesses, ConstructorCall, Assign/Update targets).
  const Binding& BindingOf(const void* node) const;
  // The variable declared by a VarDecl*, Param*, a CatchClause's &exception_name /
  // &stack_name, or a FunctionDecl* (local function).
  LocalVar* VarOf(const void* declaration) const;
  FunctionScope* ScopeOf(const FunctionNode* node) const;
  // The variables a pattern binds, in declaration order, keyed by what holds the pattern: a
  // PatternVarDecl, an If (if-case), a SwitchCase, a SwitchExprCase or a PatternAssign. Each
  // variable pattern's own variable is VarOf(pattern).
  const std::vector<LocalVar*>& PatternVarsOf(const void* key) const;
  // Interned type index of an annotation met in a body (is/as/catch/literal), -1 if none.
  int TypeOf(const TypeNode* type) const;
  // A type or type-argument list of a body that mentions reified type parameters: its type
  // index (a kTypeArguments for lists) and the hidden variable holding the vector to
  // instantiate it with. For a TypeNode (is, as, type literal), an Identifier naming a type
  // parameter, and the type arguments of an Invocation, FunctionCall, ConstructorCall,
  // ListLiteral or SetOrMapLiteral (those are recorded whether or not they mention one).
  struct TypeUse {
    int type = -1;
    LocalVar* env = nullptr;    // Null: the type needs no vector.
    bool forwards_env = false;  // A type-argument list that is exactly env's own vector.
  };
  TypeUse TypeUseOf(const void* node) const;
  // Resolves a type in a class context (used for synthesized checks); reports nothing.
  int InternTypeIn(const TypeNode* type, LibraryElement* library, ClassElement* cls,
                   const std::vector<std::string>& type_params);

  // dart:core elements the generated code relies on (null when absent).
  ClassElement* CoreClass(const std::string& name) const;
  FunctionElement* CoreFunction(const std::string& name) const;
  // A top-level function of dart:async (the helpers async code compiles to calls of).
  FunctionElement* AsyncFunction(const std::string& name) const;
  LibraryElement* core() const { return core_; }
  ClassElement* object_class() const { return object_; }

  // Instance member lookup along superclasses, then interfaces. [concrete_only] skips abstract
  // members and interfaces (for super calls).
  const InstanceMember* LookupInstance(ClassElement* cls, const std::string& name,
                                       bool concrete_only) const;
  // Library scope lookup: own declarations, then imports.
  Binding LookupLibrary(LibraryElement* library, const std::string& name) const;
  // The class element declaring the static [name] of [cls] (statics are not inherited).
  Binding LookupStatic(ClassElement* cls, const std::string& name) const;

  // Builds the TypeDesc for [type] in a scope given by [library] and type parameters
  // ([type_params]); reports an error for an unknown name when [report] is true.
  TypeDesc MakeType(const TypeNode* type, LibraryElement* library,
                    const std::vector<std::string>& type_params, const SourceFile* file,
                    bool report);

  bool IsDoubleType(const TypeNode* type) const;
  // Every instance method or setter of the program named [name] (for argument contexts).
  const std::vector<FunctionElement*>& MembersNamed(const std::string& name);
  // Declared types of every instance field named [name].
  const std::vector<FieldElement*>& FieldsNamed(const std::string& name);

  Diagnostics* diagnostics() const { return diagnostics_; }
  ModuleBuilder* builder() const { return builder_; }

  // The bodies of mixin members are resolved once for the mixin and once more for each
  // application class, whose super calls and fields differ. Results of the later passes are
  // kept apart by the application class: the code generator sets the context to the owner of
  // what it compiles, and BindingOf/VarOf/ScopeOf answer for that context.
  const void* context() const { return context_; }
  void set_context(const void* context) { context_ = context; }
  // The context under which [f] (or a field initializer of [cls]) is resolved and compiled.
  static const void* ContextOf(const ClassElement* cls) {
    return cls != nullptr && cls->is_application ? cls : nullptr;
  }

  // Extension members named [name] of kind [kind] (0 method or getter, 1 setter) in scope in
  // [library], most specific `on` type first.
  std::vector<std::pair<ClassElement*, const InstanceMember*>> ExtensionCandidates(
      LibraryElement* library, const std::string& name) const;
  // True when some class of the program declares an instance member [name].
  bool AnyClassHasMember(const std::string& name);

 private:
  friend class BodyResolver;

  // Phase 1: elements and scopes.
  void DeclareLibrary(LibraryElement* library);
  void DeclareClass(LibraryElement* library, const SourceFile* file, ClassDecl* decl);
  void DeclareEnum(LibraryElement* library, const SourceFile* file, EnumDecl* decl);
  void DeclareMixin(LibraryElement* library, const SourceFile* file, MixinDecl* decl);
  void DeclareExtension(LibraryElement* library, const SourceFile* file, ExtensionDecl* decl);
  ClassElement* NewClass(const std::string& name, LibraryElement* library, const SourceFile* file,
                         uint32_t pos);
  void DeclareClassMembers(ClassElement* cls, const std::vector<Decl*>& members);
  // The class mixing [mixin] into [super] (for [user], which names it in errors).
  ClassElement* ApplyMixin(ClassElement* user, ClassElement* super, ClassElement* mixin,
                           ClassElement* target, const TypeNode* mixin_type);
  bool IsSubtypeOf(ClassElement* cls, ClassElement* of) const;
  void DeclareInScope(std::map<std::string, Binding>* scope, const std::string& name,
                      const Binding& binding, const SourceFile* file, uint32_t pos);
  FunctionElement* NewFunction(const std::string& name, FunctionDesc::Kind kind,
                               LibraryElement* library, const SourceFile* file);
  GlobalElement* NewGlobal(const std::string& name, LibraryElement* library, const SourceFile* file,
                           uint32_t pos);
  void ComputeExports();
  void ResolveImports(LibraryElement* library);
  LibraryElement* FindLibrary(const std::string& uri) const;
  // Phase 2: class hierarchies and field slots.
  void LinkClass(ClassElement* cls);
  void CheckFinalFields();
  ClassElement* ResolveClassType(const TypeNode* type, LibraryElement* library,
                                 const SourceFile* file, const char* what);
  // Phase 3: bodies.
  void ResolveBodies();

  void Error(const SourceFile* file, uint32_t pos, const std::string& message);

  ModuleBuilder* builder_;
  Diagnostics* diagnostics_;
  std::vector<LibraryElement*> libraries_;
  std::vector<ClassElement*> classes_;
  std::vector<FunctionElement*> functions_;
  std::vector<GlobalElement*> globals_;
  LibraryElement* core_ = nullptr;
  ClassElement* object_ = nullptr;

  // Owners of everything above and of body-level objects.
  std::deque<LibraryElement> library_store_;
  std::deque<ClassElement> class_store_;
  std::deque<FunctionElement> function_store_;
  std::deque<GlobalElement> global_store_;
  std::deque<FieldElement> field_store_;
  std::deque<LocalVar> var_store_;
  std::deque<FunctionScope> scope_store_;

  struct KeyHash {
    size_t operator()(const std::pair<const void*, const void*>& k) const {
      return std::hash<const void*>()(k.first) * 31 + std::hash<const void*>()(k.second);
    }
  };
  using Key = std::pair<const void*, const void*>;  // (node, context)
  Key K(const void* node) const { return {node, context_}; }
  const void* context_ = nullptr;
  bool quiet_ = false;  // Resolving a mixin copy: its errors were reported for the mixin.
  std::unordered_map<Key, Binding, KeyHash> bindings_;
  std::unordered_map<Key, LocalVar*, KeyHash> vars_;
  std::unordered_map<Key, FunctionScope*, KeyHash> scopes_;
  std::unordered_map<Key, std::vector<LocalVar*>, KeyHash> pattern_vars_;
  std::set<std::string> all_member_names_;
  std::unordered_map<const TypeNode*, int> types_;
  std::unordered_map<Key, TypeUse, KeyHash> type_uses_;
  std::deque<TypeNode> synthetic_types_;  // Type parameters named by Identifiers.
  // While set, MakeType turns type parameters into kTypeParameter: those in reified_params_
  // with their index, the others erased (-1). Otherwise they are dynamic.
  bool mark_type_params_ = false;
  const std::vector<std::string>* reified_params_ = nullptr;
  std::unordered_map<std::string, std::vector<FunctionElement*>> members_by_name_;
  std::unordered_map<std::string, std::vector<FieldElement*>> fields_by_name_;
  bool member_index_built_ = false;
  void BuildMemberIndex();
};

// Dart's name for an operator method's selector: "unary-" stays, others are their spelling.
bool IsOperatorName(const std::string& name);

}  // namespace islet

#endif  // ISLET_COMPILER_RESOLVER_H_
