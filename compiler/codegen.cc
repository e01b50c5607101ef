// The code generator's driver and function frame: class descriptors, one FunctionDesc per
// declared function (parameters, defaults, native names), global and const-object
// initializers, and FunctionCompiler's emission helpers, registers, prologue, constructor
// bodies and epilogue. Statements, expressions and calls live in codegen_stmt.cc,
// codegen_expr.cc and codegen_call.cc.

#include "compiler/codegen.h"

#include <algorithm>

#include "compiler/diagnostics.h"
#include "compiler/source.h"

namespace islet {

// ---------------------------------------------------------------------------------------------
// CodeGen

void CodeGen::GenerateProgram() {
  // What a seeded builder already holds is precompiled (stdlib_snapshot.h): not generated again.
  for (ClassElement* cls : r_->classes()) {
    if (!builder_->IsSeededClass(cls->index)) DescribeClass(cls);
  }
  for (FunctionElement* f : r_->functions()) {
    if (!builder_->IsSeededFunction(f->index)) GenerateFunction(f);
  }
  for (GlobalElement* g : r_->globals()) {
    if (!builder_->IsSeededGlobal(g->index)) GenerateGlobal(g);
  }
  const std::vector<LibraryElement*>& libraries = r_->libraries();
  if (!libraries.empty()) {
    Binding main = r_->LookupLibrary(libraries.back(), "main");
    if (main.kind == Binding::kFunction && main.function->library == libraries.back()) {
      if (CheckMainSignature(main.function)) {
        builder_->module()->main_function = main.function->index;
      }
    }
  }
}

bool CodeGen::CheckMainSignature(const FunctionElement* main) {
  // The Dart front end's checks of an entry point: the VM can pass main at most two arguments
  // (the command line and the spawnUri message) and no named ones.
  if (main->node == nullptr || main->decl == nullptr || main->file == nullptr) return true;
  int required_positional = 0;
  bool required_named = false;
  for (const Param& p : main->node->params) {
    if (p.is_named) {
      required_named |= p.is_required;
    } else if (!p.is_optional) {
      required_positional++;
    }
  }
  uint32_t pos = main->decl->name_pos;
  if (required_positional > 2) {
    diagnostics_->Error(main->file, pos,
                        "The function 'main' can't have more than two required positional "
                        "parameters.");
    return false;
  }
  if (required_named) {
    diagnostics_->Error(main->file, pos,
                        "The function 'main' can't have any required named parameters.");
    return false;
  }
  return true;
}

void CodeGen::DescribeClass(ClassElement* cls) {
  ClassDesc& desc = builder_->module()->classes[cls->index];
  desc.name = cls->name;
  desc.library = cls->library->index;
  desc.superclass = cls->superclass != nullptr ? cls->superclass->index : -1;
  for (ClassElement* i : cls->interfaces) desc.interfaces.push_back(i->index);
  desc.type_params = cls->type_params;
  desc.is_abstract = cls->is_abstract;
  desc.is_enum = cls->is_enum;
  desc.num_slots = cls->num_slots;
  desc.pos = cls->pos;
  for (FieldElement* field : cls->fields) {
    FieldDesc fd;
    bool hidden = field->late_getter != nullptr;
    fd.name = builder_->InternName(hidden ? LateStorageName(field) : field->name);
    // A `late final` field is final and late: the VM accepts its first store only. The
    // hidden storage of a late field with an initializer is written by its accessors alone.
    fd.is_final = field->is_final && !hidden;
    fd.is_late = field->is_late;
    desc.fields.push_back(fd);
  }
  for (auto& entry : cls->members) {
    // Not a structured binding: clang 14 cannot capture those in a lambda.
    const auto& name = entry.first;
    auto& member = entry.second;
    auto add = [&](MemberDesc::Kind kind, FunctionElement* f) {
      if (f == nullptr) return;
      MemberDesc md;
      md.kind = kind;
      md.name = builder_->InternName(name);
      md.function = f->is_abstract ? -1 : f->index;
      desc.members.push_back(md);
    };
    add(MemberDesc::kMethod, member.method);
    add(MemberDesc::kGetter, member.getter);
    add(MemberDesc::kSetter, member.setter);
    if (member.field != nullptr && member.field->late_getter != nullptr) {
      add(MemberDesc::kGetter, member.field->late_getter);
      add(MemberDesc::kSetter, member.field->late_setter);
    }
  }
}

std::string CodeGen::NativeName(const FunctionElement* f) const {
  if (f->owner == nullptr) return f->is_setter ? f->name + "=" : f->name;
  const std::string& c = f->owner->name;
  if (f->kind == FunctionDesc::kConstructor || f->kind == FunctionDesc::kFactory) {
    return c + "." + (f->name.empty() ? "new" : f->name);
  }
  return c + "." + f->name + (f->is_setter ? "=" : "");
}

const Param* CodeGen::SuperTargetParam(const FunctionElement* ctor, const Param& p,
                                       const FunctionElement** target) const {
  *target = nullptr;
  if (ctor == nullptr || ctor->owner == nullptr || ctor->owner->superclass == nullptr ||
      ctor->node == nullptr) {
    return nullptr;
  }
  const FunctionElement* super = nullptr;
  auto* cd = static_cast<ConstructorDecl*>(ctor->decl);
  if (cd != nullptr) {
    for (const Initializer& init : cd->initializers) {
      if (init.kind != Initializer::kSuper) continue;
      const Binding& b = r_->BindingOf(&init);
      if (b.kind == Binding::kConstructor) super = b.function;
    }
  }
  if (super == nullptr) {
    auto it = ctor->owner->superclass->constructors.find("");
    if (it != ctor->owner->superclass->constructors.end()) super = it->second;
  }
  if (super == nullptr || super->node == nullptr) return nullptr;
  *target = super;
  if (p.is_named) {
    for (const Param& q : super->node->params) {
      if (q.is_named && q.name == p.name) return &q;
    }
    return nullptr;
  }
  // Positional super parameters are passed first, in order.
  int index = 0;
  for (const Param& q : ctor->node->params) {
    if (&q == &p) break;
    if (q.is_super_init && !q.is_named) index++;
  }
  for (const Param& q : super->node->params) {
    if (q.is_named) continue;
    if (index-- == 0) return &q;
  }
  return nullptr;
}

const TypeNode* CodeGen::ParamType(const FunctionElement* function, const Param& p) const {
  if (p.type != nullptr || function == nullptr) return p.type;
  if (p.is_this_init && function->owner != nullptr) {
    auto it = function->owner->members.find(p.name);
    if (it != function->owner->members.end() && it->second.field != nullptr) {
      return it->second.field->type;
    }
    return nullptr;
  }
  if (p.is_super_init) {
    const FunctionElement* target = nullptr;
    const Param* q = SuperTargetParam(function, p, &target);
    if (q != nullptr) return ParamType(target, *q);
  }
  return nullptr;
}

Expr* CodeGen::DefaultOf(const FunctionElement* function, const Param& p) const {
  if (p.default_value != nullptr || !p.is_super_init) return p.default_value;
  // A super parameter without a default takes the super constructor's.
  const FunctionElement* target = nullptr;
  const Param* q = SuperTargetParam(function, p, &target);
  if (q == nullptr || !(q->is_optional || q->is_named)) return nullptr;
  return DefaultOf(target, *q);
}

namespace {

// [type] as Dart prints it in a function's signature: without import prefixes, function types
// as "(int) => String", untyped as dynamic.
std::string TypeText(const TypeNode* type) {
  if (type == nullptr) return "dynamic";
  std::string text;
  auto join = [&](const std::vector<TypeNode*>& types) {
    for (size_t i = 0; i < types.size(); i++) text += (i > 0 ? ", " : "") + TypeText(types[i]);
  };
  auto join_named = [&](const std::vector<std::pair<std::string, TypeNode*>>& named) {
    for (size_t i = 0; i < named.size(); i++) {
      text += (i > 0 ? ", " : "") + TypeText(named[i].second) + " " + named[i].first;
    }
  };
  switch (type->kind) {
    case TypeNode::kVoid:
      return "void";
    case TypeNode::kNamed: {
      size_t dot = type->name.rfind('.');
      text = dot == std::string::npos ? type->name : type->name.substr(dot + 1);
      if (!type->args.empty()) {
        text += "<";
        join(type->args);
        text += ">";
      }
      break;
    }
    case TypeNode::kFunction:
      if (!type->type_params.empty()) {
        text += "<";
        for (size_t i = 0; i < type->type_params.size(); i++) {
          text += (i > 0 ? ", " : "") + type->type_params[i];
        }
        text += ">";
      }
      text += "(";
      join(type->positional);
      if (!type->optional.empty()) {
        text += type->positional.empty() ? "[" : ", [";
        join(type->optional);
        text += "]";
      }
      if (!type->named.empty()) {
        text += type->positional.empty() ? "{" : ", {";
        join_named(type->named);
        text += "}";
      }
      text += ") => " + TypeText(type->return_type);
      if (type->nullable) text = "(" + text + ")";
      break;
    case TypeNode::kRecord:
      text = "(";
      join(type->positional);
      if (!type->named.empty()) {
        text += type->positional.empty() ? "{" : ", {";
        join_named(type->named);
        text += "}";
      }
      text += type->named.empty() && type->positional.size() == 1 ? ",)" : ")";
      break;
  }
  if (type->nullable) text += "?";
  return text;
}

// The static type of a function literal's `=> expr` body when it is evident: a literal, or a
// parameter of [node] with a declared type; dynamic otherwise (Islet does not infer types).
std::string LiteralType(const Expr* e, const FunctionNode* node) {
  switch (e->kind) {
    case NodeKind::kIdentifier:
      for (const Param& p : node->params) {
        if (p.name == static_cast<const Identifier*>(e)->name && p.type != nullptr) {
          return TypeText(p.type);
        }
      }
      return "dynamic";
    case NodeKind::kIntLiteral:
      return "int";
    case NodeKind::kDoubleLiteral:
      return "double";
    case NodeKind::kStringLiteral:
    case NodeKind::kStringInterpolation:
      return "String";
    case NodeKind::kBoolLiteral:
      return "bool";
    case NodeKind::kNullLiteral:
      return "Null";
    default:
      return "dynamic";
  }
}

}  // namespace

std::string CodeGen::Signature(const FunctionElement* function, const FunctionNode* node) const {
  std::string text;
  if (node != nullptr && !node->type_params.empty()) {
    text += "<";
    for (size_t i = 0; i < node->type_params.size(); i++) {
      text += (i > 0 ? ", " : "") + node->type_params[i];
    }
    text += ">";
  }
  text += "(";
  std::string optional;
  std::string named;
  int printed = 0;
  if (node != nullptr) {
    for (const Param& p : node->params) {
      std::string type = TypeText(ParamType(function, p));
      if (p.is_named) {
        named += (named.empty() ? "" : ", ") + std::string(p.is_required ? "required " : "") +
                 type + " " + p.name;
      } else if (p.is_optional) {
        optional += (optional.empty() ? "" : ", ") + type;
      } else {
        text += (printed++ > 0 ? ", " : "") + type;
      }
    }
  }
  if (!optional.empty()) text += (printed++ > 0 ? ", [" : "[") + optional + "]";
  if (!named.empty()) text += (printed++ > 0 ? ", {" : "{") + named + "}";
  text += ") => ";
  bool is_literal = function == nullptr || function->kind == FunctionDesc::kClosure;
  if (function != nullptr &&
      (function->kind == FunctionDesc::kConstructor || function->is_factory)) {
    return text + (function->owner != nullptr ? function->owner->name : "dynamic");
  }
  if (function != nullptr && function->is_setter) return text + "void";
  if (node == nullptr || node->return_type != nullptr || !is_literal) {
    return text + TypeText(node != nullptr ? node->return_type : nullptr);
  }
  // A function literal or local function without a return type: Dart infers one. Islet
  // knows it only for a literal `=> body` and a block body that returns no value (Null).
  std::string inferred = "dynamic";
  if (node->arrow_body != nullptr) {
    inferred = LiteralType(node->arrow_body, node);
  } else {
    const FunctionScope* scope = r_->ScopeOf(node);
    if (scope != nullptr && !scope->returns_value) inferred = "Null";
  }
  switch (node->async_kind) {
    case AsyncKind::kSync:
      return text + inferred;
    case AsyncKind::kAsync:
      return text + "Future<" + inferred + ">";
    case AsyncKind::kSyncStar:
      return text + "Iterable<dynamic>";
    case AsyncKind::kAsyncStar:
      return text + "Stream<dynamic>";
  }
  return text + inferred;
}

void CodeGen::DescribeParams(const FunctionElement* function, FunctionNode* node,
                             FunctionDesc* desc, FunctionBuilder* fb,
                             std::vector<Expr*>* computed_defaults) {
  desc->signature = Signature(function, node);
  if (node == nullptr) return;
  for (const Param& p : node->params) {
    desc->param_names.push_back(builder_->InternName(p.name));
    if (p.is_named) {
      desc->named_params.push_back(builder_->InternName(p.name));
      desc->named_required.push_back(p.is_required);
    } else if (p.is_optional) {
      desc->num_optional_positional++;
    } else {
      desc->num_required++;
    }
    if (!p.is_named && !p.is_optional) continue;
    // A default is a pool constant when it is a literal; anything else (a const object, an
    // enum value, a const variable) is computed by the prologue (kComputedDefault).
    int index = -1;
    Expr* d = DefaultOf(function, p);
    Expr* original = d;
    // A const variable initialized by a literal is that literal.
    for (int depth = 0; d != nullptr && depth < 8; depth++) {
      if (d->kind != NodeKind::kIdentifier && d->kind != NodeKind::kPropertyGet) break;
      const Binding& b = r_->BindingOf(d);
      if (b.kind != Binding::kGlobal || !b.global->is_const || b.global->initializer == nullptr) {
        break;
      }
      d = b.global->initializer;
    }
    bool as_double = r_->IsDoubleType(ParamType(function, p));
    if (d != nullptr) {
      bool negative = false;
      if (d->kind == NodeKind::kUnary && static_cast<Unary*>(d)->op == "-") {
        Expr* operand = static_cast<Unary*>(d)->operand;
        if (operand->kind == NodeKind::kIntLiteral || operand->kind == NodeKind::kDoubleLiteral) {
          negative = true;
          d = operand;
        }
      }
      switch (d->kind) {
        case NodeKind::kNullLiteral:
          index = -1;
          break;
        case NodeKind::kBoolLiteral:
          index = fb->BoolConstant(static_cast<BoolLiteral*>(d)->value);
          break;
        case NodeKind::kIntLiteral: {
          int64_t v = static_cast<IntLiteral*>(d)->value;
          if (negative) v = static_cast<int64_t>(0 - static_cast<uint64_t>(v));
          index = as_double ? fb->DoubleConstant(static_cast<double>(v)) : fb->IntConstant(v);
          break;
        }
        case NodeKind::kDoubleLiteral: {
          double v = static_cast<DoubleLiteral*>(d)->value;
          index = fb->DoubleConstant(negative ? -v : v);
          break;
        }
        case NodeKind::kStringLiteral:
          index = fb->StringConstant(static_cast<StringLiteral*>(d)->value);
          break;
        default:
          index = kComputedDefault;
          if (computed_defaults != nullptr) computed_defaults->push_back(original);
          break;
      }
      if (index == -1 && d->kind != NodeKind::kNullLiteral) index = -1;
    }
    if (index != kComputedDefault && computed_defaults != nullptr) {
      computed_defaults->push_back(nullptr);
    }
    desc->defaults.push_back(index);
  }
}

// Adds the hidden named parameter of a function that reifies its type parameters (module.h,
// kTypeArgumentsParam): optional, null when a call passes no type arguments, last in registers.
void DescribeTypeArgsParam(ModuleBuilder* builder, FunctionDesc* desc) {
  int name = builder->InternName(kTypeArgumentsParam);
  desc->param_names.push_back(name);
  desc->named_params.push_back(name);
  desc->named_required.push_back(false);
  desc->defaults.push_back(-1);
}

void CodeGen::GenerateFunction(FunctionElement* f) {
  if (f->index < 0) return;  // Abstract: no function.
  FunctionDesc desc;
  if (f->is_external) {
    FunctionBuilder fb;
    desc = fb.Finish();
    DescribeParams(f, f->node, &desc, &fb, nullptr);
    if (f->scope != nullptr && f->scope->type_args != nullptr) {
      DescribeTypeArgsParam(builder_, &desc);
    }
    // Constants of external defaults live in the function's own pool.
    FunctionDesc pool = fb.Finish();
    desc.constants = pool.constants;
    desc.name = f->scope != nullptr ? f->scope->name : f->name;
    desc.kind = f->kind;
    desc.library = f->library->index;
    desc.owner_class = f->owner != nullptr ? f->owner->index : -1;
    desc.is_getter = f->is_getter;
    desc.is_setter = f->is_setter;
    desc.is_external = true;
    desc.native_name = NativeName(f);
    desc.pos = f->decl != nullptr ? f->decl->pos : 0;
    desc.num_registers = 1 + static_cast<int>(desc.param_names.size());
    builder_->SetFunction(f->index, std::move(desc));
    return;
  }
  // A mixin member copied into an application class reads that class's resolution.
  r_->set_context(Resolver::ContextOf(f->owner));
  FunctionCompiler fc(this, f->scope, f->file, f->library, f->owner);
  if (f->is_late_field_getter) {
    desc = fc.CompileLateFieldGetter(f);
  } else if (f->is_late_field_setter) {
    desc = fc.CompileLateFieldSetter(f);
  } else {
    desc = fc.CompileFunction(f);
  }
  r_->set_context(nullptr);
  builder_->SetFunction(f->index, std::move(desc));
}

void CodeGen::GenerateGlobal(GlobalElement* g) {
  GlobalDesc& desc = builder_->module()->globals[g->index];
  desc.name = g->name;
  desc.library = g->library->index;
  desc.owner_class = g->owner != nullptr ? g->owner->index : -1;
  desc.is_final = g->is_final;
  desc.is_const = g->is_const;
  desc.is_late = g->is_late;
  if (g->initializer == nullptr && g->enum_index < 0 && !g->is_enum_values) return;
  int index = builder_->AddFunction();
  builder_->module()->globals[g->index].initializer = index;
  FunctionCompiler fc(this, g->scope, g->file, g->library, g->owner);
  builder_->SetFunction(index, fc.CompileGlobalInitializer(g));
}

int CodeGen::ConstObjectFor(Expr* e, const SourceFile* file, LibraryElement* library,
                            ClassElement* cls, const std::string& context_name) {
  auto it = const_objects_.find(e);
  if (it != const_objects_.end()) return it->second;
  int index = builder_->AddConstObject();
  const_objects_[e] = index;
  int function = builder_->AddFunction();
  builder_->module()->const_objects[index].initializer = function;
  FunctionScope scope;
  scope.name = context_name;
  FunctionCompiler fc(this, &scope, file, library, cls);
  FunctionDesc desc = fc.CompileConstInitializer(e);
  builder_->SetFunction(function, std::move(desc));
  return index;
}

int CodeGen::ConstructorTearOff(const ClassElement* cls, const FunctionElement* ctor) {
  auto key = std::make_pair(cls, ctor);
  auto it = ctor_tear_offs_.find(key);
  if (it != ctor_tear_offs_.end()) return it->second;
  int index = builder_->AddFunction();
  ctor_tear_offs_[key] = index;
  const void* saved = r_->context();
  r_->set_context(Resolver::ContextOf(ctor->owner));
  FunctionScope scope;
  scope.name = cls->name + (ctor->name.empty() ? "" : "." + ctor->name);
  FunctionCompiler fc(this, &scope, ctor->file, ctor->library, const_cast<ClassElement*>(cls));
  FunctionDesc desc = fc.CompileConstructorTearOff(cls, ctor);
  r_->set_context(saved);
  builder_->SetFunction(index, std::move(desc));
  return index;
}

// ---------------------------------------------------------------------------------------------
// FunctionCompiler: frame, registers, emission

FunctionCompiler::FunctionCompiler(CodeGen* cg, FunctionScope* scope, const SourceFile* file,
                                   LibraryElement* library, ClassElement* cls)
    : cg_(cg), r_(cg->resolver()), scope_(scope), file_(file), library_(library), cls_(cls) {
  is_var_[0] = true;
}

void FunctionCompiler::Error(uint32_t pos, const std::string& message) {
  cg_->diagnostics()->Error(file_, pos, message);
}

void FunctionCompiler::Pos(uint32_t offset) {
  if (file_ == nullptr || offset == last_pos_) return;
  last_pos_ = offset;
  int line = 0;
  int col = 0;
  file_->LineCol(offset, &line, &col);
  fb_.SetPosition(line, col);
}

uint32_t FunctionCompiler::BracketPos(const Index* e) const {
  if (file_ == nullptr) return e->pos;
  const std::string& text = file_->text();
  uint32_t i = std::min<uint32_t>(e->index->pos, static_cast<uint32_t>(text.size()));
  while (i > e->pos) {
    char c = text[i - 1];
    if (c == '[') return i - 1;
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    i--;
  }
  return e->pos;
}

int FunctionCompiler::AllocReg() {
  if (free_reg_ >= kMaxRegisters - 1) {
    if (!registers_exhausted_) {
      registers_exhausted_ = true;
      Error(last_pos_ == UINT32_MAX ? 0 : last_pos_, "Too many local variables.");
    }
    // Keep going with a valid register: the module is discarded on errors.
    return kMaxRegisters - 2;
  }
  int r = free_reg_++;
  max_reg_ = std::max(max_reg_, free_reg_);
  return r;
}

void FunctionCompiler::FreeTo(int mark) {
  for (int r = mark; r < free_reg_ && r < kMaxRegisters; r++) is_var_[r] = false;
  free_reg_ = mark;
}

void FunctionCompiler::DeclareVarReg(LocalVar* v, int reg) {
  v->reg = reg;
  is_var_[reg] = true;
}

int FunctionCompiler::ThisReg(int scratch) {
  LocalVar* t = scope_->this_var;
  if (t != nullptr) return 0;
  // A closure: `this` of the enclosing method is a capture.
  for (FunctionScope* s = scope_; s != nullptr; s = s->parent) {
    if (s->this_var != nullptr) {
      int index = scope_->CaptureIndex(s->this_var);
      if (index < 0) break;
      Emit(Opcode::kGetCapture, scratch, index, 0);
      return scratch;
    }
  }
  // No `this` here (an error was reported): keep the code well formed.
  Emit(Opcode::kLoadNull, scratch, 0, 0);
  return scratch;
}

int FunctionCompiler::EmitJump(Opcode op, int a) {
  if (InfoOf(op).format == OperandFormat::ksAx) return fb_.EmitSAx(op, 0);
  return fb_.EmitAsBx(op, a, 0);
}

void FunctionCompiler::PatchTo(int jump_pc, int target) {
  if (!fb_.PatchJump(jump_pc, target)) Error(last_pos_, "The function is too large.");
  last_target_pc_ = std::max(last_target_pc_, target);
}

void FunctionCompiler::PatchHere(int jump_pc) { PatchTo(jump_pc, fb_.pc()); }

void FunctionCompiler::PatchHere(const std::vector<int>& jumps) {
  for (int j : jumps) PatchHere(j);
}

void FunctionCompiler::EmitLoop(int target) {
  int pc = fb_.EmitSAx(Opcode::kJumpLoop, 0);
  if (!fb_.PatchJump(pc, target)) Error(last_pos_, "The function is too large.");
}

bool FunctionCompiler::Reachable() const {
  if (fb_.pc() == 0) return true;
  if (last_target_pc_ == fb_.pc()) return true;
  switch (fb_.last_op()) {
    case Opcode::kReturn:
    case Opcode::kReturnNull:
    case Opcode::kJump:
    case Opcode::kJumpLoop:
    case Opcode::kThrow:
    case Opcode::kRethrow:
      return false;
    default:
      return true;
  }
}

int FunctionCompiler::Constant(int index) {
  if (index < 0) {
    Error(last_pos_, "Too many constants in one function.");
    return 0;
  }
  return index;
}

void FunctionCompiler::LoadInt(int dest, int64_t value) {
  if (value >= kMinSBx && value <= kMaxSBx) {
    fb_.EmitAsBx(Opcode::kLoadInt, dest, static_cast<int>(value));
  } else {
    EmitABx(Opcode::kLoadConst, dest, Constant(fb_.IntConstant(value)));
  }
}

void FunctionCompiler::LoadDouble(int dest, double value) {
  EmitABx(Opcode::kLoadConst, dest, Constant(fb_.DoubleConstant(value)));
}

void FunctionCompiler::LoadString(int dest, const std::string& value) {
  EmitABx(Opcode::kLoadConst, dest, Constant(fb_.StringConstant(value)));
}

int FunctionCompiler::Name(const std::string& name) {
  int index = cg_->builder()->InternName(name);
  if (index > 0xffff) Error(last_pos_, "Too many names in the program.");
  return index & 0xffff;
}

void FunctionCompiler::EmitGetProp(int dest, int object, const std::string& name) {
  Emit(Opcode::kGetProp, dest, object, 0);
  fb_.EmitWord(static_cast<uint32_t>(Name(name)) | (static_cast<uint32_t>(fb_.NewIc()) << 16));
}

void FunctionCompiler::EmitSetProp(int object, int value, const std::string& name) {
  Emit(Opcode::kSetProp, object, value, 0);
  fb_.EmitWord(static_cast<uint32_t>(Name(name)) | (static_cast<uint32_t>(fb_.NewIc()) << 16));
}

void FunctionCompiler::EmitInvoke(int base, int argc, const std::string& name, int arg_desc) {
  Emit(Opcode::kInvoke, base, argc, 0);
  fb_.EmitWord(static_cast<uint32_t>(Name(name)));
  fb_.EmitWord(static_cast<uint32_t>(fb_.NewIc()) | (static_cast<uint32_t>(arg_desc) << 16));
}

void FunctionCompiler::EmitCallStatic(int base, int argc, int function, int arg_desc) {
  Emit(Opcode::kCallStatic, base, argc, 0);
  fb_.EmitWord(static_cast<uint32_t>(function));
  fb_.EmitWord(static_cast<uint32_t>(arg_desc) << 16);
}

void FunctionCompiler::EmitCallClosure(int base, int argc, int arg_desc) {
  Emit(Opcode::kCallClosure, base, argc, 0);
  fb_.EmitWord(static_cast<uint32_t>(fb_.NewIc()) | (static_cast<uint32_t>(arg_desc) << 16));
}

void FunctionCompiler::LoadType(int dest, int type_index) {
  EmitABx(Opcode::kLoadType, dest, type_index);
}

// ---------------------------------------------------------------------------------------------
// Function bodies

void FunctionCompiler::CheckArgs(const FunctionElement* callee, const Arguments& args, uint32_t pos,
                                 int extra_positional,
                                 const std::vector<std::string>& extra_named) {
  CheckArgsOf(callee->node, args, pos, extra_positional, extra_named);
}

void FunctionCompiler::CheckArgsOf(const FunctionNode* node, const Arguments& args, uint32_t pos,
                                   int extra_positional,
                                   const std::vector<std::string>& extra_named) {
  int required = 0;
  int optional = 0;
  std::vector<const Param*> named;
  if (node != nullptr) {
    for (const Param& p : node->params) {
      if (p.is_named) {
        named.push_back(&p);
      } else if (p.is_optional) {
        optional++;
      } else {
        required++;
      }
    }
  }
  int given = static_cast<int>(args.positional.size()) + extra_positional;
  if (given > required + optional) {
    Error(pos, "Too many positional arguments: " + std::to_string(required + optional) +
                   " allowed, but " + std::to_string(given) + " found.");
  } else if (given < required) {
    Error(pos, "Too few positional arguments: " + std::to_string(required) + " required, " +
                   std::to_string(given) + " given.");
  }
  std::vector<std::string> names = extra_named;
  for (const NamedArg& n : args.named) names.push_back(n.name);
  for (size_t i = 0; i < names.size(); i++) {
    bool found = false;
    for (const Param* p : named) found = found || p->name == names[i];
    if (!found) {
      uint32_t at = i >= extra_named.size() ? args.named[i - extra_named.size()].pos : pos;
      Error(at, "No named parameter with the name '" + names[i] + "'.");
    }
  }
  for (const Param* p : named) {
    if (!p->is_required) continue;
    if (std::find(names.begin(), names.end(), p->name) == names.end()) {
      Error(pos, "Required named parameter '" + p->name + "' must be provided.");
    }
  }
}

void FunctionCompiler::Prologue(FunctionNode* node, FunctionDesc* desc) {
  std::vector<Expr*> computed;
  cg_->DescribeParams(function_, node, desc, &fb_, &computed);
  if (scope_->type_args != nullptr) DescribeTypeArgsParam(cg_->builder(), desc);
  // Parameters occupy R[1..n] in declaration order.
  for (LocalVar* v : scope_->params) DeclareVarReg(v, AllocReg());
  if (node == nullptr) return;
  // Defaults that are not pool constants: the VM passed <uninitialized>.
  size_t optional_index = 0;
  for (size_t i = 0; i < node->params.size(); i++) {
    const Param& p = node->params[i];
    if (!p.is_named && !p.is_optional) continue;
    Expr* d = optional_index < computed.size() ? computed[optional_index] : nullptr;
    optional_index++;
    if (d == nullptr) continue;
    int reg = scope_->params[i]->reg;
    int mark = free_reg_;
    int t = AllocReg();
    Pos(p.pos);
    Emit(Opcode::kLoadUninit, t, 0, 0);
    Emit(Opcode::kIdentical, t, reg, t);
    int skip = EmitJump(Opcode::kJumpIfFalse, t);
    bool saved = const_context_;
    const_context_ = true;
    is_var_[reg] = false;
    ExprToTyped(d, reg, cg_->ParamType(function_, p));
    is_var_[reg] = true;
    const_context_ = saved;
    PatchHere(skip);
    FreeTo(mark);
  }
  // Before the parameters are boxed: each iterator of a sync* iterable gets its own boxes.
  AsyncPrologue(node);
  for (size_t i = 0; i < scope_->params.size() && i < node->params.size(); i++) {
    LocalVar* v = scope_->params[i];
    const TypeNode* t = node->params[i].type;
    v->is_dynamic = t == nullptr || (t->kind == TypeNode::kNamed && t->name == "dynamic");
    if (v->boxed()) Emit(Opcode::kNewBox, v->reg, v->reg, 0);
  }
}

void FunctionCompiler::CompileBody(FunctionNode* node, const TypeNode* return_type) {
  // An async body's declared type is Future<T> or Stream<T>, not the type of what it returns.
  if (node->async_kind != AsyncKind::kSync) return_type = nullptr;
  return_type_ = return_type;
  if (node->body != nullptr) {
    Block_(node->body->statements);
  } else if (node->arrow_body != nullptr) {
    Pos(node->arrow_body->pos);
    if (is_generative_ctor_) {
      ExprEffect(node->arrow_body);
    } else {
      int mark = free_reg_;
      int r = return_type == nullptr ? InPlaceReg(node->arrow_body) : -1;
      if (r < 0) {
        r = AllocReg();
        ExprToTyped(node->arrow_body, r, return_type);
      }
      EmitReturnValue(r);
      FreeTo(mark);
    }
  }
  Pos(node->end_pos);
  EmitImplicitReturn();
  AsyncEpilogue();
}

void FunctionCompiler::EmitImplicitReturn() {
  if (!Reachable()) return;
  if (is_generative_ctor_) {
    Emit(Opcode::kReturn, 0, 0, 0);
  } else {
    EmitReturnValue(-1);
  }
}

FunctionDesc FunctionCompiler::Finish() {
  FunctionDesc& d = fb_.desc();
  d.num_registers = std::max(max_reg_, free_reg_);
  if (d.num_registers > kMaxRegisters) d.num_registers = kMaxRegisters;
  if (d.code.empty()) Emit(Opcode::kReturnNull, 0, 0, 0);
  return fb_.Finish();
}

FunctionDesc FunctionCompiler::CompileFunction(FunctionElement* f) {
  kind_ = f->kind;
  function_ = f;
  FunctionDesc& d = fb_.desc();
  d.name = scope_->name;
  d.kind = f->kind;
  d.library = library_->index;
  d.owner_class = f->owner != nullptr ? f->owner->index : -1;
  d.is_getter = f->is_getter;
  d.is_setter = f->is_setter;
  d.pos = f->decl != nullptr ? f->decl->pos : (f->owner != nullptr ? f->owner->pos : 0);
  Pos(f->node != nullptr ? f->node->pos : d.pos);
  is_generative_ctor_ = f->kind == FunctionDesc::kConstructor;
  Prologue(f->node, &d);
  if (is_generative_ctor_) {
    CompileConstructorBody(f);
    return Finish();
  }
  if (f->kind == FunctionDesc::kFactory &&
      static_cast<ConstructorDecl*>(f->decl)->redirect_type != nullptr) {
    CompileRedirectingFactory(f);
    return Finish();
  }
  CompileBody(f->node, f->node->return_type);
  return Finish();
}

void FunctionCompiler::CompileRedirectingFactory(FunctionElement* f) {
  auto* cd = static_cast<ConstructorDecl*>(f->decl);
  const Binding& b = r_->BindingOf(cd);
  if (b.kind != Binding::kConstructor) {
    Emit(Opcode::kReturnNull, 0, 0, 0);
    return;
  }
  // Pass every parameter on, positional ones in order and named ones by name.
  Arguments args;
  std::vector<Identifier> ids;
  ids.reserve(f->node->params.size());
  int mark = free_reg_;
  int base = AllocReg();
  if (!b.function->is_factory) EmitABx(Opcode::kNew, base, b.cls->index);
  std::vector<int> named;
  int count = 0;
  for (size_t i = 0; i < f->node->params.size(); i++) {
    const Param& p = f->node->params[i];
    int reg = AllocReg();
    EmitMove(reg, scope_->params[i]->reg);
    count++;
    if (p.is_named) {
      named.push_back(Name(p.name));
      NamedArg n;
      n.name = p.name;
      n.pos = p.pos;
      args.named.push_back(n);
    } else {
      args.positional.push_back(nullptr);
    }
  }
  CheckArgs(b.function, args, cd->redirect_type->pos);
  int positional = count - static_cast<int>(named.size());
  Pos(cd->redirect_type->pos);
  EmitCallStatic(base, count, b.function->index, cg_->builder()->InternArgDesc(positional, named));
  Emit(Opcode::kReturn, base, 0, 0);
  FreeTo(mark);
}

void FunctionCompiler::CompileConstructorBody(FunctionElement* f) {
  ClassElement* cls = f->owner;
  auto* cd = static_cast<ConstructorDecl*>(f->decl);
  const Initializer* redirect = nullptr;
  const Initializer* super_init = nullptr;
  if (cd != nullptr) {
    for (const Initializer& init : cd->initializers) {
      if (init.kind == Initializer::kRedirect) redirect = &init;
      if (init.kind == Initializer::kSuper) super_init = &init;
    }
  }
  if (redirect != nullptr) {
    const Binding& b = r_->BindingOf(redirect);
    if (b.kind == Binding::kConstructor) {
      int mark = free_reg_;
      int base = AllocReg();
      Emit(Opcode::kMove, base, 0, 0);
      CheckArgs(b.function, redirect->args, redirect->pos);
      ArgsInfo info = CompileArgs(redirect->args, base, b.function);
      Pos(redirect->pos);
      EmitCallStatic(base, info.count, b.function->index, info.arg_desc);
      FreeTo(mark);
    }
    if (cd->function->body != nullptr && !cd->function->body->statements.empty()) {
      Error(cd->function->body->pos, "Redirecting constructors can't have a body.");
    }
    Emit(Opcode::kReturn, 0, 0, 0);
    return;
  }
  // (1) Field initializers in declaration order.
  for (FieldElement* field : cls->fields) {
    Expr* init = field->var->initializer;
    if (init == nullptr || field->late_getter != nullptr) continue;
    if (init->kind == NodeKind::kNullLiteral) continue;  // New already stored null.
    int mark = free_reg_;
    Pos(init->pos);
    int r = AllocReg();
    ExprToTyped(init, r, field->type);
    Emit(Opcode::kSetField, 0, r, field->slot);
    FreeTo(mark);
  }
  if (f->is_mixin_init) {
    Emit(Opcode::kReturn, 0, 0, 0);
    return;
  }
  // (2) Initializing formals.
  std::vector<int> super_positional;
  std::vector<std::pair<std::string, int>> super_named;
  if (f->node != nullptr) {
    for (size_t i = 0; i < f->node->params.size(); i++) {
      const Param& p = f->node->params[i];
      int reg = scope_->params[i]->reg;
      if (p.is_this_init) {
        auto it = cls->members.find(p.name);
        if (it == cls->members.end() || it->second.field == nullptr) {
          Error(p.pos, "'" + p.name + "' isn't an instance field of this class.");
          continue;
        }
        FieldElement* field = it->second.field;
        Pos(p.pos);
        if (field->late_getter != nullptr) {
          Error(p.pos, "'" + p.name + "' isn't an instance field of this class.");
          continue;
        }
        int value = reg;
        if (scope_->params[i]->boxed()) {
          value = AllocReg();
          Emit(Opcode::kGetBox, value, reg, 0);
        }
        Emit(Opcode::kSetField, 0, value, field->slot);
        if (value != reg) FreeTo(value);
      } else if (p.is_super_init) {
        if (p.is_named) {
          super_named.emplace_back(p.name, static_cast<int>(i));
        } else {
          super_positional.push_back(static_cast<int>(i));
        }
      }
    }
  }
  // (3) The initializer list.
  if (cd != nullptr) {
    for (const Initializer& init : cd->initializers) {
      if (init.kind == Initializer::kField) {
        auto it = cls->members.find(init.name);
        if (it == cls->members.end() || it->second.field == nullptr) continue;
        FieldElement* field = it->second.field;
        int mark = free_reg_;
        Pos(init.pos);
        int r = AllocReg();
        ExprToTyped(init.value, r, field->type);
        ImplicitCast(init.value, r, field->type);
        Emit(Opcode::kSetField, 0, r, field->slot);
        FreeTo(mark);
      } else if (init.kind == Initializer::kAssert) {
        Assert_(init.value, init.message, init.pos, init.condition_start, init.condition_end);
      }
    }
  }
  // (4) The superclass constructor.
  ClassElement* super = cls->superclass;
  // An enum's _Enum part (index and name) was set before its constructor runs.
  if (cls->is_enum) super = nullptr;
  if (super != nullptr && (super != r_->object_class() || super_init != nullptr)) {
    const FunctionElement* target = nullptr;
    uint32_t pos = super_init != nullptr ? super_init->pos : (cd != nullptr ? cd->pos : cls->pos);
    if (super_init != nullptr) {
      const Binding& b = r_->BindingOf(super_init);
      if (b.kind == Binding::kConstructor) target = b.function;
    } else {
      auto it = super->constructors.find("");
      if (it == super->constructors.end() || it->second->is_factory) {
        Error(pos, "The superclass, '" + super->name +
                       "', has no unnamed constructor that takes no arguments.");
      } else {
        target = it->second;
      }
    }
    if (target != nullptr) {
      Arguments empty;
      const Arguments& args = super_init != nullptr ? super_init->args : empty;
      std::vector<std::string> extra_named;
      for (auto& [name, index] : super_named) extra_named.push_back(name);
      CheckArgs(target, args, pos, static_cast<int>(super_positional.size()), extra_named);
      if (!super_positional.empty() && !args.positional.empty()) {
        Error(pos,
              "Positional super-initializer parameters can't be used together with "
              "positional arguments of the super constructor invocation.");
      }
      int mark = free_reg_;
      int base = AllocReg();
      Emit(Opcode::kMove, base, 0, 0);
      int count = 0;
      for (int i : super_positional) {
        int reg = AllocReg();
        ReadVar(scope_->params[i], reg, pos);
        count++;
      }
      // Explicit arguments after the super parameters: positional ones first.
      ArgsInfo info = CompileArgs(args, base + count, target);
      std::vector<int> named;
      for (const NamedArg& n : args.named) named.push_back(Name(n.name));
      for (auto& [name, index] : super_named) {
        int reg = AllocReg();
        ReadVar(scope_->params[index], reg, pos);
        named.push_back(Name(name));
      }
      int total = count + info.count + static_cast<int>(super_named.size());
      int positional = total - static_cast<int>(named.size());
      EmitMixinInits(super, target->owner, 0);
      Pos(pos);
      EmitCallStatic(base, total, target->index, cg_->builder()->InternArgDesc(positional, named));
      FreeTo(mark);
    }
  }
  // (5) The body, (6) the implicit return of `this`.
  if (f->node != nullptr) {
    CompileBody(f->node, nullptr);
  } else {
    Emit(Opcode::kReturn, 0, 0, 0);
  }
}

FunctionDesc& FunctionCompiler::Begin(std::string name, FunctionDesc::Kind kind, int owner_class,
                                      uint32_t pos) {
  kind_ = kind;
  FunctionDesc& d = fb_.desc();
  d.name = std::move(name);
  d.kind = kind;
  d.library = library_->index;
  d.owner_class = owner_class;
  d.pos = pos;
  Pos(pos);
  return d;
}

FunctionDesc FunctionCompiler::CompileClosure(FunctionNode* node) {
  FunctionDesc& d =
      Begin(scope_->name, FunctionDesc::kClosure, cls_ != nullptr ? cls_->index : -1, node->pos);
  Prologue(node, &d);
  CompileBody(node, node->return_type);
  return Finish();
}

FunctionDesc FunctionCompiler::CompileGlobalInitializer(GlobalElement* g) {
  Begin(g->name, FunctionDesc::kInitializer, g->owner != nullptr ? g->owner->index : -1, g->pos);
  int r = AllocReg();
  if (g->enum_index >= 0) {
    ClassElement* enum_base = r_->CoreClass("_Enum");
    const FunctionElement* ctor = nullptr;
    if (enum_base != nullptr) {
      auto it = enum_base->constructors.find("");
      if (it != enum_base->constructors.end()) ctor = it->second;
    }
    if (ctor == nullptr) {
      Error(g->pos, "dart:core has no class '_Enum' with an unnamed constructor.");
    } else {
      // The value is an instance of the enum class built by _Enum(index, name), then by the
      // enum's own constructor (an enhanced enum's fields and initializers).
      EmitABx(Opcode::kNew, r, g->owner->index);
      LoadInt(AllocReg(), g->enum_index);
      LoadString(AllocReg(), g->owner->enum_decl->values[g->enum_index].name);
      EmitCallStatic(r, 2, ctor->index, 0);
      EnumValue& value = g->owner->enum_decl->values[g->enum_index];
      const Binding& b = r_->BindingOf(&value);
      bool plain = g->owner->enum_decl->members.empty() && g->owner->mixin_types.empty();
      if (b.kind == Binding::kConstructor && !plain) {
        CheckArgs(b.function, value.args, value.pos);
        int base = AllocReg();
        EmitMove(base, r);
        EmitMixinInits(g->owner->superclass, ctor->owner, base);
        ArgsInfo info = CompileArgs(value.args, base, b.function);
        Pos(value.pos);
        EmitCallStatic(base, info.count, b.function->index, info.arg_desc);
      }
      // Enum values are constants: canonical, so a value sent to another isolate is identical
      // there to that isolate's own.
      FunctionElement* canonical = r_->CoreFunction("_canonicalConstant");
      if (canonical != nullptr) {
        int base = AllocReg();
        int arg = AllocReg();
        EmitMove(arg, r);
        EmitCallStatic(base, 1, canonical->index, 0);
        EmitMove(r, base);
      }
    }
  } else if (g->is_enum_values) {
    std::vector<Expr*> none;
    int list = AllocReg();
    int first = free_reg_;
    for (GlobalElement* c : g->owner->enum_constants) {
      EmitABx(Opcode::kGetGlobal, AllocReg(), c->index);
      if (free_reg_ - first >= 200) {
        Error(g->pos, "Too many enum values.");
        break;
      }
    }
    Emit(Opcode::kNewList, list, first, free_reg_ - first);
    FreeTo(first);
    FunctionElement* const_list = r_->CoreFunction("_constList");
    if (const_list == nullptr) {
      Error(g->pos, "dart:core has no function '_constList'.");
    } else {
      EmitCallStatic(r, 1, const_list->index, 0);
    }
  } else {
    const_context_ = g->is_const;
    ExprToTyped(g->initializer, r, g->type);
  }
  Emit(Opcode::kReturn, r, 0, 0);
  return Finish();
}

FunctionDesc FunctionCompiler::CompileConstInitializer(Expr* e) {
  Begin(scope_->name, FunctionDesc::kInitializer, cls_ != nullptr ? cls_->index : -1, e->pos);
  int r = AllocReg();
  const_context_ = true;
  const_top_ = e;
  ExprTo(e, r);
  Emit(Opcode::kReturn, r, 0, 0);
  return Finish();
}

FunctionDesc FunctionCompiler::CompileConstructorTearOff(const ClassElement* cls,
                                                         const FunctionElement* f) {
  function_ = f;
  FunctionDesc& d = Begin(scope_->name, FunctionDesc::kStatic, cls->index,
                          f->decl != nullptr ? f->decl->pos : cls->pos);
  // The same parameters and constant defaults as the constructor. A computed default reaches
  // this function as <uninitialized> and is passed on for the constructor's prologue to
  // compute (a native constructor, which has no prologue, gets null as when called directly).
  std::vector<Expr*> computed;
  cg_->DescribeParams(f, f->node, &d, &fb_, &computed);
  size_t count = f->node != nullptr ? f->node->params.size() : 0;
  std::vector<int> params;
  for (size_t i = 0; i < count; i++) params.push_back(AllocReg());
  int base = AllocReg();
  if (!f->is_factory) EmitABx(Opcode::kNew, base, cls->index);
  std::vector<int> named;
  size_t optional_index = 0;
  for (size_t i = 0; i < count; i++) {
    const Param& p = f->node->params[i];
    int reg = AllocReg();
    EmitMove(reg, params[i]);
    if (p.is_named) named.push_back(Name(p.name));
    if (!p.is_named && !p.is_optional) continue;
    bool is_computed = optional_index < computed.size() && computed[optional_index] != nullptr;
    optional_index++;
    if (is_computed && f->is_external) {
      int t = AllocReg();
      Emit(Opcode::kLoadUninit, t, 0, 0);
      Emit(Opcode::kIdentical, t, reg, t);
      int skip = EmitJump(Opcode::kJumpIfFalse, t);
      Emit(Opcode::kLoadNull, reg, 0, 0);
      PatchHere(skip);
      FreeTo(t);
    }
  }
  if (!f->is_factory) EmitMixinInits(cls, f->owner, base);
  int positional = static_cast<int>(count - named.size());
  EmitCallStatic(base, static_cast<int>(count), f->index,
                 cg_->builder()->InternArgDesc(positional, named));
  Emit(Opcode::kReturn, base, 0, 0);
  return Finish();
}

FunctionDesc FunctionCompiler::CompileExtensionTearOff(const FunctionElement* f) {
  function_ = f;
  FunctionDesc& d = Begin(scope_->name, FunctionDesc::kClosure, cls_ != nullptr ? cls_->index : -1,
                          f->decl != nullptr ? f->decl->pos : 0);
  // The method's parameters and constant defaults; a computed default arrives as
  // <uninitialized> and is passed on for the method's prologue to compute.
  cg_->DescribeParams(f, f->node, &d, &fb_, nullptr);
  size_t count = f->node != nullptr ? f->node->params.size() : 0;
  std::vector<int> params;
  for (size_t i = 0; i < count; i++) params.push_back(AllocReg());
  int base = AllocReg();
  Emit(Opcode::kGetCapture, base, 0, 0);
  std::vector<int> named;
  for (size_t i = 0; i < count; i++) {
    EmitMove(AllocReg(), params[i]);
    if (f->node->params[i].is_named) named.push_back(Name(f->node->params[i].name));
  }
  int positional = static_cast<int>(count - named.size());
  EmitCallStatic(base, static_cast<int>(count), f->index,
                 cg_->builder()->InternArgDesc(positional, named));
  Emit(Opcode::kReturn, base, 0, 0);
  return Finish();
}

FunctionDesc FunctionCompiler::CompileLateFieldGetter(FunctionElement* f) {
  kind_ = FunctionDesc::kMethod;
  FieldElement* field = f->late_field;
  FunctionDesc& d = fb_.desc();
  d.name = f->owner->name + "." + field->name;
  d.kind = FunctionDesc::kMethod;
  d.library = library_->index;
  d.owner_class = f->owner->index;
  d.is_getter = true;
  d.pos = field->var->pos;
  Pos(field->var->pos);
  // Runs the initializer on the first read: the slot holds <uninitialized> until then.
  int value = AllocReg();
  int test = AllocReg();
  Emit(Opcode::kGetField, value, 0, field->slot);
  Emit(Opcode::kLoadUninit, test, 0, 0);
  Emit(Opcode::kIdentical, test, value, test);
  int done = EmitJump(Opcode::kJumpIfFalse, test);
  FreeTo(test);
  ExprToTyped(field->var->initializer, value, field->type);
  if (field->is_final) {
    // The initializer may have initialized the field itself (through `this`): Dart throws.
    int check = AllocReg();
    Emit(Opcode::kGetField, check, 0, field->slot);
    Emit(Opcode::kCheckUninit, check, Constant(fb_.StringConstant(field->name)), 0);
    FreeTo(check);
  }
  Emit(Opcode::kSetField, 0, value, field->slot);
  PatchHere(done);
  Emit(Opcode::kReturn, value, 0, 0);
  return Finish();
}

FunctionDesc FunctionCompiler::CompileLateFieldSetter(FunctionElement* f) {
  kind_ = FunctionDesc::kMethod;
  FieldElement* field = f->late_field;
  FunctionDesc& d = fb_.desc();
  d.name = f->owner->name + "." + field->name + "=";
  d.kind = FunctionDesc::kMethod;
  d.library = library_->index;
  d.owner_class = f->owner->index;
  d.is_setter = true;
  d.num_required = 1;
  d.param_names.push_back(cg_->builder()->InternName("value"));
  d.pos = field->var->pos;
  Pos(field->var->pos);
  AllocReg();
  Emit(Opcode::kSetField, 0, 1, field->slot);
  Emit(Opcode::kReturnNull, 0, 0, 0);
  return Finish();
}

}  // namespace islet
