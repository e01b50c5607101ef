// The declaration half of the resolver: library scopes, imports, classes with their members,
// enums, class hierarchies and field slots, type annotations, and the lookups the body
// resolver (resolver_body.cc) and the code generator use. Does not walk function bodies.

#include "compiler/resolver.h"

#include <algorithm>
#include <set>

#include "compiler/diagnostics.h"
#include "compiler/module_builder.h"
#include "compiler/source.h"

namespace islet {

namespace {

bool IsPrivate(const std::string& name) { return !name.empty() && name[0] == '_'; }

}  // namespace

std::string ResolveUri(const std::string& base, const std::string& uri) {
  if (uri.find(':') != std::string::npos) return uri;
  std::string path;
  if (!uri.empty() && uri[0] == '/') {
    // An absolute path keeps only the base's scheme (and empty authority, for file:).
    size_t authority = base.find("://");
    size_t colon = base.find(':');
    if (authority != std::string::npos) {
      path = base.substr(0, base.find('/', authority + 3)) + uri;
    } else {
      path = (colon == std::string::npos ? "" : base.substr(0, colon + 1)) + uri;
    }
  } else {
    size_t slash = base.rfind('/');
    std::string dir = slash == std::string::npos ? "" : base.substr(0, slash + 1);
    path = dir + uri;
  }
  // Normalize "." and ".." segments after the scheme's authority.
  size_t start = path.find(":///");
  std::string prefix;
  if (start != std::string::npos) {
    prefix = path.substr(0, start + 4);
    path = path.substr(start + 4);
  }
  std::vector<std::string> parts;
  size_t pos = 0;
  while (pos <= path.size()) {
    size_t next = path.find('/', pos);
    if (next == std::string::npos) next = path.size();
    std::string part = path.substr(pos, next - pos);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (part != "." && !(part.empty() && !parts.empty() && next != path.size())) {
      parts.push_back(part);
    }
    pos = next + 1;
  }
  std::string out = prefix;
  for (size_t i = 0; i < parts.size(); i++) {
    if (i > 0) out += '/';
    out += parts[i];
  }
  return out;
}

bool IsOperatorName(const std::string& name) {
  static const std::set<std::string> kOperators = {"==", "+", "-",  "*",  "/",  "~/",  "%",
                                                   "<",  ">", "<=", ">=", "[]", "[]=", "unary-",
                                                   "~",  "&", "|",  "^",  "<<", ">>",  ">>>"};
  return kOperators.count(name) > 0;
}

Resolver::Resolver(ModuleBuilder* builder, Diagnostics* diagnostics)
    : builder_(builder), diagnostics_(diagnostics) {}

Resolver::~Resolver() = default;

void Resolver::Error(const SourceFile* file, uint32_t pos, const std::string& message) {
  if (quiet_) return;
  diagnostics_->Error(file, pos, message);
}

const Binding& Resolver::BindingOf(const void* node) const {
  static const Binding kNoBinding;
  auto it = bindings_.find(K(node));
  return it == bindings_.end() ? kNoBinding : it->second;
}

LocalVar* Resolver::VarOf(const void* declaration) const {
  auto it = vars_.find(K(declaration));
  return it == vars_.end() ? nullptr : it->second;
}

FunctionScope* Resolver::ScopeOf(const FunctionNode* node) const {
  auto it = scopes_.find(K(node));
  return it == scopes_.end() ? nullptr : it->second;
}

const std::vector<LocalVar*>& Resolver::PatternVarsOf(const void* key) const {
  static const std::vector<LocalVar*> kNone;
  auto it = pattern_vars_.find(K(key));
  return it == pattern_vars_.end() ? kNone : it->second;
}

int Resolver::TypeOf(const TypeNode* type) const {
  auto it = types_.find(type);
  return it == types_.end() ? -1 : it->second;
}

Resolver::TypeUse Resolver::TypeUseOf(const void* node) const {
  auto it = type_uses_.find(K(node));
  return it == type_uses_.end() ? TypeUse{} : it->second;
}

ClassElement* Resolver::CoreClass(const std::string& name) const {
  if (core_ == nullptr) return nullptr;
  auto it = core_->scope.find(name);
  if (it == core_->scope.end() || it->second.kind != Binding::kClass) return nullptr;
  return it->second.cls;
}

FunctionElement* Resolver::CoreFunction(const std::string& name) const {
  if (core_ == nullptr) return nullptr;
  auto it = core_->scope.find(name);
  if (it == core_->scope.end() || it->second.kind != Binding::kFunction) return nullptr;
  return it->second.function;
}

FunctionElement* Resolver::AsyncFunction(const std::string& name) const {
  for (LibraryElement* library : libraries_) {
    if (library->uri != "dart:async") continue;
    auto it = library->scope.find(name);
    if (it == library->scope.end() || it->second.kind != Binding::kFunction) return nullptr;
    return it->second.function;
  }
  return nullptr;
}

FunctionElement* Resolver::NewFunction(const std::string& name, FunctionDesc::Kind kind,
                                       LibraryElement* library, const SourceFile* file) {
  function_store_.emplace_back();
  FunctionElement* f = &function_store_.back();
  f->name = name;
  f->kind = kind;
  f->library = library;
  f->file = file;
  functions_.push_back(f);
  return f;
}

GlobalElement* Resolver::NewGlobal(const std::string& name, LibraryElement* library,
                                   const SourceFile* file, uint32_t pos) {
  global_store_.emplace_back();
  GlobalElement* g = &global_store_.back();
  g->name = name;
  g->library = library;
  g->file = file;
  g->pos = pos;
  g->index = builder_->AddGlobal();
  globals_.push_back(g);
  return g;
}

void Resolver::DeclareInScope(std::map<std::string, Binding>* scope, const std::string& name,
                              const Binding& binding, const SourceFile* file, uint32_t pos) {
  auto it = scope->find(name);
  if (it == scope->end()) {
    (*scope)[name] = binding;
    return;
  }
  Binding& old = it->second;
  // A getter and a setter of one name form one accessor binding.
  if (old.kind == Binding::kAccessor && binding.kind == Binding::kAccessor) {
    if (binding.function != nullptr && old.function == nullptr) {
      old.function = binding.function;
      return;
    }
    if (binding.setter != nullptr && old.setter == nullptr) {
      old.setter = binding.setter;
      return;
    }
  }
  Error(file, pos, "'" + name + "' is already declared in this scope.");
}

// ---------------------------------------------------------------------------------------------
// Phase 1: declarations.

void Resolver::Resolve(const std::vector<LibraryInput>& inputs) {
  for (const LibraryInput& input : inputs) {
    library_store_.emplace_back();
    LibraryElement* library = &library_store_.back();
    library->uri = input.uri;
    library->is_dart = input.uri.rfind("dart:", 0) == 0;
    library->units = input.units;
    std::string path = input.uri;
    if (!input.units.empty() && input.units[0].first != nullptr && !library->is_dart) {
      path = input.units[0].first->path();
    }
    library->index = builder_->AddLibrary(input.uri, path);
    libraries_.push_back(library);
    if (input.uri == "dart:core") core_ = library;
  }
  for (LibraryElement* library : libraries_) {
    // A dart: library declares under the indices its precompiled code was given, when the
    // compile continues precompiled dart: libraries (module_builder.h, stdlib_snapshot.h).
    if (library->is_dart) builder_->BeginScope(library->uri);
    DeclareLibrary(library);
    if (library->is_dart) builder_->EndScope();
  }
  if (core_ != nullptr) {
    auto it = core_->scope.find("Object");
    if (it != core_->scope.end() && it->second.kind == Binding::kClass) object_ = it->second.cls;
  }
  ComputeExports();
  for (LibraryElement* library : libraries_) ResolveImports(library);
  // Linking may add mixin application classes to classes_.
  for (size_t i = 0; i < classes_.size(); i++) LinkClass(classes_[i]);
  CheckFinalFields();
  ResolveBodies();
}

void Resolver::CheckFinalFields() {
  for (ClassElement* cls : classes_) {
    // The dart: libraries may leave fields to external constructors and natives.
    if (cls->library->is_dart || cls->decl == nullptr) continue;
    for (FieldElement* field : cls->fields) {
      if (!field->is_final || field->is_late || field->var->initializer != nullptr) continue;
      for (auto& [name, ctor] : cls->constructors) {
        if (ctor->is_factory || ctor->is_external) continue;
        auto* cd = static_cast<ConstructorDecl*>(ctor->decl);
        if (cd == nullptr) {
          Error(field->file, field->var->pos,
                "Final field '" + field->name + "' is not initialized.");
          continue;
        }
        bool initialized = false;
        for (const Initializer& init : cd->initializers) {
          if (init.kind == Initializer::kRedirect) initialized = true;
          if (init.kind == Initializer::kField && init.name == field->name) initialized = true;
        }
        if (cd->function != nullptr) {
          for (const Param& p : cd->function->params) {
            if (p.is_this_init && p.name == field->name) initialized = true;
          }
        }
        if (!initialized) {
          Error(cls->file, cd->name_pos != 0 ? cd->name_pos : cd->pos,
                "Final field '" + field->name + "' is not initialized by this constructor.");
        }
      }
    }
  }
}

void Resolver::DeclareLibrary(LibraryElement* library) {
  for (auto& [file, unit] : library->units) {
    for (Decl* decl : unit->declarations) {
      switch (decl->kind) {
        case NodeKind::kFunctionDecl: {
          auto* fd = static_cast<FunctionDecl*>(decl);
          FunctionElement* f = NewFunction(fd->name, FunctionDesc::kTopLevel, library, file);
          f->decl = fd;
          f->node = fd->function;
          f->is_getter = fd->is_getter;
          f->is_setter = fd->is_setter;
          f->is_external = fd->is_external;
          f->is_static = true;
          f->index = builder_->AddFunction();
          Binding b;
          if (fd->is_getter || fd->is_setter) {
            b.kind = Binding::kAccessor;
            (fd->is_getter ? b.function : b.setter) = f;
          } else {
            b.kind = Binding::kFunction;
            b.function = f;
          }
          DeclareInScope(&library->scope, fd->name, b, file, fd->name_pos);
          break;
        }
        case NodeKind::kTopLevelVarDecl: {
          auto* vd = static_cast<TopLevelVarDecl*>(decl);
          for (VarDecl& var : vd->vars) {
            GlobalElement* g = NewGlobal(var.name, library, file, var.pos);
            g->initializer = var.initializer;
            g->is_final = vd->is_final;
            g->is_const = vd->is_const;
            g->is_late = vd->is_late;
            g->is_double = IsDoubleType(vd->type);
            g->type = vd->type;
            Binding b;
            b.kind = Binding::kGlobal;
            b.global = g;
            DeclareInScope(&library->scope, var.name, b, file, var.pos);
            if (vd->is_const && var.initializer == nullptr) {
              Error(file, var.pos, "The const variable '" + var.name + "' must be initialized.");
            }
          }
          break;
        }
        case NodeKind::kClassDecl:
          DeclareClass(library, file, static_cast<ClassDecl*>(decl));
          break;
        case NodeKind::kEnumDecl:
          DeclareEnum(library, file, static_cast<EnumDecl*>(decl));
          break;
        case NodeKind::kTypedefDecl: {
          auto* td = static_cast<TypedefDecl*>(decl);
          Binding b;
          b.kind = Binding::kTypedef;
          b.type_alias = td;
          b.alias_library = library;
          DeclareInScope(&library->scope, td->name, b, file, td->name_pos);
          break;
        }
        case NodeKind::kMixinDecl:
          DeclareMixin(library, file, static_cast<MixinDecl*>(decl));
          break;
        case NodeKind::kExtensionDecl:
          DeclareExtension(library, file, static_cast<ExtensionDecl*>(decl));
          break;
        default:
          Error(file, decl->pos, "Unexpected declaration.");
          break;
      }
    }
  }
}

ClassElement* Resolver::NewClass(const std::string& name, LibraryElement* library,
                                 const SourceFile* file, uint32_t pos) {
  class_store_.emplace_back();
  ClassElement* cls = &class_store_.back();
  cls->index = builder_->AddClass();
  cls->name = name;
  cls->library = library;
  cls->file = file;
  cls->pos = pos;
  classes_.push_back(cls);
  return cls;
}

void Resolver::DeclareClass(LibraryElement* library, const SourceFile* file, ClassDecl* decl) {
  ClassElement* cls = NewClass(decl->name, library, file, decl->name_pos);
  cls->decl = decl;
  cls->type_params = decl->type_params;
  cls->is_abstract = decl->is_abstract;
  cls->is_mixin = decl->is_mixin_class;
  cls->is_mixin_class = decl->is_mixin_class;
  cls->super_type = decl->superclass;
  cls->mixin_types = decl->mixins;
  cls->interface_types = decl->interfaces;
  Binding b;
  b.kind = Binding::kClass;
  b.cls = cls;
  DeclareInScope(&library->scope, decl->name, b, file, decl->name_pos);
  // A mixin application class gets its members and constructors when it is linked.
  if (!decl->is_application) DeclareClassMembers(cls, decl->members);
}

void Resolver::DeclareMixin(LibraryElement* library, const SourceFile* file, MixinDecl* decl) {
  ClassElement* cls = NewClass(decl->name, library, file, decl->name_pos);
  cls->mixin_decl = decl;
  cls->type_params = decl->type_params;
  cls->is_abstract = true;
  cls->is_mixin = true;
  cls->on_types = decl->on_types;
  cls->interface_types = decl->interfaces;
  Binding b;
  b.kind = Binding::kClass;
  b.cls = cls;
  DeclareInScope(&library->scope, decl->name, b, file, decl->name_pos);
  DeclareClassMembers(cls, decl->members);
}

void Resolver::DeclareExtension(LibraryElement* library, const SourceFile* file,
                                ExtensionDecl* decl) {
  ClassElement* cls = NewClass(decl->name.empty() ? "<unnamed extension>" : decl->name, library,
                               file, decl->name_pos);
  cls->extension_decl = decl;
  cls->type_params = decl->type_params;
  cls->is_abstract = true;
  cls->is_extension = true;
  if (decl->on_type != nullptr) cls->on_types.push_back(decl->on_type);
  library->extensions.push_back(cls);
  if (!decl->name.empty()) {
    Binding b;
    b.kind = Binding::kClass;
    b.cls = cls;
    DeclareInScope(&library->scope, decl->name, b, file, decl->name_pos);
  }
  DeclareClassMembers(cls, decl->members);
}

void Resolver::DeclareEnum(LibraryElement* library, const SourceFile* file, EnumDecl* decl) {
  ClassElement* cls = NewClass(decl->name, library, file, decl->name_pos);
  cls->enum_decl = decl;
  cls->is_enum = true;
  cls->mixin_types = decl->mixins;
  cls->interface_types = decl->interfaces;
  Binding b;
  b.kind = Binding::kClass;
  b.cls = cls;
  DeclareInScope(&library->scope, decl->name, b, file, decl->name_pos);
  for (size_t i = 0; i < decl->values.size(); i++) {
    const EnumValue& value = decl->values[i];
    GlobalElement* g = NewGlobal(decl->name + "." + value.name, library, file, value.pos);
    g->owner = cls;
    g->is_const = true;
    g->is_final = true;
    g->enum_index = static_cast<int>(i);
    cls->enum_constants.push_back(g);
    Binding vb;
    vb.kind = Binding::kGlobal;
    vb.global = g;
    DeclareInScope(&cls->statics, value.name, vb, file, value.pos);
  }
  GlobalElement* values = NewGlobal(decl->name + ".values", library, file, decl->name_pos);
  values->owner = cls;
  values->is_const = true;
  values->is_final = true;
  values->is_enum_values = true;
  Binding vb;
  vb.kind = Binding::kGlobal;
  vb.global = values;
  DeclareInScope(&cls->statics, "values", vb, file, decl->name_pos);
  for (Decl* member : decl->members) {
    if (member->kind == NodeKind::kConstructorDecl) {
      auto* cd = static_cast<ConstructorDecl*>(member);
      if (!cd->is_const && !cd->is_factory) {
        Error(file, cd->pos, "Generative enum constructors must be marked as 'const'.");
      }
    } else if (member->kind == NodeKind::kFieldDecl) {
      auto* fd = static_cast<FieldDecl*>(member);
      if (!fd->is_static && !fd->is_final && !fd->vars.empty()) {
        Error(file, fd->vars[0].pos, "Enum fields must be final.");
      }
    }
    if (member->name == "values" || member->name == "index") {
      Error(file, member->name_pos, "An enum can't declare a member named '" + member->name + "'.");
    }
  }
  DeclareClassMembers(cls, decl->members);
}

void Resolver::DeclareClassMembers(ClassElement* cls, const std::vector<Decl*>& members) {
  const SourceFile* file = cls->file;
  LibraryElement* library = cls->library;
  auto check_instance_conflict = [&](const std::string& name, uint32_t pos, bool accessor) {
    if (cls->statics.count(name) > 0) {
      Error(file, pos, "'" + name + "' is already declared in this scope.");
      return false;
    }
    return true;
  };
  for (Decl* member : members) {
    switch (member->kind) {
      case NodeKind::kFieldDecl: {
        auto* fd = static_cast<FieldDecl*>(member);
        for (VarDecl& var : fd->vars) {
          if (fd->is_static) {
            GlobalElement* g = NewGlobal(cls->name + "." + var.name, library, file, var.pos);
            g->owner = cls;
            g->initializer = var.initializer;
            g->is_final = fd->is_final || fd->is_const;
            g->is_const = fd->is_const;
            g->is_late = fd->is_late;
            g->is_double = IsDoubleType(fd->type);
            g->type = fd->type;
            if (cls->members.count(var.name) > 0) {
              Error(file, var.pos, "'" + var.name + "' is already declared in this scope.");
              continue;
            }
            Binding b;
            b.kind = Binding::kGlobal;
            b.global = g;
            DeclareInScope(&cls->statics, var.name, b, file, var.pos);
            if (fd->is_const && var.initializer == nullptr) {
              Error(file, var.pos, "The const variable '" + var.name + "' must be initialized.");
            }
            continue;
          }
          if (fd->is_const) {
            Error(file, var.pos, "Only static fields can be declared as const.");
          }
          if (cls->is_extension) {
            Error(file, var.pos, "Extensions can't declare instance fields");
            continue;
          }
          if (!check_instance_conflict(var.name, var.pos, false)) continue;
          InstanceMember& im = cls->members[var.name];
          if (im.field != nullptr || im.method != nullptr || im.getter != nullptr ||
              im.setter != nullptr) {
            Error(file, var.pos, "'" + var.name + "' is already declared in this scope.");
            continue;
          }
          field_store_.emplace_back();
          FieldElement* field = &field_store_.back();
          field->name = var.name;
          field->is_final = fd->is_final;
          field->is_late = fd->is_late;
          field->is_double = IsDoubleType(fd->type);
          field->type = fd->type;
          field->owner = cls;
          field->decl = fd;
          field->var = &var;
          field->file = file;
          cls->fields.push_back(field);
          im.field = field;
          if (fd->is_late && var.initializer != nullptr) {
            // Lazily initialized: the slot holds <uninitialized> until the synthesized getter
            // runs the initializer (see FieldElement).
            FunctionElement* getter = NewFunction(var.name, FunctionDesc::kMethod, library, file);
            getter->owner = cls;
            getter->is_getter = true;
            getter->is_late_field_getter = true;
            getter->late_field = field;
            getter->decl = fd;
            getter->index = builder_->AddFunction();
            field->late_getter = getter;
            if (!fd->is_final) {
              FunctionElement* setter = NewFunction(var.name, FunctionDesc::kMethod, library, file);
              setter->owner = cls;
              setter->is_setter = true;
              setter->is_late_field_setter = true;
              setter->late_field = field;
              setter->decl = fd;
              setter->index = builder_->AddFunction();
              field->late_setter = setter;
            }
          }
        }
        break;
      }
      case NodeKind::kMethodDecl: {
        auto* md = static_cast<MethodDecl*>(member);
        bool is_getter = md->method_kind == MethodDecl::kGetter;
        bool is_setter = md->method_kind == MethodDecl::kSetter;
        FunctionElement* f = NewFunction(
            md->name, md->is_static ? FunctionDesc::kStatic : FunctionDesc::kMethod, library, file);
        f->owner = cls;
        f->decl = md;
        f->node = md->function;
        f->is_getter = is_getter;
        f->is_setter = is_setter;
        f->is_static = md->is_static;
        f->is_external = md->is_external;
        f->is_abstract = md->is_abstract ||
                         (!md->is_external && md->function != nullptr &&
                          md->function->body == nullptr && md->function->arrow_body == nullptr);
        if (f->is_abstract && md->is_static) {
          Error(file, md->name_pos, "Expected a function body or '=>'.");
          f->is_abstract = false;
        }
        if (f->is_abstract && !cls->is_abstract) {
          // Dart reports a concrete class with an abstract member at the class.
          Error(file, md->name_pos,
                "The non-abstract class '" + cls->name + "' is missing implementations for '" +
                    md->name + "'.");
        }
        if (!f->is_abstract) f->index = builder_->AddFunction();
        if (md->is_static) {
          if (cls->members.count(md->name) > 0) {
            Error(file, md->name_pos, "'" + md->name + "' is already declared in this scope.");
            break;
          }
          Binding b;
          if (is_getter || is_setter) {
            b.kind = Binding::kAccessor;
            (is_getter ? b.function : b.setter) = f;
          } else {
            b.kind = Binding::kFunction;
            b.function = f;
          }
          DeclareInScope(&cls->statics, md->name, b, file, md->name_pos);
          break;
        }
        if (!check_instance_conflict(md->name, md->name_pos, is_getter || is_setter)) break;
        InstanceMember& im = cls->members[md->name];
        bool conflict = false;
        if (is_getter) {
          conflict = im.getter != nullptr || im.method != nullptr || (im.field != nullptr);
          if (!conflict) im.getter = f;
        } else if (is_setter) {
          conflict = im.setter != nullptr || im.method != nullptr || (im.field != nullptr);
          if (!conflict) im.setter = f;
        } else {
          conflict = im.method != nullptr || im.getter != nullptr || im.setter != nullptr ||
                     im.field != nullptr;
          if (!conflict) im.method = f;
        }
        if (conflict) {
          Error(file, md->name_pos, "'" + md->name + "' is already declared in this scope.");
        }
        break;
      }
      case NodeKind::kConstructorDecl: {
        auto* cd = static_cast<ConstructorDecl*>(member);
        if (cls->is_extension || (cls->is_mixin && !cls->is_mixin_class)) {
          Error(file, cd->pos,
                cls->is_extension ? "Extensions can't declare constructors."
                                  : "Mixins can't declare constructors.");
          break;
        }
        FunctionElement* f = NewFunction(
            cd->name, cd->is_factory ? FunctionDesc::kFactory : FunctionDesc::kConstructor, library,
            file);
        f->owner = cls;
        f->decl = cd;
        f->node = cd->function;
        f->is_factory = cd->is_factory;
        f->is_const = cd->is_const;
        f->is_external = cd->is_external;
        f->index = builder_->AddFunction();
        if (cls->constructors.count(cd->name) > 0) {
          Error(file, cd->name_pos,
                cd->name.empty()
                    ? "The unnamed constructor is already defined."
                    : "The constructor with name '" + cd->name + "' is already defined.");
          break;
        }
        cls->constructors[cd->name] = f;
        break;
      }
      default:
        Error(file, member->pos, "Unexpected class member.");
        break;
    }
  }
  // A simple enum needs no constructor of its own (its values are built by _Enum's).
  bool simple_enum = cls->is_enum && members.empty();
  if (cls->constructors.empty() && !cls->is_extension && !simple_enum &&
      !(cls->is_mixin && !cls->is_mixin_class)) {
    FunctionElement* f = NewFunction("", FunctionDesc::kConstructor, library, file);
    f->owner = cls;
    f->index = builder_->AddFunction();
    cls->constructors[""] = f;
  }
}

namespace {

bool SameDeclaration(const Binding& a, const Binding& b) {
  return a.kind == b.kind && a.cls == b.cls && a.function == b.function && a.global == b.global &&
         a.setter == b.setter && a.type_alias == b.type_alias;
}

// Whether a combinator list lets [name] through: `show` lists the names kept (empty: all),
// `hide` the names dropped.
bool PassesCombinators(const Directive& d, const std::string& name) {
  if (!d.show.empty() && std::find(d.show.begin(), d.show.end(), name) == d.show.end()) {
    return false;
  }
  return std::find(d.hide.begin(), d.hide.end(), name) == d.hide.end();
}

}  // namespace

LibraryElement* Resolver::FindLibrary(const std::string& uri) const {
  for (LibraryElement* library : libraries_) {
    if (library->uri == uri) return library;
  }
  return nullptr;
}

void Resolver::ComputeExports() {
  // A library exports its own public declarations and, through each `export`, what the target
  // exports (through its combinators). Exports may form cycles, so the namespaces grow until
  // nothing changes.
  for (LibraryElement* library : libraries_) {
    for (auto& [name, binding] : library->scope) {
      if (!IsPrivate(name)) library->exported[name] = binding;
    }
  }
  // dart:core exports Future, FutureOr and Stream of dart:async. dart:async is compiled only
  // when a program may use it (startup time), so this export is made here, when it is there.
  LibraryElement* async = FindLibrary("dart:async");
  if (core_ != nullptr && async != nullptr) {
    for (const char* name : {"Future", "FutureOr", "Stream"}) {
      auto it = async->scope.find(name);
      if (it != async->scope.end()) core_->exported[name] = it->second;
    }
  }
  struct Export {
    LibraryElement* from;
    const Directive* directive;
    const SourceFile* file;
    LibraryElement* target;
  };
  std::vector<Export> exports;
  for (LibraryElement* library : libraries_) {
    for (auto& [file, unit] : library->units) {
      for (const Directive& d : unit->directives) {
        if (d.kind != Directive::kExport) continue;
        LibraryElement* target = FindLibrary(ResolveUri(library->uri, d.uri));
        if (target == nullptr) {
          Error(file, d.pos, "Not found: '" + d.uri + "'");
          continue;
        }
        exports.push_back({library, &d, file, target});
      }
    }
  }
  // Which export brought each name in (for the message of a conflict), and the conflicts
  // already reported.
  std::map<std::pair<LibraryElement*, std::string>, const Directive*> origin;
  std::set<std::pair<LibraryElement*, std::string>> reported;
  for (bool changed = true; changed;) {
    changed = false;
    for (const Export& e : exports) {
      for (auto& [name, binding] : e.target->exported) {
        if (!PassesCombinators(*e.directive, name)) continue;
        auto it = e.from->exported.find(name);
        if (it == e.from->exported.end()) {
          e.from->exported[name] = binding;
          origin[{e.from, name}] = e.directive;
          changed = true;
        } else if (!SameDeclaration(it->second, binding) && e.from->scope.count(name) == 0 &&
                   reported.insert({e.from, name}).second) {
          const Directive* first = origin[{e.from, name}];
          Error(e.file, e.directive->pos,
                "'" + name + "' is exported from both '" +
                    (first != nullptr ? first->uri : std::string("?")) + "' and '" +
                    e.directive->uri + "'.");
        }
      }
    }
  }
}

void Resolver::ResolveImports(LibraryElement* library) {
  // Imports the export namespace of [from] into [into] (the library, or the namespace of an
  // import prefix). A name from a dart: library gives way to the same name from any other
  // import instead of becoming ambiguous (as in Dart); [from_system] holds the names whose
  // binding in [into] came from a dart: library.
  auto import_names = [&](LibraryElement* into, LibraryElement* from, const Directive* d,
                          std::set<std::string>* from_system) {
    for (auto& [name, binding] : from->exported) {
      if (d != nullptr && !PassesCombinators(*d, name)) continue;
      auto it = into->imported.find(name);
      bool same = it != into->imported.end() && SameDeclaration(it->second, binding);
      if (it == into->imported.end() || (!same && from_system->count(name) && !from->is_dart)) {
        into->imported[name] = binding;
        if (from->is_dart) {
          from_system->insert(name);
        } else {
          from_system->erase(name);
        }
      } else if (!same && !(from->is_dart && !from_system->count(name))) {
        into->ambiguous[name].push_back(binding);
      }
    }
  };
  // Extensions come with their library's import, by name (unnamed ones stay in their own
  // library); a prefixed import brings them too, as in Dart.
  auto import_extensions = [&](LibraryElement* from, const Directive* d) {
    if (from == library) return;
    for (auto& [name, binding] : from->exported) {
      if (binding.kind != Binding::kClass || !binding.cls->is_extension) continue;
      if (d != nullptr && !PassesCombinators(*d, name)) continue;
      if (std::find(library->extensions.begin(), library->extensions.end(), binding.cls) ==
          library->extensions.end()) {
        library->extensions.push_back(binding.cls);
      }
    }
  };
  std::set<std::string> from_system;
  // dart:core is imported into every library implicitly.
  if (core_ != nullptr && core_ != library) {
    import_names(library, core_, nullptr, &from_system);
    import_extensions(core_, nullptr);
  }
  std::map<LibraryElement*, std::set<std::string>> prefix_from_system;
  for (auto& [file, unit] : library->units) {
    for (const Directive& d : unit->directives) {
      switch (d.kind) {
        case Directive::kImport:
        case Directive::kSource2012: {
          if (d.kind == Directive::kSource2012 && d.uri.rfind("dart:", 0) != 0 && d.name.empty() &&
              d.prefix.empty()) {
            // #source('file.dart') includes a part: the loader passes its file with the
            // library, so there is nothing to resolve here.
            break;
          }
          LibraryElement* target = FindLibrary(ResolveUri(library->uri, d.uri));
          if (target == nullptr) {
            Error(file, d.pos, "Not found: '" + d.uri + "'");
            break;
          }
          if (d.is_deferred) {
            Error(file, d.pos,
                  "Deferred loading is not supported: Islet loads every library at startup, "
                  "so remove 'deferred' from this import.");
          }
          import_extensions(target, &d);
          if (!d.prefix.empty()) {
            // A prefix names a namespace of its own, shared by every import with that prefix.
            auto existing = library->scope.find(d.prefix);
            LibraryElement* ns = nullptr;
            if (existing != library->scope.end() && existing->second.kind == Binding::kPrefix) {
              ns = existing->second.prefix;
            } else {
              library_store_.emplace_back();
              ns = &library_store_.back();
              ns->uri = target->uri;
              ns->index = target->index;
              ns->is_dart = target->is_dart;
              Binding b;
              b.kind = Binding::kPrefix;
              b.prefix = ns;
              DeclareInScope(&library->scope, d.prefix, b, file, d.pos);
            }
            import_names(ns, target, &d, &prefix_from_system[ns]);
          } else if (target != library) {
            import_names(library, target, &d, &from_system);
          }
          break;
        }
        case Directive::kExport:  // ComputeExports.
        case Directive::kPart:
        case Directive::kPartOf:
        case Directive::kLibrary:
          break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 2: hierarchies.

ClassElement* Resolver::ResolveClassType(const TypeNode* type, LibraryElement* library,
                                         const SourceFile* file, const char* what) {
  if (type == nullptr) return nullptr;
  if (type->kind != TypeNode::kNamed) {
    Error(file, type->pos, std::string("The type can't be used as ") + what + ".");
    return nullptr;
  }
  Binding b;
  size_t dot = type->name.find('.');
  if (dot != std::string::npos) {
    Binding prefix = LookupLibrary(library, type->name.substr(0, dot));
    if (prefix.kind == Binding::kPrefix) {
      b = LookupLibrary(prefix.prefix, type->name.substr(dot + 1));
    }
  } else {
    b = LookupLibrary(library, type->name);
  }
  // A typedef of a class names that class.
  int depth = 0;
  while (b.kind == Binding::kTypedef && depth++ < 16 && b.type_alias->type != nullptr &&
         b.type_alias->type->kind == TypeNode::kNamed) {
    b = LookupLibrary(b.alias_library, b.type_alias->type->name);
  }
  if (b.kind != Binding::kClass) {
    Error(file, type->pos, "Type '" + type->name + "' not found.");
    return nullptr;
  }
  return b.cls;
}

void Resolver::LinkClass(ClassElement* cls) {
  if (cls->link_state == 2) return;
  if (cls->link_state == 1) {
    Error(cls->file, cls->pos, "'" + cls->name + "' is a supertype of itself.");
    cls->superclass = nullptr;
    return;
  }
  cls->link_state = 1;
  ClassElement* super = nullptr;
  if (cls->is_enum) {
    super = CoreClass("_Enum");
    if (super == nullptr) super = object_;
  } else if (cls->is_mixin && !cls->is_mixin_class) {
    // A mixin's `on` types: the first serves as its superclass for super calls in its own
    // body; all of them constrain where it may be applied.
    for (TypeNode* t : cls->on_types) {
      ClassElement* on = ResolveClassType(t, cls->library, cls->file, "a superclass constraint");
      if (on == nullptr || on == cls) continue;
      if (super == nullptr) {
        super = on;
      } else {
        cls->interfaces.push_back(on);
      }
    }
    if (super == nullptr) super = object_;
  } else if (cls->is_extension) {
    super = object_;
    if (!cls->on_types.empty() && cls->on_types[0]->kind == TypeNode::kNamed) {
      // The on type's class (none for a type parameter, dynamic, a function type or a record
      // type named by a typedef, whose fields are its members).
      TypeDesc t = MakeType(cls->on_types[0], cls->library, cls->type_params, cls->file, true);
      Binding alias = LookupLibrary(cls->library, cls->on_types[0]->name);
      int depth = 0;
      while (alias.kind == Binding::kTypedef && depth++ < 16 && alias.type_alias->type != nullptr &&
             alias.type_alias->type->kind == TypeNode::kNamed) {
        alias = LookupLibrary(alias.alias_library, alias.type_alias->type->name);
      }
      bool record_alias = alias.kind == Binding::kTypedef && alias.type_alias->type != nullptr &&
                          alias.type_alias->type->kind == TypeNode::kRecord;
      if (t.kind == TypeDesc::kClass && !record_alias) {
        for (ClassElement* c : classes_) {
          if (c->index == t.class_index) cls->on_class = c;
        }
      }
    }
  } else if (cls->super_type != nullptr) {
    super = ResolveClassType(cls->super_type, cls->library, cls->file, "a superclass");
    if (super != nullptr && super->is_enum) {
      Error(cls->file, cls->super_type->pos, "Classes can't extend an enum.");
      super = nullptr;
    }
    if (super != nullptr && super->is_mixin && !super->is_mixin_class) {
      Error(cls->file, cls->super_type->pos,
            "The type '" + super->name + "' can't be used as supertype.");
      super = nullptr;
    }
    if (super == nullptr) super = object_;
  } else if (cls != object_) {
    super = object_;
  }
  if (super == cls) {
    Error(cls->file, cls->pos, "'" + cls->name + "' is a supertype of itself.");
    super = object_ == cls ? nullptr : object_;
  }
  if (super != nullptr) {
    LinkClass(super);
    if (cls->link_state != 1) return;  // A cycle was reported below us.
    // A cycle through the superclass chain leaves it pointing back at us.
    for (ClassElement* c = super; c != nullptr; c = c->superclass) {
      if (c == cls) {
        Error(cls->file, cls->pos, "'" + cls->name + "' is a supertype of itself.");
        super = object_ == cls ? nullptr : object_;
        break;
      }
    }
  }
  // `extends S with M1, M2`: S&M1 and (S&M1)&M2 are the superclasses; a named application
  // `class C = S with M1, M2;` is itself the last of them.
  bool named_application = cls->decl != nullptr && cls->decl->is_application;
  for (size_t i = 0; i < cls->mixin_types.size() && super != nullptr; i++) {
    const TypeNode* t = cls->mixin_types[i];
    ClassElement* mixin = ResolveClassType(t, cls->library, cls->file, "a mixin");
    if (mixin == nullptr) continue;
    bool last = i + 1 == cls->mixin_types.size();
    ClassElement* app = ApplyMixin(cls, super, mixin, named_application && last ? cls : nullptr, t);
    if (app == cls) {
      cls->link_state = 1;
      super = cls->superclass;
      break;
    }
    if (app != nullptr) super = app;
  }
  if (named_application && cls->link_state == 1 && !cls->is_application) {
    // No usable mixin: still a class with the superclass's constructors.
    for (auto& [name, ctor] : super->constructors) {
      if (!ctor->is_factory) cls->constructors[name] = ctor;
    }
  }
  cls->superclass = super;
  for (TypeNode* t : cls->interface_types) {
    ClassElement* i = ResolveClassType(t, cls->library, cls->file, "an interface");
    if (i != nullptr && i != cls) cls->interfaces.push_back(i);
  }
  int base = super != nullptr ? super->num_slots : 0;
  for (size_t i = 0; i < cls->fields.size(); i++) cls->fields[i]->slot = base + static_cast<int>(i);
  cls->num_slots = base + static_cast<int>(cls->fields.size());
  cls->link_state = 2;
}

bool Resolver::IsSubtypeOf(ClassElement* cls, ClassElement* of) const {
  std::vector<ClassElement*> pending = {cls};
  std::set<ClassElement*> seen;
  while (!pending.empty()) {
    ClassElement* c = pending.back();
    pending.pop_back();
    if (c == nullptr || !seen.insert(c).second) continue;
    if (c == of) return true;
    pending.push_back(c->superclass);
    for (ClassElement* i : c->interfaces) pending.push_back(i);
  }
  return false;
}

ClassElement* Resolver::ApplyMixin(ClassElement* user, ClassElement* super, ClassElement* mixin,
                                   ClassElement* target, const TypeNode* mixin_type) {
  if (!mixin->is_mixin) {
    Error(user->file, mixin_type->pos,
          "The class '" + mixin->name +
              "' can't be used as a mixin because it isn't a mixin class nor a mixin.");
    return nullptr;
  }
  LinkClass(mixin);
  if (mixin->is_mixin_class && mixin->superclass != object_) return nullptr;
  // Every `on` type must be a supertype of the class the mixin is applied to.
  std::vector<ClassElement*> required;
  if (!mixin->is_mixin_class) {
    if (mixin->superclass != nullptr && mixin->superclass != object_) {
      required.push_back(mixin->superclass);
    }
    for (size_t i = 0; i < mixin->interfaces.size(); i++) {
      // The interfaces of a mixin come from its `on` clause first, then `implements`.
      if (i + 1 < mixin->on_types.size()) required.push_back(mixin->interfaces[i]);
    }
  }
  for (ClassElement* on : required) {
    if (!IsSubtypeOf(super, on)) {
      Error(user->file, user->pos,
            "'" + super->name + "' doesn't implement '" + on->name +
                "' so it can't be used with '" + mixin->name + "'.");
      return nullptr;
    }
  }
  // The applications of a dart: class are precompiled with it, under these indices
  // (module_builder.h); one scope per application, named by class, superclass and mixin.
  bool precompiled_scope = user->library->is_dart;
  if (precompiled_scope) {
    builder_->BeginScope(user->library->uri + "#" + user->name + " extends " + super->name +
                         " with " + mixin->name);
  }
  ClassElement* app = target;
  if (app == nullptr) {
    // Named as the Dart VM names the anonymous application classes.
    app = NewClass("_" + user->name + "&" + super->name + "&" + mixin->name, mixin->library,
                   mixin->file, user->pos);
    app->is_abstract = true;
  }
  app->is_application = true;
  app->mixin = mixin;
  app->superclass = super;
  app->interfaces.push_back(mixin);
  for (const std::string& p : mixin->type_params) app->type_params.push_back(p);
  auto copy = [&](FunctionElement* f) -> FunctionElement* {
    if (f == nullptr) return nullptr;
    FunctionElement* c = NewFunction(f->name, f->kind, f->library, f->file);
    c->owner = app;
    c->decl = f->decl;
    c->node = f->node;
    c->is_getter = f->is_getter;
    c->is_setter = f->is_setter;
    c->is_abstract = f->is_abstract;
    c->is_external = f->is_external;
    c->is_late_field_getter = f->is_late_field_getter;
    c->is_late_field_setter = f->is_late_field_setter;
    c->display_owner = mixin->name;
    if (!c->is_abstract) c->index = builder_->AddFunction();
    return c;
  };
  bool needs_init = false;
  for (auto& [name, im] : mixin->members) {
    InstanceMember& out = app->members[name];
    out.method = copy(im.method);
    out.getter = copy(im.getter);
    out.setter = copy(im.setter);
    if (im.field != nullptr) {
      field_store_.emplace_back();
      FieldElement* field = &field_store_.back();
      *field = *im.field;
      field->owner = app;
      field->late_getter = copy(im.field->late_getter);
      field->late_setter = copy(im.field->late_setter);
      if (field->late_getter != nullptr) field->late_getter->late_field = field;
      if (field->late_setter != nullptr) field->late_setter->late_field = field;
      out.field = field;
    }
  }
  // Fields keep the mixin's declaration order (their slots follow the superclass's).
  for (FieldElement* f : mixin->fields) {
    FieldElement* field = app->members[f->name].field;
    app->fields.push_back(field);
    if (f->var->initializer != nullptr && f->late_getter == nullptr) needs_init = true;
  }
  if (needs_init) {
    FunctionElement* init =
        NewFunction("", FunctionDesc::kConstructor, mixin->library, mixin->file);
    init->owner = app;
    init->is_mixin_init = true;
    init->display_owner = mixin->name;
    init->index = builder_->AddFunction();
    app->mixin_init = init;
  }
  if (precompiled_scope) builder_->EndScope();
  // The application forwards to the superclass's generative constructors.
  app->constructors.clear();
  for (auto& [name, ctor] : super->constructors) {
    if (!ctor->is_factory) app->constructors[name] = ctor;
  }
  int base = super->num_slots;
  for (size_t i = 0; i < app->fields.size(); i++) app->fields[i]->slot = base + static_cast<int>(i);
  app->num_slots = base + static_cast<int>(app->fields.size());
  if (app != target) app->link_state = 2;
  return app;
}

// ---------------------------------------------------------------------------------------------
// Lookups.

Binding Resolver::LookupLibrary(LibraryElement* library, const std::string& name) const {
  auto it = library->scope.find(name);
  if (it != library->scope.end()) return it->second;
  auto imp = library->imported.find(name);
  if (imp != library->imported.end()) return imp->second;
  return Binding{};
}

Binding Resolver::LookupStatic(ClassElement* cls, const std::string& name) const {
  auto it = cls->statics.find(name);
  if (it != cls->statics.end()) return it->second;
  return Binding{};
}

const InstanceMember* Resolver::LookupInstance(ClassElement* cls, const std::string& name,
                                               bool concrete_only) const {
  std::vector<ClassElement*> pending;
  std::set<ClassElement*> seen;
  // Superclasses first, so a concrete member wins over an interface's declaration.
  for (ClassElement* c = cls; c != nullptr && seen.insert(c).second; c = c->superclass) {
    auto it = c->members.find(name);
    if (it != c->members.end()) {
      const InstanceMember& m = it->second;
      bool concrete = m.field != nullptr || (m.method != nullptr && !m.method->is_abstract) ||
                      (m.getter != nullptr && !m.getter->is_abstract) ||
                      (m.setter != nullptr && !m.setter->is_abstract);
      if (!concrete_only || concrete) return &m;
    }
    for (ClassElement* i : c->interfaces) pending.push_back(i);
  }
  if (concrete_only) return nullptr;
  while (!pending.empty()) {
    ClassElement* c = pending.back();
    pending.pop_back();
    if (!seen.insert(c).second) continue;
    auto it = c->members.find(name);
    if (it != c->members.end()) return &it->second;
    if (c->superclass != nullptr) pending.push_back(c->superclass);
    for (ClassElement* i : c->interfaces) pending.push_back(i);
  }
  return nullptr;
}

bool Resolver::AnyClassHasMember(const std::string& name) {
  if (all_member_names_.empty()) {
    for (ClassElement* cls : classes_) {
      if (cls->is_extension) continue;
      for (auto& entry : cls->members) all_member_names_.insert(entry.first);
    }
  }
  return all_member_names_.count(name) > 0;
}

std::vector<std::pair<ClassElement*, const InstanceMember*>> Resolver::ExtensionCandidates(
    LibraryElement* library, const std::string& name) const {
  std::vector<std::pair<ClassElement*, const InstanceMember*>> out;
  for (ClassElement* e : library->extensions) {
    auto it = e->members.find(name);
    if (it != e->members.end()) out.emplace_back(e, &it->second);
  }
  // Most specific first: an extension on a subtype before one on its supertype; one on any
  // type (a type parameter or dynamic) last.
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    ClassElement* x = a.first->on_class;
    ClassElement* y = b.first->on_class;
    if (x == y) return false;
    if (y == nullptr) return x != nullptr;
    if (x == nullptr) return false;
    return IsSubtypeOf(x, y);
  });
  return out;
}

void Resolver::BuildMemberIndex() {
  if (member_index_built_) return;
  member_index_built_ = true;
  for (ClassElement* cls : classes_) {
    for (auto& [name, m] : cls->members) {
      if (m.method != nullptr) members_by_name_[name].push_back(m.method);
      if (m.setter != nullptr) members_by_name_[name + "="].push_back(m.setter);
      if (m.field != nullptr) fields_by_name_[name].push_back(m.field);
    }
  }
}

const std::vector<FunctionElement*>& Resolver::MembersNamed(const std::string& name) {
  BuildMemberIndex();
  return members_by_name_[name];
}

const std::vector<FieldElement*>& Resolver::FieldsNamed(const std::string& name) {
  BuildMemberIndex();
  return fields_by_name_[name];
}

bool Resolver::IsDoubleType(const TypeNode* type) const {
  return type != nullptr && type->kind == TypeNode::kNamed && type->name == "double";
}

TypeDesc Resolver::MakeType(const TypeNode* type, LibraryElement* library,
                            const std::vector<std::string>& type_params, const SourceFile* file,
                            bool report) {
  TypeDesc t;
  if (type == nullptr) {
    t.name = "dynamic";
    return t;
  }
  t.nullable = type->nullable;
  std::string suffix = type->nullable ? "?" : "";
  if (type->kind == TypeNode::kVoid) {
    t.kind = TypeDesc::kVoid;
    t.name = "void";
    return t;
  }
  if (type->kind == TypeNode::kRecord) {
    // Tested as the class Record: the fields' types are erased, except in `is` (codegen).
    std::string name = "(";
    for (size_t i = 0; i < type->positional.size(); i++) {
      name += (i > 0 ? ", " : "") +
              MakeType(type->positional[i], library, type_params, file, report).name;
    }
    if (!type->named.empty()) {
      name += type->positional.empty() ? "{" : ", {";
      for (size_t i = 0; i < type->named.size(); i++) {
        name += (i > 0 ? ", " : "") +
                MakeType(type->named[i].second, library, type_params, file, report).name + " " +
                type->named[i].first;
      }
      name += "}";
    }
    t.name = name + ")" + suffix;
    ClassElement* record = CoreClass("Record");
    if (record != nullptr) {
      t.kind = TypeDesc::kClass;
      t.class_index = record->index;
    }
    return t;
  }
  if (type->kind == TypeNode::kFunction) {
    t.kind = TypeDesc::kFunction;
    std::vector<std::string> inner = type_params;
    inner.insert(inner.end(), type->type_params.begin(), type->type_params.end());
    auto name_of = [&](const TypeNode* p) {
      return MakeType(p, library, inner, file, report).name;
    };
    std::string name =
        (type->return_type != nullptr ? name_of(type->return_type) : "dynamic") + " Function(";
    bool first = true;
    for (const TypeNode* p : type->positional) {
      name += (first ? "" : ", ") + name_of(p);
      first = false;
    }
    if (!type->optional.empty()) {
      name += first ? "[" : ", [";
      for (size_t i = 0; i < type->optional.size(); i++) {
        name += (i > 0 ? ", " : "") + name_of(type->optional[i]);
      }
      name += "]";
      first = false;
    }
    if (!type->named.empty()) {
      name += first ? "{" : ", {";
      for (size_t i = 0; i < type->named.size(); i++) {
        name += (i > 0 ? ", " : "") + name_of(type->named[i].second) + " " + type->named[i].first;
      }
      name += "}";
    }
    t.name = name + ")" + suffix;
    return t;
  }
  std::vector<int> args;
  std::string arg_names;
  for (const TypeNode* arg : type->args) {
    TypeDesc a = MakeType(arg, library, type_params, file, report);
    arg_names += (arg_names.empty() ? "" : ", ") + a.name;
    args.push_back(builder_->InternType(a));
  }
  std::string written = type->name;
  if (!arg_names.empty()) written += "<" + arg_names + ">";
  t.name = written + suffix;
  const std::string& name = type->name;
  if (std::find(type_params.begin(), type_params.end(), name) != type_params.end()) {
    t.kind = TypeDesc::kDynamic;
    if (mark_type_params_) {
      // Reified: its index in the vector; else unknown (-1), which every test lets pass.
      t.kind = TypeDesc::kTypeParameter;
      if (reified_params_ != nullptr) {
        auto it = std::find(reified_params_->begin(), reified_params_->end(), name);
        if (it != reified_params_->end()) {
          t.class_index = static_cast<int>(it - reified_params_->begin());
        }
      }
    }
    return t;
  }
  if (name == "dynamic") {
    t.kind = TypeDesc::kDynamic;
    return t;
  }
  if (name == "Never") {
    t.kind = TypeDesc::kNever;
    return t;
  }
  Binding b;
  size_t dot = name.find('.');
  if (dot != std::string::npos) {
    Binding prefix = LookupLibrary(library, name.substr(0, dot));
    if (prefix.kind == Binding::kPrefix) b = LookupLibrary(prefix.prefix, name.substr(dot + 1));
  } else {
    b = LookupLibrary(library, name);
  }
  if (b.kind == Binding::kTypedef) {
    const TypedefDecl* td = b.type_alias;
    TypeDesc aliased = MakeType(td->type, b.alias_library, td->type_params, file, false);
    aliased.nullable = aliased.nullable || type->nullable;
    aliased.name = t.name;
    return aliased;
  }
  if (b.kind == Binding::kClass && b.cls->extension_decl != nullptr &&
      b.cls->extension_decl->is_extension_type) {
    // An extension type is its representation type at run time.
    const ExtensionDecl* ext = b.cls->extension_decl;
    TypeDesc rep = MakeType(ext->on_type, b.cls->library, ext->type_params, file, false);
    rep.nullable = rep.nullable || type->nullable;
    return rep;
  }
  if (b.kind == Binding::kClass) {
    ClassElement* cls = b.cls;
    bool core = cls->library == core_;
    if (core && cls == object_) {
      t.kind = TypeDesc::kObject;
    } else if (core && cls->name == "Null") {
      t.kind = TypeDesc::kNull;
    } else if (core && cls->name == "Function") {
      t.kind = TypeDesc::kFunction;
    } else {
      t.kind = TypeDesc::kClass;
      t.class_index = cls->index;
      t.args = args;
    }
    return t;
  }
  if (b.kind == Binding::kNone && dot == std::string::npos) {
    // Without a dart:core declaring them, the built-in types still mean what they mean.
    if (name == "Object") {
      t.kind = TypeDesc::kObject;
      return t;
    }
    if (name == "Null") {
      t.kind = TypeDesc::kNull;
      return t;
    }
    if (name == "Function") {
      t.kind = TypeDesc::kFunction;
      return t;
    }
  }
  if (report) Error(file, type->pos, "Type '" + name + "' not found.");
  t.kind = TypeDesc::kDynamic;
  return t;
}

int Resolver::InternTypeIn(const TypeNode* type, LibraryElement* library, ClassElement* cls,
                           const std::vector<std::string>& type_params) {
  std::vector<std::string> params = type_params;
  if (cls != nullptr) params.insert(params.end(), cls->type_params.begin(), cls->type_params.end());
  return builder_->InternType(MakeType(type, library, params, nullptr, false));
}

}  // namespace islet
