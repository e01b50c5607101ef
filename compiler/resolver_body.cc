// The body half of the resolver: walks every function body, initializer and default value with
// block scopes, binds each name use (locals first, then the class, the library, imports, and
// inherited members through `this`), records which variables closures capture (through every
// intermediate closure) and which are assigned, and reports Dart's name errors.
// Does not decide registers or emit code (codegen*.cc).

#include <algorithm>
#include <set>

#include "compiler/diagnostics.h"
#include "compiler/module_builder.h"
#include "compiler/resolver.h"
#include "compiler/source.h"

namespace islet {

class BodyResolver {
 public:
  BodyResolver(Resolver* r, LibraryElement* library, const SourceFile* file, ClassElement* cls)
      : r_(r), library_(library), file_(file), cls_(cls) {}

  void ResolveFunctionElement(FunctionElement* f);
  void ResolveGlobal(GlobalElement* g);
  void ResolveFieldInitializer(FieldElement* field);

 private:
  struct Scope {
    std::map<std::string, LocalVar*> vars;
    std::set<std::string> pending;  // Declared later in this block.
    std::vector<std::string> type_params;
    // The function whose reified type parameters [type_params] are (null: erased ones).
    FunctionScope* generic_owner = nullptr;
  };

  void Error(uint32_t pos, const std::string& message) {
    reported_ = true;
    r_->Error(file_, pos, message);
  }

  FunctionScope* NewScope(FunctionScope* parent, FunctionNode* node, const std::string& name) {
    r_->scope_store_.emplace_back();
    FunctionScope* s = &r_->scope_store_.back();
    s->parent = parent;
    s->node = node;
    s->name = name;
    if (node != nullptr) r_->scopes_[r_->K(node)] = s;
    return s;
  }
  LocalVar* NewVar(const std::string& name, uint32_t pos) {
    r_->var_store_.emplace_back();
    LocalVar* v = &r_->var_store_.back();
    v->name = name;
    v->pos = pos;
    v->owner = fn_;
    return v;
  }
  void Declare(LocalVar* v, const void* key) {
    Scope& scope = scopes_.back();
    scope.pending.erase(v->name);
    if (scope.vars.count(v->name) > 0) {
      Error(v->pos, "'" + v->name + "' is already declared in this scope.");
    }
    scope.vars[v->name] = v;
    if (key != nullptr) r_->vars_[r_->K(key)] = v;
  }
  void Bind(const void* node, const Binding& b) { r_->bindings_[r_->K(node)] = b; }

  // Marks [v] as used by the current function, capturing it through every closure between.
  LocalVar* UseVar(LocalVar* v) {
    if (v->owner != fn_ && !v->is_const) {
      v->captured = true;
      for (FunctionScope* s = fn_; s != nullptr && s != v->owner; s = s->parent) {
        if (s->CaptureIndex(v) < 0) s->captures.push_back(v);
      }
    }
    return v;
  }
  // The `this` of the enclosing method, or null (after reporting) where there is none.
  LocalVar* UseThis(uint32_t pos, const std::string& what) {
    if (this_var_ == nullptr || !this_allowed_) {
      if (this_var_ != nullptr || in_field_initializer_) {
        Error(pos, what.empty()
                       ? "Can't access 'this' in a field initializer."
                       : "Can't access 'this' in a field initializer to read '" + what + "'.");
      } else {
        Error(pos, what.empty() ? "Expected identifier, but got 'this'."
                                : "Undefined name '" + what + "'.");
      }
      return nullptr;
    }
    return UseVar(this_var_);
  }

  // Name lookup. [pos] is for errors; [report_undefined] false lets the caller word it.
  Binding Lookup(const std::string& name, uint32_t pos);
  bool LookupLocal(const std::string& name, uint32_t pos, Binding* out);
  bool IsTypeParam(const std::string& name) const;
  std::vector<std::string> TypeParamsInScope() const;

  void ResolveRecordLiteral(RecordLiteral* e);
  // Patterns: resolves the expressions and types [p] mentions and declares the variables it
  // binds in the innermost scope. [group] maps names to the variables already declared by the
  // same group of alternatives (the two sides of `||`, the heads of one switch case), which
  // bind the same variables; the group's variables are recorded under [key] for codegen.
  void ResolvePattern(Pattern* p, std::map<std::string, LocalVar*>* group, const void* key);
  // Dart's rules for a named record field [name] of a record with [positional] fields.
  void CheckRecordFieldName(const std::string& name, uint32_t pos, size_t positional);
  void RecordFieldTypes(const TypeNode* type);
  void CheckType(const TypeNode* type) {
    if (type != nullptr) r_->MakeType(type, library_, TypeParamsInScope(), file_, true);
  }
  void RecordType(const TypeNode* type) {
    if (type == nullptr) return;
    FunctionScope* owner = ReifiedOwner({type});
    int index = InternReified(type, owner, true);
    r_->types_[type] = index;
    if (owner != nullptr)
      r_->type_uses_[r_->K(type)] = Resolver::TypeUse{index, UseTypeArgs(owner)};
  }

  // Reified type parameters (module.h, kTypeArgumentsParam).
  // The innermost function whose reified type parameters [types] mention, or null.
  FunctionScope* ReifiedOwner(const std::vector<const TypeNode*>& types) const;
  // Interns [type] with the type parameters of [owner] (null: none) reified.
  int InternReified(const TypeNode* type, FunctionScope* owner, bool report);
  // The hidden variable holding [owner]'s type-argument vector, used from here (so closures
  // capture it and [owner] declares it).
  LocalVar* UseTypeArgs(FunctionScope* owner);
  // Records the explicit type arguments [args] of a call or literal [node] (nothing when empty).
  void RecordTypeArgs(const void* node, const std::vector<TypeNode*>& args);
  // Whether a constructor call of [cls] with type arguments has a use for them: a factory gets
  // them as its own, a dart:core class that declares `_typeArguments` keeps them.
  bool TakesTypeArgs(const Binding& b) const;

  // Functions.
  void ResolveFunctionNode(FunctionNode* node, FunctionScope* scope, ConstructorDecl* ctor);
  void DeclareParams(FunctionNode* node, bool include_initializing);
  void CheckAsync(FunctionNode* node, uint32_t pos);

  // Statements.
  void ResolveBlock(const std::vector<Stmt*>& statements);
  void ResolveStmt(Stmt* s);
  void ResolveScopedStmt(Stmt* s);
  void DeclareVars(VarDeclStmt* decl);

  // Expressions.
  void ResolveExpr(Expr* e);
  void ResolveArgs(const Arguments& args);
  void ResolveIdentifier(Identifier* id);
  void ResolveInvocation(Invocation* inv);
  void ResolveInvocationTarget(Invocation* inv);
  void ResolvePropertyGet(PropertyGet* pg);
  void ResolveAssignTarget(Expr* target, bool is_read, bool statement_level, uint32_t pos);
  void ResolveConstructorCall(ConstructorCall* call);
  void ResolveFunctionExpr(FunctionNode* node, const std::string& name, LocalVar* self);
  bool ResolveStaticReceiver(Expr* receiver, ClassElement** cls, LibraryElement** prefix);
  Binding StaticMember(ClassElement* cls, const std::string& name, uint32_t pos, bool for_call);
  Binding SuperMember(const std::string& name, uint32_t pos, bool is_setter);
  bool HasSetter(ClassElement* cls, const std::string& name);
  // When [receiver] is an explicit extension application `E(x)`, binds [node] to E's member
  // [name] (reporting a missing one) and returns true.
  bool BindExtensionOverride(const void* node, Expr* receiver, const std::string& name,
                             uint32_t pos, bool is_setter);
  void CheckConstConstructor(const Binding& b, uint32_t pos);

  Resolver* r_;
  LibraryElement* library_;
  const SourceFile* file_;
  ClassElement* cls_;
  FunctionScope* fn_ = nullptr;
  LocalVar* this_var_ = nullptr;
  bool this_allowed_ = true;
  bool in_field_initializer_ = false;
  bool static_context_ = true;
  bool statement_level_ = false;
  bool const_context_ = false;
  // Set by every error report: callers clear it before a lookup to learn whether the lookup
  // already explained a failure.
  bool reported_ = false;
  std::vector<Scope> scopes_;
};

// ---------------------------------------------------------------------------------------------
// Lookup

bool BodyResolver::IsTypeParam(const std::string& name) const {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    for (const std::string& t : it->type_params) {
      if (t == name) return true;
    }
  }
  if (cls_ != nullptr && !static_context_) {
    for (const std::string& t : cls_->type_params) {
      if (t == name) return true;
    }
  }
  return false;
}

std::vector<std::string> BodyResolver::TypeParamsInScope() const {
  std::vector<std::string> out;
  for (const Scope& s : scopes_) out.insert(out.end(), s.type_params.begin(), s.type_params.end());
  if (cls_ != nullptr) out.insert(out.end(), cls_->type_params.begin(), cls_->type_params.end());
  return out;
}

namespace {

// The plain names a type mentions (itself and its type arguments, not function types' parts).
void CollectTypeNames(const TypeNode* t, std::vector<std::string>* out) {
  if (t == nullptr || t->kind != TypeNode::kNamed) return;
  out->push_back(t->name);
  for (const TypeNode* a : t->args) CollectTypeNames(a, out);
}

}  // namespace

FunctionScope* BodyResolver::ReifiedOwner(const std::vector<const TypeNode*>& types) const {
  std::vector<std::string> names;
  for (const TypeNode* t : types) CollectTypeNames(t, &names);
  FunctionScope* owner = nullptr;
  size_t owner_depth = 0;
  for (const std::string& name : names) {
    for (size_t i = scopes_.size(); i-- > 0;) {
      const Scope& s = scopes_[i];
      if (std::find(s.type_params.begin(), s.type_params.end(), name) == s.type_params.end()) {
        continue;
      }
      // The innermost declaration of the name; its function's parameters are reified when
      // generic_owner is set. Several owners in one type: the innermost wins, the others'
      // parameters are erased.
      if (s.generic_owner != nullptr && (owner == nullptr || i > owner_depth)) {
        owner = s.generic_owner;
        owner_depth = i;
      }
      break;
    }
  }
  return owner;
}

int BodyResolver::InternReified(const TypeNode* type, FunctionScope* owner, bool report) {
  r_->mark_type_params_ = true;
  r_->reified_params_ = owner != nullptr ? &owner->reified_params : nullptr;
  int index =
      r_->builder_->InternType(r_->MakeType(type, library_, TypeParamsInScope(), file_, report));
  r_->reified_params_ = nullptr;
  r_->mark_type_params_ = false;
  return index;
}

LocalVar* BodyResolver::UseTypeArgs(FunctionScope* owner) {
  if (owner->type_args == nullptr) {
    r_->var_store_.emplace_back();
    LocalVar* v = &r_->var_store_.back();
    v->name = kTypeArgumentsParam;
    v->owner = owner;
    v->is_param = true;
    v->is_final = true;
    v->has_initializer = true;
    owner->type_args = v;
  }
  return UseVar(owner->type_args);
}

void BodyResolver::RecordTypeArgs(const void* node, const std::vector<TypeNode*>& args) {
  if (args.empty()) return;
  FunctionScope* owner = ReifiedOwner(std::vector<const TypeNode*>(args.begin(), args.end()));
  TypeDesc vector;
  vector.kind = TypeDesc::kTypeArguments;
  bool forwards = owner != nullptr && args.size() == owner->reified_params.size();
  std::string names;
  for (size_t i = 0; i < args.size(); i++) {
    int index = InternReified(args[i], owner, false);
    const TypeDesc& t = r_->builder_->module()->types[index];
    forwards = forwards && t.kind == TypeDesc::kTypeParameter && !t.nullable &&
               t.class_index == static_cast<int>(i);
    names += (i > 0 ? ", " : "") + t.name;
    vector.args.push_back(index);
  }
  vector.name = "<" + names + ">";
  Resolver::TypeUse use;
  use.type = r_->builder_->InternType(vector);
  if (owner != nullptr) use.env = UseTypeArgs(owner);
  use.forwards_env = forwards;
  r_->type_uses_[r_->K(node)] = use;
}

bool BodyResolver::TakesTypeArgs(const Binding& b) const {
  if (b.kind != Binding::kConstructor || b.function == nullptr) return false;
  if (b.function->is_factory) return true;
  for (const ClassElement* c = b.cls; c != nullptr; c = c->superclass) {
    if (c->library != r_->core()) continue;
    auto it = c->members.find("_typeArguments");
    if (it != c->members.end() && it->second.field != nullptr) return true;
  }
  return false;
}

bool BodyResolver::LookupLocal(const std::string& name, uint32_t pos, Binding* out) {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    auto v = it->vars.find(name);
    if (v != it->vars.end()) {
      out->kind = Binding::kLocal;
      out->var = UseVar(v->second);
      return true;
    }
    if (it->pending.count(name) > 0) {
      Error(pos, "Local variable '" + name + "' can't be referenced before it is declared.");
      out->kind = Binding::kNone;
      return true;
    }
    for (const std::string& t : it->type_params) {
      if (t == name) {
        out->kind = Binding::kTypeParam;
        out->name = name;
        return true;
      }
    }
  }
  return false;
}

Binding BodyResolver::Lookup(const std::string& name, uint32_t pos) {
  Binding b;
  if (LookupLocal(name, pos, &b)) return b;
  if (cls_ != nullptr) {
    for (const std::string& t : cls_->type_params) {
      if (t == name) {
        b.kind = Binding::kTypeParam;
        b.name = name;
        return b;
      }
    }
    auto own = cls_->members.find(name);
    if (own != cls_->members.end()) {
      b.kind = cls_->is_extension ? Binding::kExtensionMember : Binding::kThisMember;
      b.name = name;
      b.var = UseThis(pos, name);
      if (b.var == nullptr) b.kind = Binding::kNone;
      if (cls_->is_extension) {
        b.cls = cls_;
        b.function = own->second.method != nullptr ? own->second.method : own->second.getter;
        b.setter = own->second.setter;
      }
      return b;
    }
    // The statics of a mixin are in scope in its members' copies too.
    Binding s = r_->LookupStatic(cls_->is_application ? cls_->mixin : cls_, name);
    if (s.kind != Binding::kNone) return s;
  }
  b = r_->LookupLibrary(library_, name);
  if (b.kind != Binding::kNone) {
    if (library_->scope.count(name) == 0 && library_->ambiguous.count(name) > 0) {
      Error(pos, "'" + name + "' is imported from several libraries.");
      return Binding{};
    }
    return b;
  }
  // Inside an extension, other names are members of the `on` type (any name when that type
  // is not a class: a type parameter or dynamic).
  ClassElement* instance_scope = cls_;
  if (cls_ != nullptr && cls_->is_extension) instance_scope = cls_->on_class;
  if (cls_ != nullptr &&
      ((cls_->is_extension && instance_scope == nullptr && this_var_ != nullptr) ||
       (instance_scope != nullptr && r_->LookupInstance(instance_scope, name, false) != nullptr))) {
    b.kind = Binding::kThisMember;
    b.name = name;
    b.var = UseThis(pos, name);
    if (b.var == nullptr) b.kind = Binding::kNone;
    return b;
  }
  if (name == "dynamic" || name == "Never" || name == "void") {
    b.kind = Binding::kBuiltinType;
    b.name = name;
    return b;
  }
  return Binding{};
}

// ---------------------------------------------------------------------------------------------
// Functions

void BodyResolver::CheckAsync(FunctionNode* node, uint32_t pos) {
  // The parser rejects what Dart rejects (async factories, generators returning values);
  // every kind of body compiles (codegen_async.cc).
  (void)node;
  (void)pos;
}

void BodyResolver::DeclareParams(FunctionNode* node, bool include_initializing) {
  for (Param& p : node->params) {
    CheckType(p.type);
    if (p.is_this_init || p.is_super_init) {
      if (!include_initializing) continue;
    }
    LocalVar* v = r_->VarOf(&p);
    if (v == nullptr) {
      v = NewVar(p.name, p.pos);
      v->is_param = true;
      v->is_final = p.is_final || p.is_this_init || p.is_super_init;
      v->is_double = r_->IsDoubleType(p.type);
      v->type = p.type;
      v->has_initializer = true;
      fn_->params.push_back(v);
      r_->vars_[r_->K(&p)] = v;
    }
    Declare(v, &p);
  }
}

void BodyResolver::ResolveFunctionNode(FunctionNode* node, FunctionScope* scope,
                                       ConstructorDecl* ctor) {
  FunctionScope* saved_fn = fn_;
  LocalVar* saved_this = this_var_;
  bool saved_allowed = this_allowed_;
  bool saved_const = const_context_;
  const_context_ = false;
  fn_ = scope;
  if (scope->this_var != nullptr) this_var_ = scope->this_var;
  scopes_.emplace_back();
  // A factory's type parameters are its class's (set by ResolveFunctionElement).
  if (scope->reified_params.empty()) scope->reified_params = node->type_params;
  scopes_.back().type_params = scope->reified_params;
  if (!scope->reified_params.empty()) scopes_.back().generic_owner = scope;
  CheckType(node->return_type);
  // Default values are constants: they see no parameters.
  for (Param& p : node->params) {
    if (p.default_value != nullptr) {
      bool c = const_context_;
      const_context_ = true;
      ResolveExpr(p.default_value);
      const_context_ = c;
    }
  }
  // Every parameter gets its register in declaration order, whether or not it is in scope.
  for (Param& p : node->params) {
    LocalVar* v = NewVar(p.name, p.pos);
    v->is_param = true;
    v->is_final = p.is_final || p.is_this_init || p.is_super_init;
    v->is_double = r_->IsDoubleType(p.type);
    v->type = p.type;
    v->has_initializer = true;
    scope->params.push_back(v);
    r_->vars_[r_->K(&p)] = v;
  }
  if (ctor != nullptr) {
    // Initializing formals are in scope in the initializer list only.
    scopes_.emplace_back();
    DeclareParams(node, true);
    this_allowed_ = false;
    for (Initializer& init : ctor->initializers) {
      switch (init.kind) {
        case Initializer::kField: {
          const InstanceMember* m = nullptr;
          auto it = cls_->members.find(init.name);
          if (it != cls_->members.end()) m = &it->second;
          if (m == nullptr || m->field == nullptr) {
            Error(init.pos, "'" + init.name + "' isn't an instance field of this class.");
          }
          ResolveExpr(init.value);
          break;
        }
        case Initializer::kSuper:
        case Initializer::kRedirect: {
          ClassElement* target = init.kind == Initializer::kSuper ? cls_->superclass : cls_;
          Binding b;
          if (target != nullptr) {
            auto it = target->constructors.find(init.name);
            if (it != target->constructors.end() && !it->second->is_factory) {
              b.kind = Binding::kConstructor;
              b.cls = target;
              b.function = it->second;
            }
          }
          if (b.kind == Binding::kNone) {
            std::string name = target == nullptr ? "Object" : target->name;
            if (!init.name.empty()) name += "." + init.name;
            Error(init.pos, init.kind == Initializer::kSuper
                                ? "Superclass has no constructor named '" + name + "'."
                                : "Couldn't find constructor '" + name + "'.");
          }
          Bind(&init, b);
          ResolveArgs(init.args);
          break;
        }
        case Initializer::kAssert:
          ResolveExpr(init.value);
          if (init.message != nullptr) ResolveExpr(init.message);
          break;
      }
    }
    this_allowed_ = saved_allowed;
    scopes_.pop_back();
  }
  scopes_.emplace_back();
  DeclareParams(node, false);
  if (node->body != nullptr) {
    ResolveBlock(node->body->statements);
  } else if (node->arrow_body != nullptr) {
    ResolveExpr(node->arrow_body);
  }
  // Only a function that uses its type parameters at run time takes their vector: the others
  // keep the fast path for calls of positional arguments.
  if (scope->type_args != nullptr) scope->params.push_back(scope->type_args);
  scopes_.pop_back();
  scopes_.pop_back();
  fn_ = saved_fn;
  this_var_ = saved_this;
  this_allowed_ = saved_allowed;
  const_context_ = saved_const;
}

void BodyResolver::ResolveFunctionElement(FunctionElement* f) {
  std::string owner = !f->display_owner.empty() ? f->display_owner
                      : f->owner != nullptr     ? f->owner->name
                                                : "";
  std::string display;
  switch (f->kind) {
    case FunctionDesc::kConstructor:
    case FunctionDesc::kFactory:
      display = f->name.empty() ? owner : owner + "." + f->name;
      break;
    default:
      display = owner.empty() ? f->name : owner + "." + f->name;
      if (f->is_setter) display += "=";
      break;
  }
  bool has_this = f->owner != nullptr && !f->is_static && !f->is_factory;
  static_context_ = !has_this;
  FunctionScope* scope = NewScope(nullptr, f->node, display);
  f->scope = scope;
  fn_ = scope;
  if (has_this) {
    LocalVar* t = NewVar("this", f->decl != nullptr ? f->decl->pos : 0);
    t->is_this = true;
    t->is_final = true;
    t->reg = 0;
    scope->this_var = t;
  }
  this_var_ = scope->this_var;
  if (f->is_late_field_getter) {
    // Late field initializers may use `this`.
    Expr* init = f->late_field->var->initializer;
    scopes_.emplace_back();
    ResolveExpr(init);
    scopes_.pop_back();
    return;
  }
  if (f->is_late_field_setter || f->node == nullptr) return;
  if (f->decl != nullptr) CheckAsync(f->node, f->decl->name_pos);
  ConstructorDecl* ctor = nullptr;
  if (f->kind == FunctionDesc::kConstructor) ctor = static_cast<ConstructorDecl*>(f->decl);
  if (f->kind == FunctionDesc::kFactory && cls_ != nullptr) {
    scope->reified_params = cls_->type_params;
  }
  if (f->is_external || f->is_abstract) {
    // Only parameters: their types and defaults still need checking. An external generic
    // function (List.filled) gets its type arguments as its last argument, for the native.
    bool generic = !f->node->type_params.empty() || !scope->reified_params.empty();
    if (f->is_external && generic) UseTypeArgs(scope);
    ResolveFunctionNode(f->node, scope, nullptr);
    return;
  }
  if (f->kind == FunctionDesc::kFactory) {
    auto* cd = static_cast<ConstructorDecl*>(f->decl);
    if (cd->redirect_type != nullptr) {
      ClassElement* target = nullptr;
      const TypeNode* t = cd->redirect_type;
      Binding tb;
      size_t dot = t->name.find('.');
      if (dot != std::string::npos) {
        Binding prefix = r_->LookupLibrary(library_, t->name.substr(0, dot));
        if (prefix.kind == Binding::kPrefix) {
          tb = r_->LookupLibrary(prefix.prefix, t->name.substr(dot + 1));
        }
      } else {
        tb = Lookup(t->name, t->pos);
      }
      if (tb.kind == Binding::kClass) target = tb.cls;
      Binding b;
      if (target == nullptr) {
        Error(t->pos, "Type '" + t->name + "' not found.");
      } else {
        auto it = target->constructors.find(cd->redirect_name);
        if (it == target->constructors.end()) {
          std::string name = target->name;
          if (!cd->redirect_name.empty()) name += "." + cd->redirect_name;
          Error(t->pos, "Couldn't find constructor '" + name + "'.");
        } else {
          b.kind = Binding::kConstructor;
          b.cls = target;
          b.function = it->second;
          if (target->is_abstract && !it->second->is_factory) {
            Error(t->pos,
                  "The class '" + target->name + "' is abstract and can't be instantiated.");
          }
        }
      }
      Bind(cd, b);
    }
  }
  ResolveFunctionNode(f->node, scope, ctor);
}

void BodyResolver::ResolveGlobal(GlobalElement* g) {
  FunctionScope* scope = NewScope(nullptr, nullptr, g->name);
  g->scope = scope;
  fn_ = scope;
  this_var_ = nullptr;
  static_context_ = true;
  if (g->enum_index >= 0 && g->owner != nullptr && g->owner->enum_decl != nullptr) {
    // An enum value: a const call of one of the enum's constructors.
    EnumValue& value = g->owner->enum_decl->values[g->enum_index];
    Binding b;
    auto it = g->owner->constructors.find(value.constructor_name);
    if (g->owner->constructors.empty() && value.constructor_name.empty() && !value.has_args) {
      return;  // A simple enum: _Enum(index, name) builds the value.
    }
    if (it == g->owner->constructors.end() || it->second->is_factory) {
      std::string name = g->owner->name;
      if (!value.constructor_name.empty()) name += "." + value.constructor_name;
      Error(value.pos, "Couldn't find constructor '" + name + "'.");
    } else {
      b.kind = Binding::kConstructor;
      b.cls = g->owner;
      b.function = it->second;
    }
    Bind(&value, b);
    const_context_ = true;
    scopes_.emplace_back();
    ResolveArgs(value.args);
    scopes_.pop_back();
    const_context_ = false;
    return;
  }
  if (g->initializer == nullptr) return;
  const_context_ = g->is_const;
  scopes_.emplace_back();
  ResolveExpr(g->initializer);
  scopes_.pop_back();
  const_context_ = false;
}

void BodyResolver::ResolveFieldInitializer(FieldElement* field) {
  if (field->var->initializer == nullptr || field->late_getter != nullptr) return;
  FunctionScope* scope = NewScope(nullptr, nullptr, cls_->name);
  fn_ = scope;
  // Field initializers run before `this` is usable: instance members are not reachable.
  LocalVar* t = NewVar("this", field->var->pos);
  t->is_this = true;
  t->reg = 0;
  this_var_ = t;
  this_allowed_ = false;
  in_field_initializer_ = true;
  static_context_ = false;
  scopes_.emplace_back();
  ResolveExpr(field->var->initializer);
  scopes_.pop_back();
  this_allowed_ = true;
  in_field_initializer_ = false;
  this_var_ = nullptr;
}

// ---------------------------------------------------------------------------------------------
// Statements

void BodyResolver::ResolveBlock(const std::vector<Stmt*>& statements) {
  scopes_.emplace_back();
  for (Stmt* s : statements) {
    if (s->kind == NodeKind::kVarDeclStmt) {
      for (const VarDecl& v : static_cast<VarDeclStmt*>(s)->vars) {
        scopes_.back().pending.insert(v.name);
      }
    } else if (s->kind == NodeKind::kLocalFunction) {
      scopes_.back().pending.insert(static_cast<LocalFunction*>(s)->function->name);
    }
  }
  for (Stmt* s : statements) ResolveStmt(s);
  scopes_.pop_back();
}

void BodyResolver::ResolveScopedStmt(Stmt* s) {
  if (s == nullptr) return;
  if (s->kind == NodeKind::kBlock) {
    ResolveStmt(s);
    return;
  }
  scopes_.emplace_back();
  ResolveStmt(s);
  scopes_.pop_back();
}

void BodyResolver::DeclareVars(VarDeclStmt* decl) {
  CheckType(decl->type);
  for (VarDecl& var : decl->vars) {
    if (var.initializer != nullptr) {
      bool saved = const_context_;
      if (decl->is_const) const_context_ = true;
      ResolveExpr(var.initializer);
      const_context_ = saved;
    } else if (decl->is_const) {
      Error(var.pos, "The const variable '" + var.name + "' must be initialized.");
    }
    LocalVar* v = NewVar(var.name, var.pos);
    v->is_final = decl->is_final || decl->is_const;
    v->is_const = decl->is_const;
    v->is_late = decl->is_late;
    v->is_double = r_->IsDoubleType(decl->type);
    v->type = decl->type;
    v->has_initializer = var.initializer != nullptr;
    if (decl->is_const || decl->is_late) v->initializer = var.initializer;
    Declare(v, &var);
  }
}

void BodyResolver::ResolveStmt(Stmt* s) {
  switch (s->kind) {
    case NodeKind::kBlock:
      ResolveBlock(static_cast<Block*>(s)->statements);
      break;
    case NodeKind::kExprStmt:
      statement_level_ = true;
      ResolveExpr(static_cast<ExprStmt*>(s)->expr);
      statement_level_ = false;
      break;
    case NodeKind::kVarDeclStmt:
      DeclareVars(static_cast<VarDeclStmt*>(s));
      break;
    case NodeKind::kIf: {
      auto* n = static_cast<If*>(s);
      ResolveExpr(n->condition);
      if (n->case_pattern != nullptr) {
        // The pattern's variables are in scope in the guard and the then branch only.
        scopes_.emplace_back();
        std::map<std::string, LocalVar*> group;
        ResolvePattern(n->case_pattern, &group, n);
        if (n->guard != nullptr) ResolveExpr(n->guard);
        ResolveScopedStmt(n->then_stmt);
        scopes_.pop_back();
      } else {
        ResolveScopedStmt(n->then_stmt);
      }
      ResolveScopedStmt(n->else_stmt);
      break;
    }
    case NodeKind::kPatternVarDecl: {
      auto* n = static_cast<PatternVarDecl*>(s);
      ResolveExpr(n->value);
      std::map<std::string, LocalVar*> group;
      ResolvePattern(n->pattern, &group, n);
      break;
    }
    case NodeKind::kFor: {
      auto* n = static_cast<For*>(s);
      scopes_.emplace_back();
      if (n->init != nullptr) DeclareVars(n->init);
      for (Expr* e : n->init_exprs) {
        statement_level_ = true;
        ResolveExpr(e);
        statement_level_ = false;
      }
      if (n->condition != nullptr) ResolveExpr(n->condition);
      for (Expr* e : n->updates) {
        statement_level_ = true;
        ResolveExpr(e);
        statement_level_ = false;
      }
      ResolveScopedStmt(n->body);
      scopes_.pop_back();
      break;
    }
    case NodeKind::kForIn: {
      auto* n = static_cast<ForIn*>(s);
      ResolveExpr(n->iterable);
      scopes_.emplace_back();
      if (n->loop_var != nullptr) {
        CheckType(n->loop_var->type);
        for (VarDecl& var : n->loop_var->vars) {
          LocalVar* v = NewVar(var.name, var.pos);
          v->is_final = n->loop_var->is_final;
          v->is_double = r_->IsDoubleType(n->loop_var->type);
          v->type = n->loop_var->type;
          v->has_initializer = true;
          Declare(v, &var);
        }
      } else if (n->loop_target != nullptr) {
        ResolveAssignTarget(n->loop_target, false, true, n->loop_target->pos);
      }
      ResolveScopedStmt(n->body);
      scopes_.pop_back();
      break;
    }
    case NodeKind::kWhile: {
      auto* n = static_cast<While*>(s);
      ResolveExpr(n->condition);
      ResolveScopedStmt(n->body);
      break;
    }
    case NodeKind::kDoWhile: {
      auto* n = static_cast<DoWhile*>(s);
      ResolveScopedStmt(n->body);
      ResolveExpr(n->condition);
      break;
    }
    case NodeKind::kSwitch: {
      auto* n = static_cast<Switch*>(s);
      ResolveExpr(n->subject);
      for (SwitchCase& c : n->cases) {
        if (n->has_patterns) {
          // The heads of one case bind the same variables, in scope in the guards and body.
          scopes_.emplace_back();
          std::map<std::string, LocalVar*> group;
          for (size_t i = 0; i < c.patterns.size(); i++) {
            ResolvePattern(c.patterns[i], &group, &c);
            if (c.guards[i] != nullptr) ResolveExpr(c.guards[i]);
          }
          ResolveBlock(c.body);
          scopes_.pop_back();
          continue;
        }
        for (Expr* e : c.expressions) {
          bool saved = const_context_;
          const_context_ = true;
          ResolveExpr(e);
          const_context_ = saved;
        }
        ResolveBlock(c.body);
      }
      break;
    }
    case NodeKind::kBreak:
    case NodeKind::kContinue:
    case NodeKind::kEmpty:
    case NodeKind::kRethrow:
      break;
    case NodeKind::kReturn: {
      auto* n = static_cast<Return*>(s);
      if (n->value != nullptr) {
        ResolveExpr(n->value);
        if (fn_ != nullptr) fn_->returns_value = true;
      }
      break;
    }
    case NodeKind::kTry: {
      auto* n = static_cast<Try*>(s);
      ResolveBlock(n->body->statements);
      for (CatchClause& c : n->catches) {
        RecordType(c.on_type);
        scopes_.emplace_back();
        if (!c.exception_name.empty()) {
          LocalVar* v = NewVar(c.exception_name, c.exception_pos);
          v->has_initializer = true;
          v->is_final = true;
          Declare(v, &c.exception_name);
        }
        if (!c.stack_name.empty()) {
          LocalVar* v = NewVar(c.stack_name, c.stack_pos);
          v->has_initializer = true;
          v->is_final = true;
          Declare(v, &c.stack_name);
        }
        ResolveBlock(c.body->statements);
        scopes_.pop_back();
      }
      if (n->finally_block != nullptr) ResolveBlock(n->finally_block->statements);
      break;
    }
    case NodeKind::kAssert: {
      auto* n = static_cast<Assert*>(s);
      ResolveExpr(n->condition);
      if (n->message != nullptr) ResolveExpr(n->message);
      break;
    }
    case NodeKind::kLabeled:
      ResolveStmt(static_cast<Labeled*>(s)->body);
      break;
    case NodeKind::kLocalFunction: {
      FunctionDecl* fd = static_cast<LocalFunction*>(s)->function;
      LocalVar* v = NewVar(fd->name, fd->name_pos);
      v->is_final = true;
      v->is_local_function = true;
      v->function = fd->function;
      v->has_initializer = true;
      Declare(v, fd);
      CheckAsync(fd->function, fd->name_pos);
      // Inside its own body the function's name is the running closure itself (R[0]).
      ResolveFunctionExpr(fd->function, fn_->name + "." + fd->name, nullptr);
      break;
    }
    case NodeKind::kYield:
      if (static_cast<Yield*>(s)->value != nullptr) ResolveExpr(static_cast<Yield*>(s)->value);
      break;
    default:
      Error(s->pos, "Unexpected statement.");
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions

void BodyResolver::ResolveArgs(const Arguments& args) {
  std::set<std::string> names;
  for (Expr* e : args.positional) ResolveExpr(e);
  for (const NamedArg& n : args.named) {
    if (!names.insert(n.name).second) {
      Error(n.pos, "Duplicated named argument '" + n.name + "'.");
    }
    ResolveExpr(n.value);
  }
}

void BodyResolver::ResolveRecordLiteral(RecordLiteral* e) {
  for (Expr* x : e->fields.positional) ResolveExpr(x);
  std::set<std::string> names;
  for (const NamedArg& n : e->fields.named) {
    CheckRecordFieldName(n.name, n.pos, e->fields.positional.size());
    if (!names.insert(n.name).second) {
      Error(n.pos, "The field name '" + n.name + "' is already used in this record.");
    }
    ResolveExpr(n.value);
  }
}

void BodyResolver::ResolvePattern(Pattern* p, std::map<std::string, LocalVar*>* group,
                                  const void* key) {
  if (p == nullptr) return;
  auto constant = [&](Expr* e) {
    bool saved = const_context_;
    const_context_ = true;
    ResolveExpr(e);
    const_context_ = saved;
  };
  switch (p->pattern_kind) {
    case Pattern::kVariable: {
      if (p->type != nullptr) {
        RecordType(p->type);
        RecordFieldTypes(p->type);
      }
      if (p->name.empty() || p->name == "_") break;
      auto it = group->find(p->name);
      if (it != group->end()) {
        r_->vars_[r_->K(p)] = it->second;
        break;
      }
      LocalVar* v = NewVar(p->name, p->pos);
      v->is_final = p->is_final;
      v->type = p->type;
      v->is_double = r_->IsDoubleType(p->type);
      v->has_initializer = true;
      Declare(v, p);
      (*group)[p->name] = v;
      r_->pattern_vars_[r_->K(key)].push_back(v);
      break;
    }
    case Pattern::kConstant:
    case Pattern::kRelational:
      constant(p->expr);
      break;
    case Pattern::kOr:
    case Pattern::kAnd:
      ResolvePattern(p->left, group, key);
      ResolvePattern(p->right, group, key);
      break;
    case Pattern::kCast:
      RecordType(p->type);
      RecordFieldTypes(p->type);
      ResolvePattern(p->left, group, key);
      break;
    case Pattern::kNullCheck:
    case Pattern::kNullAssert:
    case Pattern::kRest:
      ResolvePattern(p->left, group, key);
      break;
    case Pattern::kObject:
      RecordType(p->type);
      RecordFieldTypes(p->type);
      for (PatternField& f : p->fields) ResolvePattern(f.pattern, group, key);
      break;
    case Pattern::kList:
    case Pattern::kMap:
    case Pattern::kRecord: {
      for (TypeNode* t : p->type_args) CheckType(t);
      std::set<std::string> names;
      for (PatternField& f : p->fields) {
        if (f.key != nullptr) constant(f.key);
        if (p->pattern_kind == Pattern::kRecord && !f.name.empty() &&
            !names.insert(f.name).second) {
          Error(f.pos, "The field name '" + f.name + "' is already used in this record.");
        }
        ResolvePattern(f.pattern, group, key);
      }
      break;
    }
    case Pattern::kAssign:
      ResolveAssignTarget(p->expr, false, true, p->pos);
      break;
  }
}

void BodyResolver::CheckRecordFieldName(const std::string& name, uint32_t pos, size_t positional) {
  if (name == "hashCode" || name == "runtimeType" || name == "noSuchMethod" || name == "toString") {
    Error(pos, "Record field names can't be the same as a member from 'Object'.");
  } else if (!name.empty() && name[0] == '_') {
    Error(pos, "Record field names can't be private.");
  } else if (name.size() > 1 && name[0] == '$' && name[1] >= '1' && name[1] <= '9' &&
             name.find_first_not_of("0123456789", 1) == std::string::npos &&
             std::stoull(name.substr(1, 9)) <= positional) {
    Error(pos,
          "Record field names can't be a dollar sign followed by an integer when the integer "
          "is the index of a positional field.");
  }
}

void BodyResolver::RecordFieldTypes(const TypeNode* type) {
  // `x is (int, String)` tests each field's type (codegen lowers it), so each gets an index.
  if (type == nullptr || type->kind != TypeNode::kRecord) return;
  for (const TypeNode* t : type->positional) {
    RecordType(t);
    RecordFieldTypes(t);
  }
  for (const auto& named : type->named) {
    RecordType(named.second);
    RecordFieldTypes(named.second);
  }
}

void BodyResolver::ResolveFunctionExpr(FunctionNode* node, const std::string& name,
                                       LocalVar* self) {
  FunctionScope* scope = NewScope(fn_, node, name);
  scope->is_closure = true;
  scope->this_var = nullptr;
  FunctionScope* saved = fn_;
  fn_ = scope;
  // A local function sees its own name as itself: register 0 of its frame.
  scopes_.emplace_back();
  size_t dot = name.rfind('.');
  std::string local_name = dot == std::string::npos ? name : name.substr(dot + 1);
  if (local_name != "<anonymous closure>") {
    LocalVar* me = NewVar(local_name, node->pos);
    me->is_self = true;
    me->function = node;
    me->is_final = true;
    me->has_initializer = true;
    me->reg = 0;
    scopes_.back().vars[local_name] = me;
  }
  fn_ = saved;
  ResolveFunctionNode(node, scope, nullptr);
  scopes_.pop_back();
}

bool BodyResolver::ResolveStaticReceiver(Expr* receiver, ClassElement** cls,
                                         LibraryElement** prefix) {
  *cls = nullptr;
  *prefix = nullptr;
  if (receiver->kind == NodeKind::kIdentifier) {
    auto* id = static_cast<Identifier*>(receiver);
    Binding b;
    if (LookupLocal(id->name, id->pos, &b)) return false;
    b = Lookup(id->name, id->pos);
    if (b.kind == Binding::kClass) {
      *cls = b.cls;
      Bind(id, b);
      return true;
    }
    if (b.kind == Binding::kPrefix) {
      *prefix = b.prefix;
      Bind(id, b);
      return true;
    }
    if (b.kind == Binding::kTypedef) {
      // A typedef of a class gives access to its statics and constructors.
      const TypeNode* t = b.type_alias->type;
      if (t != nullptr && t->kind == TypeNode::kNamed) {
        Binding target = r_->LookupLibrary(b.alias_library, t->name);
        if (target.kind == Binding::kClass) {
          *cls = target.cls;
          Bind(id, target);
          return true;
        }
      }
    }
    return false;
  }
  if (receiver->kind == NodeKind::kPropertyGet) {
    auto* pg = static_cast<PropertyGet*>(receiver);
    if (pg->receiver->kind != NodeKind::kIdentifier || pg->null_aware) return false;
    auto* id = static_cast<Identifier*>(pg->receiver);
    Binding b;
    if (LookupLocal(id->name, id->pos, &b)) return false;
    b = Lookup(id->name, id->pos);
    if (b.kind != Binding::kPrefix) return false;
    Binding c = r_->LookupLibrary(b.prefix, pg->name);
    if (c.kind != Binding::kClass) return false;
    Bind(id, b);
    Bind(pg, c);
    *cls = c.cls;
    return true;
  }
  return false;
}

Binding BodyResolver::StaticMember(ClassElement* cls, const std::string& name, uint32_t pos,
                                   bool for_call) {
  Binding b = r_->LookupStatic(cls, name);
  if (b.kind != Binding::kNone) return b;
  // `C.new` names the unnamed constructor. Without a call, `C.name` is a constructor
  // tear-off: a function that calls the constructor with the arguments it gets.
  auto it = cls->constructors.find(name == "new" ? "" : name);
  if (it != cls->constructors.end() && !cls->is_extension) {
    if (!for_call) {
      if (cls->is_enum) {
        Error(pos, "Enums can't be instantiated.");
        return Binding{};
      }
      if (cls->is_abstract && !it->second->is_factory) {
        Error(pos, "The class '" + cls->name + "' is abstract and can't be instantiated.");
        return Binding{};
      }
    }
    b.kind = Binding::kConstructor;
    b.cls = cls;
    b.function = it->second;
    return b;
  }
  Error(pos, "Member not found: '" + name + "'.");
  return Binding{};
}

Binding BodyResolver::SuperMember(const std::string& name, uint32_t pos, bool is_setter) {
  Binding b;
  LocalVar* t = UseThis(pos, "");
  if (t == nullptr) return b;
  ClassElement* super = cls_ != nullptr ? cls_->superclass : nullptr;
  const InstanceMember* m = nullptr;
  if (super != nullptr) {
    // Walk up to the first class whose member of this name can serve this access.
    for (ClassElement* c = super; c != nullptr; c = c->superclass) {
      auto it = c->members.find(name);
      if (it == c->members.end()) continue;
      const InstanceMember& im = it->second;
      bool ok = is_setter ? (im.field != nullptr || (im.setter && !im.setter->is_abstract))
                          : (im.field != nullptr || (im.method && !im.method->is_abstract) ||
                             (im.getter && !im.getter->is_abstract));
      if (ok) {
        m = &im;
        break;
      }
    }
  }
  if (m == nullptr && cls_->is_mixin && !cls_->is_application) {
    // In a mixin, super reaches the interface of its `on` types, where the member may be
    // abstract: each application's copy of this code binds the concrete member of its actual
    // superclass, and the mixin's own code never runs.
    std::vector<ClassElement*> constraints = cls_->interfaces;
    constraints.push_back(super);
    for (ClassElement* c : constraints) {
      if (c != nullptr && r_->LookupInstance(c, name, false) != nullptr) return b;
    }
  }
  if (m == nullptr && cls_->is_application && cls_->file != nullptr) {
    // A copy of a mixin member, whose super-call was valid in the mixin (its `on` type declares
    // the member), in an application whose superclass has no concrete one: Dart rejects the
    // application. Copies are resolved quietly, so this is reported at the application itself.
    bool saved = r_->quiet_;
    r_->quiet_ = false;
    r_->Error(cls_->file, cls_->pos,
              "The class doesn't have a concrete implementation of the super-invoked member '" +
                  name + "'.");
    r_->quiet_ = saved;
    return b;
  }
  if (m == nullptr) {
    Error(pos, is_setter ? "Superclass has no setter named '" + name + "'."
                         : "Superclass has no method named '" + name + "'.");
    return b;
  }
  b.kind = Binding::kSuperMember;
  b.var = t;
  b.name = name;
  b.field = m->field;
  b.function = m->method != nullptr ? m->method : m->getter;
  b.setter = m->setter;
  if (b.field != nullptr && b.field->late_getter != nullptr) {
    b.function = b.field->late_getter;
    b.setter = b.field->late_setter;
    b.field = nullptr;
  }
  return b;
}

bool BodyResolver::HasSetter(ClassElement* cls, const std::string& name) {
  std::vector<ClassElement*> pending = {cls};
  std::set<ClassElement*> seen;
  while (!pending.empty()) {
    ClassElement* c = pending.back();
    pending.pop_back();
    if (c == nullptr || !seen.insert(c).second) continue;
    auto it = c->members.find(name);
    if (it != c->members.end()) {
      const InstanceMember& m = it->second;
      if (m.setter != nullptr) return true;
      if (m.field != nullptr && (!m.field->is_final || m.field->is_late)) return true;
    }
    pending.push_back(c->superclass);
    for (ClassElement* i : c->interfaces) pending.push_back(i);
  }
  return false;
}

void BodyResolver::CheckConstConstructor(const Binding& b, uint32_t pos) {
  if (b.kind == Binding::kConstructor && !b.function->is_const) {
    Error(pos, "Cannot invoke a non-'const' constructor where a const expression is expected.");
  }
}

void BodyResolver::ResolveIdentifier(Identifier* id) {
  reported_ = false;
  Binding b = Lookup(id->name, id->pos);
  if (b.kind == Binding::kNone) {
    // Lookup reports what it can explain; an absent name is reported here.
    if (!reported_) Error(id->pos, "Undefined name '" + id->name + "'.");
  } else if (b.kind == Binding::kPrefix) {
    Error(id->pos, "A prefix can't be used as an expression.");
    b = Binding{};
  } else if (b.kind == Binding::kTypeParam) {
    // `T` as a value: a Type when T is reified.
    r_->synthetic_types_.emplace_back();
    TypeNode* t = &r_->synthetic_types_.back();
    t->kind = TypeNode::kNamed;
    t->name = id->name;
    t->pos = id->pos;
    FunctionScope* owner = ReifiedOwner({t});
    if (owner != nullptr) {
      r_->type_uses_[r_->K(id)] =
          Resolver::TypeUse{InternReified(t, owner, false), UseTypeArgs(owner)};
    }
  }
  Bind(id, b);
}

void BodyResolver::ResolvePropertyGet(PropertyGet* pg) {
  if (pg->receiver->kind == NodeKind::kSuper) {
    Bind(pg, SuperMember(pg->name, pg->name_pos, false));
    return;
  }
  ClassElement* cls;
  LibraryElement* prefix;
  if (!pg->null_aware && ResolveStaticReceiver(pg->receiver, &cls, &prefix)) {
    if (cls != nullptr) {
      Binding b = StaticMember(cls, pg->name, pg->name_pos, false);
      if (b.kind == Binding::kAccessor && b.function == nullptr) {
        Error(pg->name_pos, "Getter not found: '" + pg->name + "'.");
        b = Binding{};
      }
      Bind(pg, b);
    } else {
      Binding b = r_->LookupLibrary(prefix, pg->name);
      if (b.kind == Binding::kNone) {
        Error(pg->name_pos, "Undefined name '" + pg->name + "'.");
      }
      Bind(pg, b);
    }
    return;
  }
  if (!pg->null_aware && pg->receiver->kind == NodeKind::kTypeLiteral) {
    // `C<T>.name`: a tear-off of a constructor of an instantiated generic class (the type
    // arguments are erased).
    const TypeNode* t = static_cast<TypeLiteral*>(pg->receiver)->type;
    Binding tb;
    if (t->kind == TypeNode::kNamed && !LookupLocal(t->name, t->pos, &tb)) {
      size_t dot = t->name.find('.');
      if (dot == std::string::npos) {
        tb = Lookup(t->name, t->pos);
      } else {
        Binding first = Lookup(t->name.substr(0, dot), t->pos);
        if (first.kind == Binding::kPrefix) {
          tb = r_->LookupLibrary(first.prefix, t->name.substr(dot + 1));
        }
      }
      if (tb.kind == Binding::kTypedef && tb.type_alias->type != nullptr &&
          tb.type_alias->type->kind == TypeNode::kNamed) {
        tb = r_->LookupLibrary(tb.alias_library, tb.type_alias->type->name);
      }
    }
    if (tb.kind == Binding::kClass) {
      for (TypeNode* arg : t->args) CheckType(arg);
      Binding b = StaticMember(tb.cls, pg->name, pg->name_pos, false);
      if (b.kind != Binding::kConstructor && b.kind != Binding::kNone) {
        Error(pg->name_pos, "Cannot access static member on an instantiated generic class.");
        b = Binding{};
      }
      Bind(pg, b);
      return;
    }
  }
  ResolveExpr(pg->receiver);
  BindExtensionOverride(pg, pg->receiver, pg->name, pg->name_pos, false);
}

void BodyResolver::ResolveInvocation(Invocation* inv) {
  for (TypeNode* t : inv->type_args) CheckType(t);
  ResolveInvocationTarget(inv);
  // Explicit type arguments go to the callee (a generic function, or a constructor that takes
  // them); constructors of other classes have no use for them.
  const Binding& b = r_->BindingOf(inv);
  if (b.kind != Binding::kConstructor || TakesTypeArgs(b)) RecordTypeArgs(inv, inv->type_args);
}

void BodyResolver::ResolveInvocationTarget(Invocation* inv) {
  if (inv->receiver == nullptr) {
    reported_ = false;
    Binding b = Lookup(inv->name, inv->name_pos);
    switch (b.kind) {
      case Binding::kNone:
        if (!reported_) Error(inv->name_pos, "Method not found: '" + inv->name + "'.");
        break;
      case Binding::kClass: {
        ClassElement* cls = b.cls;
        auto it = cls->constructors.find("");
        if (cls->is_extension) {
          // E(x): an explicit extension application, only useful as a receiver.
          if (inv->args.positional.size() != 1 || !inv->args.named.empty()) {
            Error(inv->name_pos,
                  "Explicit extension application requires exactly 1 positional "
                  "argument.");
            b = Binding{};
          } else {
            b = Binding{};
            b.kind = Binding::kExtensionOverride;
            b.cls = cls;
          }
        } else if (cls->is_mixin && !cls->is_mixin_class) {
          Error(inv->name_pos, "Couldn't find constructor '" + cls->name + "'.");
          b = Binding{};
        } else if (cls->is_enum) {
          Error(inv->name_pos, "Enums can't be instantiated.");
          b = Binding{};
        } else if (it == cls->constructors.end()) {
          Error(inv->name_pos, "Couldn't find constructor '" + cls->name + "'.");
          b = Binding{};
        } else {
          b.kind = Binding::kConstructor;
          b.function = it->second;
          if (cls->is_abstract && !b.function->is_factory) {
            Error(inv->name_pos,
                  "The class '" + cls->name + "' is abstract and can't be instantiated.");
          }
          if (const_context_) CheckConstConstructor(b, inv->name_pos);
        }
        break;
      }
      case Binding::kAccessor:
        if (b.function == nullptr) {
          Error(inv->name_pos, "Getter not found: '" + inv->name + "'.");
          b = Binding{};
        }
        break;
      case Binding::kTypeParam:
      case Binding::kTypedef:
      case Binding::kPrefix:
      case Binding::kBuiltinType:
        Error(inv->name_pos, "Method not found: '" + inv->name + "'.");
        b = Binding{};
        break;
      default:
        break;
    }
    Bind(inv, b);
    ResolveArgs(inv->args);
    return;
  }
  if (inv->receiver->kind == NodeKind::kSuper) {
    Bind(inv, SuperMember(inv->name, inv->name_pos, false));
    ResolveArgs(inv->args);
    return;
  }
  ClassElement* cls;
  LibraryElement* prefix;
  if (!inv->null_aware && ResolveStaticReceiver(inv->receiver, &cls, &prefix)) {
    Binding b;
    if (cls != nullptr) {
      b = StaticMember(cls, inv->name, inv->name_pos, true);
      if (b.kind == Binding::kConstructor) {
        if (cls->is_enum) {
          Error(inv->name_pos, "Enums can't be instantiated.");
          b = Binding{};
        } else if (cls->is_abstract && !b.function->is_factory) {
          Error(inv->name_pos,
                "The class '" + cls->name + "' is abstract and can't be instantiated.");
        } else if (const_context_) {
          CheckConstConstructor(b, inv->name_pos);
        }
      }
    } else {
      b = r_->LookupLibrary(prefix, inv->name);
      if (b.kind == Binding::kClass) {
        auto it = b.cls->constructors.find("");
        if (it == b.cls->constructors.end()) {
          Error(inv->name_pos, "Couldn't find constructor '" + b.cls->name + "'.");
          b = Binding{};
        } else {
          b.kind = Binding::kConstructor;
          b.function = it->second;
          if (const_context_) CheckConstConstructor(b, inv->name_pos);
        }
      } else if (b.kind == Binding::kNone) {
        Error(inv->name_pos, "Method not found: '" + inv->name + "'.");
      }
    }
    if (b.kind == Binding::kAccessor && b.function == nullptr) {
      Error(inv->name_pos, "Getter not found: '" + inv->name + "'.");
      b = Binding{};
    }
    Bind(inv, b);
    ResolveArgs(inv->args);
    return;
  }
  ResolveExpr(inv->receiver);
  ResolveArgs(inv->args);
  BindExtensionOverride(inv, inv->receiver, inv->name, inv->name_pos, false);
}

bool BodyResolver::BindExtensionOverride(const void* node, Expr* receiver, const std::string& name,
                                         uint32_t pos, bool is_setter) {
  if (receiver == nullptr || receiver->kind != NodeKind::kInvocation) return false;
  const Binding& rb = r_->BindingOf(receiver);
  if (rb.kind != Binding::kExtensionOverride) return false;
  ClassElement* ext = rb.cls;
  Binding b;
  auto it = ext->members.find(name);
  if (it == ext->members.end() ||
      (is_setter ? it->second.setter == nullptr
                 : it->second.method == nullptr && it->second.getter == nullptr)) {
    Error(pos, std::string(is_setter ? "The setter '" : "The method '") + name +
                   "' isn't defined for the extension '" + ext->name + "'.");
  } else {
    b.kind = Binding::kExtensionMember;
    b.cls = ext;
    b.name = name;
    b.function = it->second.method != nullptr ? it->second.method : it->second.getter;
    b.setter = it->second.setter;
  }
  Bind(node, b);
  return true;
}

void BodyResolver::ResolveConstructorCall(ConstructorCall* call) {
  bool saved = const_context_;
  if (call->is_const) const_context_ = true;
  Binding b;
  const TypeNode* t = call->type;
  for (TypeNode* arg : t->args) CheckType(arg);
  Binding tb;
  std::string cname = call->constructor_name;
  size_t dot = t->name.find('.');
  if (dot != std::string::npos) {
    Binding first = Lookup(t->name.substr(0, dot), t->pos);
    if (first.kind == Binding::kPrefix) {
      tb = r_->LookupLibrary(first.prefix, t->name.substr(dot + 1));
    } else if (first.kind == Binding::kClass && cname.empty()) {
      // `new C.named()` parsed as a qualified type name.
      tb = first;
      cname = t->name.substr(dot + 1);
    }
  } else {
    tb = Lookup(t->name, t->pos);
  }
  if (tb.kind == Binding::kTypedef && tb.type_alias->type != nullptr &&
      tb.type_alias->type->kind == TypeNode::kNamed) {
    tb = r_->LookupLibrary(tb.alias_library, tb.type_alias->type->name);
  }
  if (tb.kind == Binding::kClass && tb.cls->is_extension && tb.cls->extension_decl != nullptr &&
      tb.cls->extension_decl->is_extension_type && cname.empty() &&
      call->args.positional.size() == 1 && call->args.named.empty()) {
    // `const E(x)` or `new E(x)` of an extension type: its primary constructor, x itself.
    b.kind = Binding::kExtensionOverride;
    b.cls = tb.cls;
  } else if (tb.kind != Binding::kClass || tb.cls->is_extension) {
    Error(t->pos,
          "Couldn't find constructor '" + t->name + (cname.empty() ? "" : "." + cname) + "'.");
  } else if (tb.cls->is_enum) {
    Error(t->pos, "Enums can't be instantiated.");
  } else {
    auto it = tb.cls->constructors.find(cname);
    if (it == tb.cls->constructors.end()) {
      Error(t->pos, "Couldn't find constructor '" + tb.cls->name +
                        (cname.empty() ? "" : "." + cname) + "'.");
    } else {
      b.kind = Binding::kConstructor;
      b.cls = tb.cls;
      b.function = it->second;
      if (tb.cls->is_abstract && !b.function->is_factory) {
        Error(t->pos, "The class '" + tb.cls->name + "' is abstract and can't be instantiated.");
      }
      if (const_context_) CheckConstConstructor(b, t->pos);
    }
  }
  Bind(call, b);
  if (TakesTypeArgs(b) && !const_context_) RecordTypeArgs(call, t->args);
  ResolveArgs(call->args);
  const_context_ = saved;
}

void BodyResolver::ResolveAssignTarget(Expr* target, bool is_read, bool statement_level,
                                       uint32_t pos) {
  switch (target->kind) {
    case NodeKind::kIdentifier: {
      auto* id = static_cast<Identifier*>(target);
      reported_ = false;
      Binding b = Lookup(id->name, id->pos);
      switch (b.kind) {
        case Binding::kLocal: {
          LocalVar* v = b.var;
          if (v->is_const) {
            Error(id->pos, "Can't assign to the const variable '" + id->name + "'.");
          } else if (v->is_local_function || v->is_self) {
            Error(id->pos, "Can't assign to this.");
          } else if (v->is_final && !v->is_late && (v->has_initializer || v->is_param)) {
            Error(id->pos, "Can't assign to the final variable '" + id->name + "'.");
          } else if (v->is_late && v->is_final && v->initializer != nullptr) {
            Error(id->pos, "Can't assign to the final variable '" + id->name + "'.");
          }
          v->assigned = true;
          if (!statement_level) v->nested_write = true;
          break;
        }
        case Binding::kGlobal:
          if (b.global->is_const) {
            Error(id->pos, "Can't assign to the const variable '" + id->name + "'.");
          } else if (b.global->is_final &&
                     !(b.global->is_late && b.global->initializer == nullptr)) {
            Error(id->pos, "Can't assign to the final variable '" + id->name + "'.");
          }
          break;
        case Binding::kAccessor:
          if (b.setter == nullptr) {
            Error(id->pos, "Setter not found: '" + id->name + "'.");
            b = Binding{};
          } else if (is_read && b.function == nullptr) {
            Error(id->pos, "Getter not found: '" + id->name + "'.");
            b = Binding{};
          }
          break;
        case Binding::kExtensionMember:
          if (b.setter == nullptr) {
            Error(id->pos, "The setter '" + id->name + "' isn't defined for the extension '" +
                               cls_->name + "'.");
            b = Binding{};
          }
          break;
        case Binding::kThisMember:
          if ((!cls_->is_extension || cls_->on_class != nullptr) &&
              !HasSetter(cls_->is_extension ? cls_->on_class : cls_, id->name)) {
            Error(id->pos, "The setter '" + id->name + "' isn't defined for the class '" +
                               cls_->name + "'.");
            b = Binding{};
          }
          break;
        case Binding::kNone:
          if (reported_) break;
          if (is_read) {
            Error(id->pos, "Undefined name '" + id->name + "'.");
          } else if (cls_ != nullptr && !static_context_) {
            Error(id->pos, "The setter '" + id->name + "' isn't defined for the class '" +
                               cls_->name + "'.");
          } else {
            Error(id->pos, "Setter not found: '" + id->name + "'.");
          }
          break;
        default:
          Error(id->pos, "Can't assign to this.");
          b = Binding{};
          break;
      }
      Bind(id, b);
      break;
    }
    case NodeKind::kPropertyGet: {
      auto* pg = static_cast<PropertyGet*>(target);
      if (pg->receiver->kind == NodeKind::kSuper) {
        Binding b = SuperMember(pg->name, pg->name_pos, true);
        if (b.kind != Binding::kNone && is_read) {
          Binding g = SuperMember(pg->name, pg->name_pos, false);
          b.function = g.function;
          if (b.field == nullptr) b.field = g.field;
        }
        Bind(pg, b);
        break;
      }
      ClassElement* cls;
      LibraryElement* prefix;
      if (!pg->null_aware && ResolveStaticReceiver(pg->receiver, &cls, &prefix)) {
        Binding b =
            cls != nullptr ? r_->LookupStatic(cls, pg->name) : r_->LookupLibrary(prefix, pg->name);
        if (b.kind == Binding::kGlobal) {
          if (b.global->is_const) {
            Error(pg->name_pos, "Can't assign to the const variable '" + pg->name + "'.");
          } else if (b.global->is_final &&
                     !(b.global->is_late && b.global->initializer == nullptr)) {
            Error(pg->name_pos, "Can't assign to the final variable '" + pg->name + "'.");
          }
        } else if (b.kind == Binding::kAccessor && b.setter != nullptr) {
          if (is_read && b.function == nullptr) {
            Error(pg->name_pos, "Getter not found: '" + pg->name + "'.");
          }
        } else {
          Error(pg->name_pos, "Setter not found: '" + pg->name + "'.");
          b = Binding{};
        }
        Bind(pg, b);
        break;
      }
      ResolveExpr(pg->receiver);
      BindExtensionOverride(pg, pg->receiver, pg->name, pg->name_pos, true);
      break;
    }
    case NodeKind::kIndex: {
      auto* ix = static_cast<Index*>(target);
      if (ix->target->kind == NodeKind::kSuper) {
        Binding b = SuperMember("[]=", ix->pos, false);
        if (is_read) {
          Binding g = SuperMember("[]", ix->pos, false);
          b.setter = g.function;
        }
        Bind(ix, b);
      } else {
        ResolveExpr(ix->target);
      }
      ResolveExpr(ix->index);
      break;
    }
    default:
      ResolveExpr(target);
      Error(target->pos, "Can't assign to this.");
      break;
  }
}

void BodyResolver::ResolveExpr(Expr* e) {
  if (e == nullptr) return;
  bool statement_level = statement_level_;
  statement_level_ = false;
  switch (e->kind) {
    case NodeKind::kNullLiteral:
    case NodeKind::kBoolLiteral:
    case NodeKind::kIntLiteral:
    case NodeKind::kDoubleLiteral:
    case NodeKind::kStringLiteral:
    case NodeKind::kCascadeReceiver:
      break;
    case NodeKind::kStringInterpolation:
      for (Expr* x : static_cast<StringInterpolation*>(e)->exprs) ResolveExpr(x);
      break;
    case NodeKind::kListLiteral: {
      auto* n = static_cast<ListLiteral*>(e);
      bool saved = const_context_;
      if (n->is_const) const_context_ = true;
      CheckType(n->type_arg);
      // A typed list literal carries its element type (const lists are erased).
      if (n->type_arg != nullptr && !const_context_) RecordTypeArgs(n, {n->type_arg});
      for (Expr* x : n->elements) ResolveExpr(x);
      const_context_ = saved;
      break;
    }
    case NodeKind::kSetOrMapLiteral: {
      auto* n = static_cast<SetOrMapLiteral*>(e);
      bool saved = const_context_;
      if (n->is_const) const_context_ = true;
      for (TypeNode* t : n->type_args) CheckType(t);
      if (!const_context_) RecordTypeArgs(n, n->type_args);
      for (Expr* x : n->elements) ResolveExpr(x);
      const_context_ = saved;
      break;
    }
    case NodeKind::kMapEntryElement: {
      auto* n = static_cast<MapEntryElement*>(e);
      ResolveExpr(n->key);
      ResolveExpr(n->value);
      break;
    }
    case NodeKind::kSpreadElement:
      ResolveExpr(static_cast<SpreadElement*>(e)->expr);
      break;
    case NodeKind::kIfElement: {
      auto* n = static_cast<IfElement*>(e);
      ResolveExpr(n->condition);
      if (n->case_pattern != nullptr) {
        scopes_.emplace_back();
        std::map<std::string, LocalVar*> group;
        ResolvePattern(n->case_pattern, &group, n);
        if (n->guard != nullptr) ResolveExpr(n->guard);
        ResolveExpr(n->then_element);
        scopes_.pop_back();
      } else {
        ResolveExpr(n->then_element);
      }
      ResolveExpr(n->else_element);
      break;
    }
    case NodeKind::kForElement: {
      auto* n = static_cast<ForElement*>(e);
      scopes_.emplace_back();
      if (n->is_for_in) {
        ResolveExpr(n->iterable);
        if (n->loop_var != nullptr) {
          CheckType(n->loop_var->type);
          for (VarDecl& var : n->loop_var->vars) {
            LocalVar* v = NewVar(var.name, var.pos);
            v->is_final = n->loop_var->is_final;
            v->has_initializer = true;
            Declare(v, &var);
          }
        } else if (n->loop_target != nullptr) {
          ResolveAssignTarget(n->loop_target, false, true, n->loop_target->pos);
        }
      } else {
        if (n->init != nullptr) DeclareVars(n->init);
        for (Expr* x : n->init_exprs) {
          statement_level_ = true;
          ResolveExpr(x);
        }
        ResolveExpr(n->condition);
        for (Expr* x : n->updates) {
          statement_level_ = true;
          ResolveExpr(x);
        }
      }
      ResolveExpr(n->body);
      scopes_.pop_back();
      break;
    }
    case NodeKind::kIdentifier:
      ResolveIdentifier(static_cast<Identifier*>(e));
      break;
    case NodeKind::kThis: {
      Binding b;
      b.var = UseThis(e->pos, "");
      if (b.var != nullptr) b.kind = Binding::kLocal;
      Bind(e, b);
      break;
    }
    case NodeKind::kSuper:
      Error(e->pos, "Can't use 'super' as an expression.");
      break;
    case NodeKind::kPropertyGet:
      ResolvePropertyGet(static_cast<PropertyGet*>(e));
      break;
    case NodeKind::kInvocation:
      ResolveInvocation(static_cast<Invocation*>(e));
      break;
    case NodeKind::kFunctionCall: {
      auto* n = static_cast<FunctionCall*>(e);
      ResolveExpr(n->callee);
      for (TypeNode* t : n->type_args) CheckType(t);
      RecordTypeArgs(n, n->type_args);
      ResolveArgs(n->args);
      break;
    }
    case NodeKind::kIndex: {
      auto* n = static_cast<Index*>(e);
      if (n->target->kind == NodeKind::kSuper) {
        Bind(n, SuperMember("[]", n->pos, false));
      } else {
        ResolveExpr(n->target);
      }
      ResolveExpr(n->index);
      break;
    }
    case NodeKind::kConstructorCall:
      ResolveConstructorCall(static_cast<ConstructorCall*>(e));
      break;
    case NodeKind::kAssign: {
      auto* n = static_cast<Assign*>(e);
      ResolveAssignTarget(n->target, n->op != "=", statement_level, n->op_pos);
      ResolveExpr(n->value);
      break;
    }
    case NodeKind::kUpdate: {
      auto* n = static_cast<Update*>(e);
      ResolveAssignTarget(n->target, true, statement_level, n->pos);
      break;
    }
    case NodeKind::kUnary: {
      auto* n = static_cast<Unary*>(e);
      if (n->operand->kind == NodeKind::kSuper) {
        Bind(n, SuperMember(n->op == "-" ? "unary-" : n->op, n->pos, false));
      } else {
        ResolveExpr(n->operand);
      }
      break;
    }
    case NodeKind::kBinary: {
      auto* n = static_cast<Binary*>(e);
      if (n->left->kind == NodeKind::kSuper) {
        std::string op = n->op == "!=" ? "==" : n->op;
        Bind(n, SuperMember(op, n->op_pos, false));
      } else {
        ResolveExpr(n->left);
      }
      ResolveExpr(n->right);
      break;
    }
    case NodeKind::kConditional: {
      auto* n = static_cast<Conditional*>(e);
      ResolveExpr(n->condition);
      ResolveExpr(n->then_expr);
      ResolveExpr(n->else_expr);
      break;
    }
    case NodeKind::kIs: {
      auto* n = static_cast<Is*>(e);
      ResolveExpr(n->expr);
      RecordType(n->type);
      RecordFieldTypes(n->type);
      break;
    }
    case NodeKind::kRecordLiteral:
      ResolveRecordLiteral(static_cast<RecordLiteral*>(e));
      break;
    case NodeKind::kSwitchExpr: {
      auto* n = static_cast<SwitchExpr*>(e);
      ResolveExpr(n->subject);
      for (SwitchExprCase& c : n->cases) {
        scopes_.emplace_back();
        std::map<std::string, LocalVar*> group;
        ResolvePattern(c.pattern, &group, &c);
        if (c.guard != nullptr) ResolveExpr(c.guard);
        ResolveExpr(c.body);
        scopes_.pop_back();
      }
      break;
    }
    case NodeKind::kPatternAssign: {
      auto* n = static_cast<PatternAssign*>(e);
      ResolveExpr(n->value);
      std::map<std::string, LocalVar*> group;
      ResolvePattern(n->pattern, &group, n);
      break;
    }
    case NodeKind::kAs: {
      auto* n = static_cast<As*>(e);
      ResolveExpr(n->expr);
      RecordType(n->type);
      break;
    }
    case NodeKind::kNullCheck:
      ResolveExpr(static_cast<NullCheck*>(e)->expr);
      break;
    case NodeKind::kThrow:
      ResolveExpr(static_cast<Throw*>(e)->expr);
      break;
    case NodeKind::kFunctionExpr: {
      FunctionNode* node = static_cast<FunctionExpr*>(e)->function;
      CheckAsync(node, e->pos);
      ResolveFunctionExpr(node, fn_->name + ".<anonymous closure>", nullptr);
      break;
    }
    case NodeKind::kCascade: {
      auto* n = static_cast<Cascade*>(e);
      ResolveExpr(n->target);
      for (Expr* s : n->sections) {
        statement_level_ = true;
        ResolveExpr(s);
      }
      statement_level_ = false;
      break;
    }
    case NodeKind::kAwait:
      ResolveExpr(static_cast<Await*>(e)->expr);
      break;
    case NodeKind::kTypeLiteral: {
      // `f<int>` naming a generic function (or a variable holding one) is a tear-off whose
      // type arguments are erased; anything else is a type used as a value.
      const TypeNode* t = static_cast<TypeLiteral*>(e)->type;
      if (t->kind == TypeNode::kNamed && t->name.find('.') == std::string::npos) {
        Binding probe;
        bool is_local = LookupLocal(t->name, t->pos, &probe);
        if (!is_local) probe = Lookup(t->name, t->pos);
        if (probe.kind == Binding::kLocal || probe.kind == Binding::kFunction ||
            probe.kind == Binding::kGlobal || probe.kind == Binding::kAccessor ||
            probe.kind == Binding::kThisMember) {
          for (TypeNode* arg : t->args) CheckType(arg);
          Bind(e, probe);
          break;
        }
      }
      RecordType(t);
      break;
    }
    default:
      Error(e->pos, "Unexpected expression.");
      break;
  }
  statement_level_ = false;
}

// ---------------------------------------------------------------------------------------------

void Resolver::ResolveBodies() {
  // Continuing precompiled dart: libraries (stdlib_snapshot.h), their bodies are not resolved
  // again: only what code compiled now reads of them, the default values and super parameters
  // of generative constructors (DefaultOf, SuperTargetParam) and the initializers of const
  // variables (which default values follow). Their copies in the mixin applications of the
  // program's classes are not precompiled and are resolved as usual.
  auto precompiled = [&](const FunctionElement* f) {
    // An abstract member has no index of its own: its class tells.
    return f->index >= 0 ? builder_->IsSeededFunction(f->index)
                         : f->owner != nullptr && builder_->IsSeededClass(f->owner->index);
  };
  auto read_by_callers = [](const FunctionElement* f) {
    if (f->kind != FunctionDesc::kConstructor || f->node == nullptr) return false;
    for (const Param& p : f->node->params) {
      if (p.default_value != nullptr || p.is_super_init) return true;
    }
    return false;
  };
  for (FunctionElement* f : std::vector<FunctionElement*>(functions_)) {
    if (precompiled(f) && !read_by_callers(f)) continue;
    // A copy of a mixin member is resolved again in its application class (context_), its
    // errors already reported for the mixin itself.
    context_ = ContextOf(f->owner);
    quiet_ = context_ != nullptr;
    BodyResolver body(this, f->library, f->file, f->owner);
    body.ResolveFunctionElement(f);
  }
  context_ = nullptr;
  quiet_ = false;
  for (GlobalElement* g : std::vector<GlobalElement*>(globals_)) {
    if (builder_->IsSeededGlobal(g->index) && !(g->is_const && g->initializer != nullptr)) {
      continue;
    }
    BodyResolver body(this, g->library, g->file, g->owner);
    body.ResolveGlobal(g);
  }
  for (ClassElement* cls : classes_) {
    if (builder_->IsSeededClass(cls->index)) continue;
    context_ = ContextOf(cls);
    quiet_ = context_ != nullptr;
    for (FieldElement* field : cls->fields) {
      BodyResolver body(this, cls->is_application ? cls->mixin->library : cls->library, field->file,
                        cls);
      body.ResolveFieldInitializer(field);
    }
  }
  context_ = nullptr;
  quiet_ = false;
}

}  // namespace islet
