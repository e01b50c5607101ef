// Expressions: the destination-register discipline (ExprTo / ExprAny / ExprEffect), null
// shorting of `?.` chains, conditions compiled straight to jumps, operators, literals,
// string interpolation, collection literals, closures and types. Calls, property access and
// assignments are in codegen_call.cc.

#include "compiler/codegen.h"
#include "compiler/diagnostics.h"
#include "compiler/source.h"

namespace islet {

namespace {

bool IsLiteral(const Expr* e) {
  switch (e->kind) {
    case NodeKind::kNullLiteral:
    case NodeKind::kBoolLiteral:
    case NodeKind::kIntLiteral:
    case NodeKind::kDoubleLiteral:
    case NodeKind::kStringLiteral:
      return true;
    default:
      return false;
  }
}

bool IsPlainElement(const Expr* e) {
  return e->kind != NodeKind::kSpreadElement && e->kind != NodeKind::kIfElement &&
         e->kind != NodeKind::kForElement;
}

}  // namespace

bool FunctionCompiler::IsChainKind(const Expr* e) {
  switch (e->kind) {
    case NodeKind::kPropertyGet:
    case NodeKind::kIndex:
    case NodeKind::kNullCheck:
    case NodeKind::kAssign:
    case NodeKind::kUpdate:
      return true;
    case NodeKind::kInvocation:
      return static_cast<const Invocation*>(e)->receiver != nullptr;
    default:
      return false;
  }
}

bool FunctionCompiler::ChainHasNullAware(const Expr* e) {
  while (e != nullptr) {
    switch (e->kind) {
      case NodeKind::kPropertyGet: {
        auto* n = static_cast<const PropertyGet*>(e);
        if (n->null_aware) return true;
        e = n->receiver;
        break;
      }
      case NodeKind::kInvocation: {
        auto* n = static_cast<const Invocation*>(e);
        if (n->null_aware) return true;
        e = n->receiver;
        break;
      }
      case NodeKind::kIndex: {
        auto* n = static_cast<const Index*>(e);
        if (n->null_aware) return true;
        e = n->target;
        break;
      }
      case NodeKind::kNullCheck:
        e = static_cast<const NullCheck*>(e)->expr;
        break;
      case NodeKind::kAssign:
        e = static_cast<const Assign*>(e)->target;
        break;
      case NodeKind::kUpdate:
        e = static_cast<const Update*>(e)->target;
        break;
      default:
        return false;
    }
  }
  return false;
}

void FunctionCompiler::NullShortJump(int reg) {
  int j = EmitJump(Opcode::kJumpIfNull, reg);
  if (null_short_ != nullptr) {
    null_short_->emplace_back(j, reg);
  } else {
    // Unreachable by construction (every chain with `?.` starts a short list); keep the
    // code valid by making the jump a no-op.
    PatchHere(j);
  }
}

void FunctionCompiler::ExprTo(Expr* e, int dest) {
  auto* saved = null_short_;
  null_short_ = nullptr;
  if (IsChainKind(e) && ChainHasNullAware(e)) {
    std::vector<std::pair<int, int>> shorts;
    null_short_ = &shorts;
    ExprImpl(e, dest);
    null_short_ = nullptr;
    bool all_dest = true;
    for (auto& [pc, reg] : shorts) all_dest = all_dest && reg == dest;
    if (all_dest) {
      for (auto& [pc, reg] : shorts) PatchHere(pc);
    } else if (!shorts.empty()) {
      int over = EmitJump(Opcode::kJump);
      for (auto& [pc, reg] : shorts) PatchHere(pc);
      Emit(Opcode::kLoadNull, dest, 0, 0);
      PatchHere(over);
    }
  } else {
    ExprImpl(e, dest);
  }
  null_short_ = saved;
}

void FunctionCompiler::ChainTo(Expr* e, int dest) { ExprImpl(e, dest); }

namespace {

bool IsNamedType(const TypeNode* t, const char* name) {
  return t != nullptr && t->kind == TypeNode::kNamed && t->name == name;
}

const TypeNode* TypeArg(const TypeNode* t, size_t i) {
  return t != nullptr && i < t->args.size() ? t->args[i] : nullptr;
}

}  // namespace

void FunctionCompiler::ExprToTyped(Expr* e, int dest, const TypeNode* context) {
  if (context == nullptr) {
    ExprTo(e, dest);
    return;
  }
  auto* saved = null_short_;
  null_short_ = nullptr;
  bool is_double = IsNamedType(context, "double");
  switch (e->kind) {
    case NodeKind::kIntLiteral:
      if (is_double) {
        LoadDouble(dest, static_cast<double>(static_cast<IntLiteral*>(e)->value));
      } else {
        ExprImpl(e, dest);
      }
      break;
    case NodeKind::kUnary: {
      auto* u = static_cast<Unary*>(e);
      if (is_double && u->op == "-" && u->operand->kind == NodeKind::kIntLiteral) {
        LoadDouble(dest, -static_cast<double>(static_cast<IntLiteral*>(u->operand)->value));
      } else {
        ExprImpl(e, dest);
      }
      break;
    }
    case NodeKind::kConditional: {
      auto* c = static_cast<Conditional*>(e);
      std::vector<int> else_jumps;
      CondJump(c->condition, false, &else_jumps);
      ExprToTyped(c->then_expr, dest, context);
      int end = EmitJump(Opcode::kJump);
      PatchHere(else_jumps);
      ExprToTyped(c->else_expr, dest, context);
      PatchHere(end);
      break;
    }
    case NodeKind::kBinary: {
      auto* b = static_cast<Binary*>(e);
      if (b->op != "??") {
        ExprImpl(e, dest);
        break;
      }
      ExprToTyped(b->left, dest, context);
      int skip = EmitJump(Opcode::kJumpIfNotNull, dest);
      ExprToTyped(b->right, dest, context);
      PatchHere(skip);
      break;
    }
    case NodeKind::kListLiteral: {
      const TypeNode* element = nullptr;
      if (IsNamedType(context, "List") || IsNamedType(context, "Iterable")) {
        element = TypeArg(context, 0);
      }
      ListLiteral_(static_cast<ListLiteral*>(e), dest, element);
      break;
    }
    case NodeKind::kSetOrMapLiteral:
      SetOrMapLiteral_(static_cast<SetOrMapLiteral*>(e), dest, context);
      break;
    default:
      null_short_ = saved;
      ExprTo(e, dest);
      return;
  }
  null_short_ = saved;
}

bool FunctionCompiler::IsDynamicExpr(Expr* e) const {
  switch (e->kind) {
    case NodeKind::kIdentifier: {
      const Binding& b = r_->BindingOf(e);
      if (b.kind == Binding::kLocal) return b.var->is_dynamic;
      if (b.kind == Binding::kGlobal) return IsNamedType(b.global->type, "dynamic");
      return false;
    }
    case NodeKind::kAs:
      return IsNamedType(static_cast<As*>(e)->type, "dynamic");
    case NodeKind::kPropertyGet: {
      auto* p = static_cast<PropertyGet*>(e);
      return r_->BindingOf(p).kind == Binding::kNone && p->receiver->kind != NodeKind::kSuper &&
             IsDynamicExpr(p->receiver);
    }
    case NodeKind::kInvocation: {
      auto* i = static_cast<Invocation*>(e);
      return i->receiver != nullptr && r_->BindingOf(i).kind == Binding::kNone &&
             i->receiver->kind != NodeKind::kSuper && IsDynamicExpr(i->receiver);
    }
    case NodeKind::kIndex: {
      auto* i = static_cast<Index*>(e);
      return i->target->kind != NodeKind::kSuper && IsDynamicExpr(i->target);
    }
    case NodeKind::kFunctionCall:
      return IsDynamicExpr(static_cast<FunctionCall*>(e)->callee);
    case NodeKind::kNullCheck:
      return IsDynamicExpr(static_cast<NullCheck*>(e)->expr);
    case NodeKind::kConditional: {
      auto* c = static_cast<Conditional*>(e);
      return IsDynamicExpr(c->then_expr) || IsDynamicExpr(c->else_expr);
    }
    case NodeKind::kBinary: {
      auto* b = static_cast<Binary*>(e);
      return b->op == "??" && (IsDynamicExpr(b->left) || IsDynamicExpr(b->right));
    }
    default:
      return false;
  }
}

std::vector<std::string> FunctionCompiler::TypeParamsInScope() const {
  std::vector<std::string> out;
  for (FunctionScope* s = scope_; s != nullptr; s = s->parent) {
    if (s->node != nullptr) {
      out.insert(out.end(), s->node->type_params.begin(), s->node->type_params.end());
    }
  }
  return out;
}

void FunctionCompiler::ImplicitCast(Expr* value, int reg, const TypeNode* declared) {
  if (declared == nullptr || !IsDynamicExpr(value)) return;
  if (declared->kind == TypeNode::kVoid) return;
  int type = r_->InternTypeIn(declared, library_, cls_, TypeParamsInScope());
  const TypeDesc& t = cg_->builder()->module()->types[type];
  if (t.kind == TypeDesc::kDynamic || t.kind == TypeDesc::kVoid ||
      (t.kind == TypeDesc::kObject && t.nullable)) {
    return;
  }
  Pos(value->pos);
  EmitABx(Opcode::kCheckType, reg, type);
}

int FunctionCompiler::TypeArgsReg(LocalVar* env, int scratch) {
  if (env->owner == scope_ && !env->boxed() && env->reg >= 0) return env->reg;
  ReadVar(env, scratch, last_pos_ == UINT32_MAX ? 0 : last_pos_);
  return scratch;
}

bool FunctionCompiler::LoadTypeArgsOf(const void* node, int dest) {
  Resolver::TypeUse use = r_->TypeUseOf(node);
  if (use.type < 0) return false;
  if (use.env != nullptr && use.forwards_env) {
    // `f<T>()` inside a function generic in T alone: its own vector, as is.
    EmitMove(dest, TypeArgsReg(use.env, dest));
    return true;
  }
  // A vector that needs none comes from the registry's cache; B is then not read.
  int env = use.env != nullptr ? TypeArgsReg(use.env, dest) : dest;
  Emit(Opcode::kLoadTypeArgs, dest, env, 0);
  fb_.EmitWord(static_cast<uint32_t>(use.type));
  return true;
}

void FunctionCompiler::EmitIs(const TypeNode* type_node, int dest, int value) {
  if (type_node != nullptr && type_node->kind == TypeNode::kRecord) {
    EmitRecordIs(type_node, dest, value);
    return;
  }
  Resolver::TypeUse use = r_->TypeUseOf(type_node);
  if (use.env != nullptr) {
    int mark = free_reg_;
    int env = TypeArgsReg(use.env, AllocReg());
    Emit(Opcode::kInstanceOfGeneric, dest, value, env);
    fb_.EmitWord(static_cast<uint32_t>(use.type));
    FreeTo(mark);
    return;
  }
  Emit(Opcode::kInstanceOf, dest, value, 0);
  fb_.EmitWord(static_cast<uint32_t>(std::max(0, r_->TypeOf(type_node))));
}

int FunctionCompiler::TypeArgsSlot(const ClassElement* cls) const {
  for (const ClassElement* c = cls; c != nullptr; c = c->superclass) {
    if (c->library != r_->core()) continue;
    auto it = c->members.find("_typeArguments");
    if (it != c->members.end() && it->second.field != nullptr) return it->second.field->slot;
  }
  return -1;
}

const TypeNode* FunctionCompiler::InvokeParamType(const std::string& name, int positional,
                                                  const std::string* named) {
  const std::vector<FunctionElement*>& candidates = r_->MembersNamed(name);
  const TypeNode* found = nullptr;
  auto agree = [&](const TypeNode* t) {
    if (!IsNamedType(t, "double")) return false;
    if (found == nullptr) found = t;
    return true;
  };
  if (name.size() > 1 && name.back() == '=' && positional == 0) {
    // A property store: fields and setters of that name.
    std::string field = name.substr(0, name.size() - 1);
    const std::vector<FieldElement*>& fields = r_->FieldsNamed(field);
    if (fields.empty() && candidates.empty()) return nullptr;
    for (FieldElement* f : fields) {
      if (!agree(f->type)) return nullptr;
    }
  } else if (candidates.empty()) {
    return nullptr;
  }
  for (FunctionElement* f : candidates) {
    if (f->node == nullptr) return nullptr;
    const TypeNode* t = nullptr;
    int k = 0;
    for (const Param& p : f->node->params) {
      if (named != nullptr ? (p.is_named && p.name == *named)
                           : (!p.is_named && k++ == positional)) {
        t = p.type;
        break;
      }
    }
    if (!agree(t)) return nullptr;
  }
  return found;
}

int FunctionCompiler::InPlaceReg(Expr* e) {
  switch (e->kind) {
    case NodeKind::kIdentifier:
    case NodeKind::kThis: {
      const Binding& b = r_->BindingOf(e);
      if (b.kind != Binding::kLocal) return -1;
      LocalVar* v = b.var;
      if (v->owner != scope_ || v->reg < 0 || v->boxed() || v->nested_write || v->lazy_late()) {
        return -1;
      }
      if (v->is_late && !v->has_initializer) {
        Pos(e->pos);
        EmitABx(Opcode::kCheckInit, v->reg, Constant(fb_.StringConstant(v->name)));
      }
      return v->reg;
    }
    case NodeKind::kCascadeReceiver:
      return cascade_regs_.empty() ? -1 : cascade_regs_.back();
    case NodeKind::kIntLiteral:
    case NodeKind::kDoubleLiteral:
      return HoistedReg(e);
    default:
      return -1;
  }
}

int FunctionCompiler::ExprAny(Expr* e) {
  int r = InPlaceReg(e);
  if (r >= 0) return r;
  r = AllocReg();
  ExprTo(e, r);
  return r;
}

int FunctionCompiler::ReceiverReg(Expr* receiver, int scratch) {
  int r = InPlaceReg(receiver);
  if (r >= 0) return r;
  if (IsChainKind(receiver)) {
    ChainTo(receiver, scratch);
  } else {
    ExprTo(receiver, scratch);
  }
  return scratch;
}

void FunctionCompiler::ExprEffect(Expr* e) {
  int mark = free_reg_;
  auto* saved = null_short_;
  null_short_ = nullptr;
  std::vector<std::pair<int, int>> shorts;
  if (IsChainKind(e) && ChainHasNullAware(e)) null_short_ = &shorts;
  switch (e->kind) {
    case NodeKind::kAssign:
      Assign_(static_cast<Assign*>(e), -1);
      break;
    case NodeKind::kUpdate:
      Update_(static_cast<Update*>(e), -1);
      break;
    case NodeKind::kCascade:
      Cascade_(static_cast<Cascade*>(e), -1);
      break;
    case NodeKind::kNullLiteral:
    case NodeKind::kBoolLiteral:
    case NodeKind::kIntLiteral:
    case NodeKind::kDoubleLiteral:
    case NodeKind::kStringLiteral:
    case NodeKind::kFunctionExpr:
    case NodeKind::kThis:
    case NodeKind::kCascadeReceiver:
      break;
    case NodeKind::kBinary: {
      auto* b = static_cast<Binary*>(e);
      if (b->op == "&&" || b->op == "||") {
        std::vector<int> skip;
        CondJump(b->left, b->op == "||", &skip);
        ExprEffect(b->right);
        PatchHere(skip);
        break;
      }
      if (b->op == "??") {
        int r = ExprAny(b->left);
        int skip = EmitJump(Opcode::kJumpIfNotNull, r);
        ExprEffect(b->right);
        PatchHere(skip);
        break;
      }
      ExprImpl(e, AllocReg());
      break;
    }
    case NodeKind::kConditional: {
      auto* c = static_cast<Conditional*>(e);
      std::vector<int> else_jumps;
      CondJump(c->condition, false, &else_jumps);
      ExprEffect(c->then_expr);
      int end = EmitJump(Opcode::kJump);
      PatchHere(else_jumps);
      ExprEffect(c->else_expr);
      PatchHere(end);
      break;
    }
    case NodeKind::kThrow: {
      auto* t = static_cast<Throw*>(e);
      int r = ExprAny(t->expr);
      Pos(e->pos);
      Emit(Opcode::kThrow, r, 0, 0);
      break;
    }
    default: {
      int r = InPlaceReg(e);
      if (r < 0) ExprImpl(e, AllocReg());
      break;
    }
  }
  null_short_ = nullptr;
  for (auto& [pc, reg] : shorts) PatchHere(pc);
  null_short_ = saved;
  FreeTo(mark);
}

bool FunctionCompiler::CanTargetVar(Expr* e) const {
  switch (e->kind) {
    case NodeKind::kNullLiteral:
    case NodeKind::kBoolLiteral:
    case NodeKind::kIntLiteral:
    case NodeKind::kDoubleLiteral:
    case NodeKind::kStringLiteral:
    case NodeKind::kIdentifier:
    case NodeKind::kThis:
    case NodeKind::kUnary:
    case NodeKind::kIs:
    case NodeKind::kStringInterpolation:
    case NodeKind::kFunctionExpr:
    case NodeKind::kTypeLiteral:
    case NodeKind::kConstructorCall:
    case NodeKind::kFunctionCall:
      return true;
    case NodeKind::kBinary: {
      const std::string& op = static_cast<Binary*>(e)->op;
      return op != "&&" && op != "||" && op != "??";
    }
    case NodeKind::kPropertyGet:
      return !static_cast<PropertyGet*>(e)->null_aware &&
             !ChainHasNullAware(static_cast<PropertyGet*>(e)->receiver);
    case NodeKind::kIndex:
      return !ChainHasNullAware(e);
    case NodeKind::kInvocation:
      return !ChainHasNullAware(e);
    case NodeKind::kListLiteral: {
      for (Expr* x : static_cast<ListLiteral*>(e)->elements) {
        if (!IsPlainElement(x)) return false;
      }
      return static_cast<ListLiteral*>(e)->elements.size() <= 64;
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------

void FunctionCompiler::ExprImpl(Expr* e, int dest) {
  switch (e->kind) {
    case NodeKind::kNullLiteral:
      Emit(Opcode::kLoadNull, dest, 0, 0);
      break;
    case NodeKind::kBoolLiteral:
      Emit(static_cast<BoolLiteral*>(e)->value ? Opcode::kLoadTrue : Opcode::kLoadFalse, dest, 0,
           0);
      break;
    case NodeKind::kIntLiteral:
      LoadInt(dest, static_cast<IntLiteral*>(e)->value);
      break;
    case NodeKind::kDoubleLiteral:
      LoadDouble(dest, static_cast<DoubleLiteral*>(e)->value);
      break;
    case NodeKind::kStringLiteral:
      LoadString(dest, static_cast<StringLiteral*>(e)->value);
      break;
    case NodeKind::kStringInterpolation:
      StringInterpolation_(static_cast<StringInterpolation*>(e), dest);
      break;
    case NodeKind::kListLiteral:
      ListLiteral_(static_cast<ListLiteral*>(e), dest, nullptr);
      break;
    case NodeKind::kSetOrMapLiteral:
      SetOrMapLiteral_(static_cast<SetOrMapLiteral*>(e), dest, nullptr);
      break;
    case NodeKind::kIdentifier:
      Identifier_(static_cast<Identifier*>(e), dest);
      break;
    case NodeKind::kThis: {
      const Binding& b = r_->BindingOf(e);
      if (b.kind == Binding::kLocal) {
        ReadVar(b.var, dest, e->pos);
      } else {
        Emit(Opcode::kLoadNull, dest, 0, 0);
      }
      break;
    }
    case NodeKind::kCascadeReceiver:
      EmitMove(dest, cascade_regs_.empty() ? 0 : cascade_regs_.back());
      break;
    case NodeKind::kPropertyGet:
      PropertyGet_(static_cast<PropertyGet*>(e), dest);
      break;
    case NodeKind::kInvocation:
      Invocation_(static_cast<Invocation*>(e), dest);
      break;
    case NodeKind::kFunctionCall:
      FunctionCall_(static_cast<FunctionCall*>(e), dest);
      break;
    case NodeKind::kIndex:
      Index_(static_cast<Index*>(e), dest);
      break;
    case NodeKind::kConstructorCall: {
      auto* c = static_cast<ConstructorCall*>(e);
      const Binding& b = r_->BindingOf(c);
      if (b.kind == Binding::kExtensionOverride) {
        // The primary constructor of an extension type: the representation value itself.
        ExprToTyped(c->args.positional[0], dest, b.cls->extension_decl->on_type);
        break;
      }
      ConstructorCall_(b, c->args, c, c->is_const, dest, c->type->pos);
      break;
    }
    case NodeKind::kAssign:
      Assign_(static_cast<Assign*>(e), dest);
      break;
    case NodeKind::kUpdate:
      Update_(static_cast<Update*>(e), dest);
      break;
    case NodeKind::kUnary:
      Unary_(static_cast<Unary*>(e), dest);
      break;
    case NodeKind::kBinary:
      Binary_(static_cast<Binary*>(e), dest);
      break;
    case NodeKind::kConditional: {
      auto* c = static_cast<Conditional*>(e);
      std::vector<int> else_jumps;
      CondJump(c->condition, false, &else_jumps);
      ExprTo(c->then_expr, dest);
      int end = EmitJump(Opcode::kJump);
      PatchHere(else_jumps);
      ExprTo(c->else_expr, dest);
      PatchHere(end);
      break;
    }
    case NodeKind::kRecordLiteral:
      RecordLiteral_(static_cast<RecordLiteral*>(e), dest);
      break;
    case NodeKind::kSwitchExpr:
      SwitchExpr_(static_cast<SwitchExpr*>(e), dest);
      break;
    case NodeKind::kPatternAssign:
      PatternAssign_(static_cast<PatternAssign*>(e), dest);
      break;
    case NodeKind::kIs: {
      auto* n = static_cast<Is*>(e);
      int mark = free_reg_;
      int r = ExprAny(n->expr);
      Pos(e->pos);
      EmitIs(n->type, dest, r);
      if (n->negated) Emit(Opcode::kNot, dest, dest, 0);
      FreeTo(mark);
      break;
    }
    case NodeKind::kAs: {
      auto* n = static_cast<As*>(e);
      ExprTo(n->expr, dest);
      Pos(e->pos);
      Resolver::TypeUse use = r_->TypeUseOf(n->type);
      if (use.env != nullptr) {
        // `as T`: T is an entry of the function's type-argument vector.
        int mark = free_reg_;
        int env = TypeArgsReg(use.env, AllocReg());
        Pos(e->pos);
        Emit(Opcode::kCastGeneric, dest, env, 0);
        fb_.EmitWord(static_cast<uint32_t>(use.type));
        FreeTo(mark);
      } else {
        EmitABx(Opcode::kCast, dest, std::max(0, r_->TypeOf(n->type)));
      }
      break;
    }
    case NodeKind::kNullCheck: {
      auto* n = static_cast<NullCheck*>(e);
      int r = InPlaceReg(n->expr);
      if (r < 0) {
        if (IsChainKind(n->expr)) {
          ChainTo(n->expr, dest);
        } else {
          ExprTo(n->expr, dest);
        }
        r = dest;
      }
      Pos(e->pos);
      Emit(Opcode::kNullCheck, r, 0, 0);
      EmitMove(dest, r);
      break;
    }
    case NodeKind::kThrow: {
      int mark = free_reg_;
      int r = ExprAny(static_cast<Throw*>(e)->expr);
      Pos(e->pos);
      Emit(Opcode::kThrow, r, 0, 0);
      FreeTo(mark);
      break;
    }
    case NodeKind::kFunctionExpr:
      FunctionExpr_(static_cast<FunctionExpr*>(e)->function, dest);
      break;
    case NodeKind::kCascade:
      Cascade_(static_cast<Cascade*>(e), dest);
      break;
    case NodeKind::kTypeLiteral: {
      const Binding& b = r_->BindingOf(e);
      if (b.kind == Binding::kLocal) {
        ReadVar(b.var, dest, e->pos);  // A generic function instantiation: args erased.
      } else if (b.kind == Binding::kThisMember) {
        int self = ThisReg(dest);
        EmitGetProp(dest, self, b.name);
      } else if (b.kind != Binding::kNone) {
        StaticGet(b, dest, e->pos, static_cast<TypeLiteral*>(e)->type->name);
      } else {
        const TypeNode* type = static_cast<TypeLiteral*>(e)->type;
        Resolver::TypeUse use = r_->TypeUseOf(type);
        if (use.env != nullptr) {
          int env = TypeArgsReg(use.env, dest);
          Emit(Opcode::kLoadTypeGeneric, dest, env, 0);
          fb_.EmitWord(static_cast<uint32_t>(use.type));
        } else {
          LoadType(dest, std::max(0, r_->TypeOf(type)));
        }
      }
      break;
    }
    case NodeKind::kAwait:
      Await_(static_cast<Await*>(e), dest);
      break;
    case NodeKind::kMapEntryElement:
    case NodeKind::kSpreadElement:
    case NodeKind::kIfElement:
    case NodeKind::kForElement:
      Error(e->pos, "This element can only be used in a collection literal.");
      Emit(Opcode::kLoadNull, dest, 0, 0);
      break;
    default:
      Error(e->pos, "Unexpected expression.");
      Emit(Opcode::kLoadNull, dest, 0, 0);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Names

void FunctionCompiler::LazyLateInit(LocalVar* v) {
  // Runs the initializer when the variable still holds <uninitialized>.
  int mark = free_reg_;
  int t = AllocReg();
  Emit(Opcode::kLoadUninit, t, 0, 0);
  Emit(Opcode::kIdentical, t, v->reg, t);
  int skip = EmitJump(Opcode::kJumpIfFalse, t);
  ExprToTyped(v->initializer, t, v->type);
  EmitMove(v->reg, t);
  PatchHere(skip);
  FreeTo(mark);
}

void FunctionCompiler::ReadVar(LocalVar* v, int dest, uint32_t pos) {
  if (v->is_const && v->owner == scope_ && v->reg >= 0) {
    EmitMove(dest, v->reg);  // A literal const: loaded once at its declaration.
    return;
  }
  if (v->is_const) {
    if (v->initializer == nullptr) {
      Emit(Opcode::kLoadNull, dest, 0, 0);
      return;
    }
    bool saved = const_context_;
    const_context_ = true;
    ExprToTyped(v->initializer, dest, v->type);
    const_context_ = saved;
    return;
  }
  bool check = v->is_late && !v->has_initializer;
  if (v->owner == scope_) {
    if (v->reg < 0) {
      Error(pos, "Internal compiler error: variable '" + v->name + "' has no register.");
      Emit(Opcode::kLoadNull, dest, 0, 0);
      return;
    }
    if (v->lazy_late()) LazyLateInit(v);
    if (v->boxed()) {
      Emit(Opcode::kGetBox, dest, v->reg, 0);
      if (check) {
        Pos(pos);
        EmitABx(Opcode::kCheckInit, dest, Constant(fb_.StringConstant(v->name)));
      }
    } else {
      if (check) {
        Pos(pos);
        EmitABx(Opcode::kCheckInit, v->reg, Constant(fb_.StringConstant(v->name)));
      }
      EmitMove(dest, v->reg);
    }
    return;
  }
  int index = scope_->CaptureIndex(v);
  if (index < 0) {
    Error(pos, "Internal compiler error: '" + v->name + "' is not captured.");
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  Emit(v->boxed() ? Opcode::kGetCaptureBox : Opcode::kGetCapture, dest, index, 0);
  if (check) {
    Pos(pos);
    EmitABx(Opcode::kCheckInit, dest, Constant(fb_.StringConstant(v->name)));
  }
}

void FunctionCompiler::Identifier_(Identifier* id, int dest) {
  const Binding& b = r_->BindingOf(id);
  switch (b.kind) {
    case Binding::kLocal:
      ReadVar(b.var, dest, id->pos);
      break;
    case Binding::kThisMember: {
      int self = ThisReg(dest);
      Pos(id->pos);
      EmitGetProp(dest, self, id->name);
      break;
    }
    case Binding::kExtensionMember:
      ExtensionMemberGet(b, nullptr, dest, id->pos);
      break;
    default:
      if (b.kind == Binding::kTypeParam) {
        Resolver::TypeUse use = r_->TypeUseOf(id);
        if (use.env != nullptr) {
          // A reified type parameter: the entry of the type-argument vector.
          int env = TypeArgsReg(use.env, dest);
          Emit(Opcode::kLoadTypeGeneric, dest, env, 0);
          fb_.EmitWord(static_cast<uint32_t>(use.type));
          break;
        }
      }
      StaticGet(b, dest, id->pos, id->name);
      break;
  }
}

void FunctionCompiler::StaticGet(const Binding& b, int dest, uint32_t pos,
                                 const std::string& name) {
  switch (b.kind) {
    case Binding::kGlobal: {
      GlobalElement* g = b.global;
      // A const initialized by a literal is inlined.
      if (g->is_const && g->initializer != nullptr && IsLiteral(g->initializer)) {
        bool saved = const_context_;
        ExprToTyped(g->initializer, dest, g->type);
        const_context_ = saved;
        break;
      }
      Pos(pos);
      EmitABx(Opcode::kGetGlobal, dest, g->index);
      break;
    }
    case Binding::kAccessor: {
      Arguments none;
      if (b.function != nullptr) {
        StaticCall(b.function, none, dest, pos);
      } else {
        Emit(Opcode::kLoadNull, dest, 0, 0);
      }
      break;
    }
    case Binding::kFunction:
      EmitABx(Opcode::kClosure, dest, b.function->index);
      break;
    case Binding::kConstructor:
      // A constructor tear-off (`C.new`, `C.named`).
      EmitABx(Opcode::kClosure, dest, cg_->ConstructorTearOff(b.cls, b.function));
      break;
    case Binding::kClass: {
      TypeNode t;
      t.name = b.cls->name;
      TypeDesc desc;
      if (b.cls == r_->object_class()) {
        desc.kind = TypeDesc::kObject;
      } else if (b.cls->library == r_->core() && b.cls->name == "Null") {
        desc.kind = TypeDesc::kNull;
      } else if (b.cls->library == r_->core() && b.cls->name == "Function") {
        desc.kind = TypeDesc::kFunction;
      } else {
        desc.kind = TypeDesc::kClass;
        desc.class_index = b.cls->index;
      }
      desc.name = b.cls->name;
      LoadType(dest, cg_->builder()->InternType(desc));
      break;
    }
    case Binding::kTypeParam: {
      TypeDesc desc;
      desc.kind = TypeDesc::kDynamic;
      desc.name = "dynamic";
      LoadType(dest, cg_->builder()->InternType(desc));
      break;
    }
    case Binding::kBuiltinType: {
      TypeDesc desc;
      desc.kind = b.name == "Never"  ? TypeDesc::kNever
                  : b.name == "void" ? TypeDesc::kVoid
                                     : TypeDesc::kDynamic;
      desc.name = b.name;
      LoadType(dest, cg_->builder()->InternType(desc));
      break;
    }
    case Binding::kTypedef: {
      TypeNode t;
      t.name = name;
      TypeDesc desc = r_->MakeType(&t, b.alias_library, {}, file_, false);
      LoadType(dest, cg_->builder()->InternType(desc));
      break;
    }
    default:
      // An error was reported for this name.
      Emit(Opcode::kLoadNull, dest, 0, 0);
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Conditions and operators

void FunctionCompiler::CondJump(Expr* e, bool jump_if, std::vector<int>* jumps) {
  switch (e->kind) {
    case NodeKind::kBoolLiteral:
      if (static_cast<BoolLiteral*>(e)->value == jump_if) jumps->push_back(EmitJump(Opcode::kJump));
      return;
    case NodeKind::kUnary: {
      auto* u = static_cast<Unary*>(e);
      if (u->op == "!" && r_->BindingOf(u).kind == Binding::kNone) {
        CondJump(u->operand, !jump_if, jumps);
        return;
      }
      break;
    }
    case NodeKind::kBinary: {
      auto* b = static_cast<Binary*>(e);
      if (b->op == "&&") {
        if (!jump_if) {
          CondJump(b->left, false, jumps);
          CondJump(b->right, false, jumps);
        } else {
          std::vector<int> skip;
          CondJump(b->left, false, &skip);
          CondJump(b->right, true, jumps);
          PatchHere(skip);
        }
        return;
      }
      if (b->op == "||") {
        if (jump_if) {
          CondJump(b->left, true, jumps);
          CondJump(b->right, true, jumps);
        } else {
          std::vector<int> skip;
          CondJump(b->left, true, &skip);
          CondJump(b->right, false, jumps);
          PatchHere(skip);
        }
        return;
      }
      if ((b->op == "<" || b->op == "<=" || b->op == ">" || b->op == ">=") &&
          b->left->kind != NodeKind::kSuper) {
        // One compare-and-branch instead of a comparison into a register and a test of it.
        Opcode op = b->op == "<"    ? Opcode::kJumpLt
                    : b->op == "<=" ? Opcode::kJumpLe
                    : b->op == ">"  ? Opcode::kJumpGt
                                    : Opcode::kJumpGe;
        int mark = free_reg_;
        int l = ExprAny(b->left);
        int inner = free_reg_;
        int r = ExprAny(b->right);
        Pos(b->op_pos);
        int at = fb_.EmitABC(op, l, r, 0);
        fb_.EmitWord(jump_if ? 1u : 0u);
        jumps->push_back(at);
        FreeTo(inner);
        FreeTo(mark);
        return;
      }
      if ((b->op == "==" || b->op == "!=") && b->left->kind != NodeKind::kSuper) {
        Expr* other = nullptr;
        if (b->right->kind == NodeKind::kNullLiteral) other = b->left;
        if (b->left->kind == NodeKind::kNullLiteral) other = b->right;
        if (other != nullptr) {
          // `x == null` is an identity test in Dart: no operator call.
          int mark = free_reg_;
          int r = ExprAny(other);
          bool jump_on_null = (b->op == "==") == jump_if;
          jumps->push_back(
              EmitJump(jump_on_null ? Opcode::kJumpIfNull : Opcode::kJumpIfNotNull, r));
          FreeTo(mark);
          return;
        }
      }
      break;
    }
    default:
      break;
  }
  int mark = free_reg_;
  int r = ExprAny(e);
  Pos(e->pos);
  jumps->push_back(EmitJump(jump_if ? Opcode::kJumpIfTrue : Opcode::kJumpIfFalse, r));
  FreeTo(mark);
}

Opcode FunctionCompiler::BinaryOpcode(const std::string& op) {
  if (op == "+") return Opcode::kAdd;
  if (op == "-") return Opcode::kSub;
  if (op == "*") return Opcode::kMul;
  if (op == "/") return Opcode::kDiv;
  if (op == "~/") return Opcode::kTruncDiv;
  if (op == "%") return Opcode::kMod;
  if (op == "<<") return Opcode::kShl;
  if (op == ">>") return Opcode::kShr;
  if (op == ">>>") return Opcode::kUShr;
  if (op == "&") return Opcode::kBitAnd;
  if (op == "|") return Opcode::kBitOr;
  if (op == "^") return Opcode::kBitXor;
  if (op == "==") return Opcode::kEq;
  if (op == "!=") return Opcode::kNe;
  if (op == "<") return Opcode::kLt;
  if (op == "<=") return Opcode::kLe;
  if (op == ">") return Opcode::kGt;
  if (op == ">=") return Opcode::kGe;
  return Opcode::kNop;
}

void FunctionCompiler::EmitBinaryWith(Opcode op, int dest, int left, Expr* right, uint32_t pos) {
  // `x + c` and `x - c` with a small literal c: one AddInt (the VM calls operator + or -
  // for non-numbers, by the sign of C).
  if ((op == Opcode::kAdd || op == Opcode::kSub) && right->kind == NodeKind::kIntLiteral) {
    int64_t c = static_cast<IntLiteral*>(right)->value;
    if (op == Opcode::kAdd && c >= 0 && c <= kMaxSC) {
      Pos(pos);
      Emit(Opcode::kAddInt, dest, left, static_cast<int>(c));
      return;
    }
    if (op == Opcode::kSub && c >= 1 && c <= -kMinSC) {
      Pos(pos);
      Emit(Opcode::kAddInt, dest, left, static_cast<int>(-c));
      return;
    }
  }
  int mark = free_reg_;
  int r = ExprAny(right);
  Pos(pos);
  Emit(op, dest, left, r);
  FreeTo(mark);
}

void FunctionCompiler::Binary_(Binary* e, int dest) {
  const std::string& op = e->op;
  if (op == "&&" || op == "||") {
    ExprTo(e->left, dest);
    int skip = EmitJump(op == "&&" ? Opcode::kJumpIfFalse : Opcode::kJumpIfTrue, dest);
    ExprTo(e->right, dest);
    PatchHere(skip);
    return;
  }
  if (op == "??") {
    ExprTo(e->left, dest);
    int skip = EmitJump(Opcode::kJumpIfNotNull, dest);
    ExprTo(e->right, dest);
    PatchHere(skip);
    return;
  }
  const Binding& sb = r_->BindingOf(e);
  if (e->left->kind == NodeKind::kSuper) {
    // super + x: the superclass's operator, called directly.
    int mark = free_reg_;
    int base = CallBase(dest);
    if (sb.kind == Binding::kSuperMember && sb.function != nullptr) {
      ThisReg(base);
      if (scope_->this_var != nullptr) EmitMove(base, 0);
      ExprTo(e->right, AllocReg());
      Pos(e->op_pos);
      EmitCallStatic(base, 1, sb.function->index, 0);
      if (op == "!=") Emit(Opcode::kNot, base, base, 0);
    } else {
      Emit(Opcode::kLoadNull, base, 0, 0);
    }
    EmitMove(dest, base);
    FreeTo(mark);
    return;
  }
  Opcode opcode = BinaryOpcode(op);
  if (opcode == Opcode::kNop) {
    Error(e->op_pos, "Unsupported operator '" + op + "'.");
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  int mark = free_reg_;
  ExtensionList exts =
      op == "==" || op == "!=" ? ExtensionList{} : ExtensionsFor(e->left, op, false);
  if (!exts.empty()) {
    int l = AllocReg();
    ExprTo(e->left, l);
    int r = AllocReg();
    ExprTo(e->right, r);
    Pos(e->op_pos);
    ExtensionDispatch(
        l, op, false, exts, [&]() { Emit(opcode, dest, l, r); },
        [&](const FunctionElement* f) {
          int g = AllocReg();
          EmitMove(g, l);
          EmitMove(AllocReg(), r);
          EmitCallStatic(g, 1, f->index, 0);
          EmitMove(dest, g);
          FreeTo(g);
        });
    FreeTo(mark);
    return;
  }
  int l;
  if (e->left->kind == NodeKind::kBinary && dest == free_reg_ - 1 && !is_var_[dest]) {
    // A link of a left-deep chain (`a + b + c`) whose destination is a fresh scratch register
    // that nothing reads yet: its left operand goes there too, so a chain of any length needs
    // a fixed number of registers.
    ExprTo(e->left, dest);
    l = dest;
  } else {
    l = ExprAny(e->left);
  }
  EmitBinaryWith(opcode, dest, l, e->right, e->op_pos);
  FreeTo(mark);
}

void FunctionCompiler::Unary_(Unary* e, int dest) {
  if (e->op == "-") {
    if (e->operand->kind == NodeKind::kIntLiteral) {
      uint64_t v = static_cast<uint64_t>(static_cast<IntLiteral*>(e->operand)->value);
      LoadInt(dest, static_cast<int64_t>(0 - v));
      return;
    }
    if (e->operand->kind == NodeKind::kDoubleLiteral) {
      LoadDouble(dest, -static_cast<DoubleLiteral*>(e->operand)->value);
      return;
    }
  }
  if (e->operand->kind == NodeKind::kSuper) {
    const Binding& sb = r_->BindingOf(e);
    int mark = free_reg_;
    int base = CallBase(dest);
    if (sb.kind == Binding::kSuperMember && sb.function != nullptr) {
      int self = ThisReg(base);
      EmitMove(base, self);
      Pos(e->pos);
      EmitCallStatic(base, 0, sb.function->index, 0);
    } else {
      Emit(Opcode::kLoadNull, base, 0, 0);
    }
    EmitMove(dest, base);
    FreeTo(mark);
    return;
  }
  int mark = free_reg_;
  int r = ExprAny(e->operand);
  Pos(e->pos);
  Opcode op = e->op == "-" ? Opcode::kNeg : e->op == "!" ? Opcode::kNot : Opcode::kBitNot;
  ExtensionList exts = e->op == "!"
                           ? ExtensionList{}
                           : ExtensionsFor(e->operand, e->op == "-" ? "unary-" : "~", false);
  if (!exts.empty()) {
    ExtensionDispatch(
        r, e->op == "-" ? "unary-" : "~", false, exts, [&]() { Emit(op, dest, r, 0); },
        [&](const FunctionElement* f) {
          int g = AllocReg();
          EmitMove(g, r);
          EmitCallStatic(g, 0, f->index, 0);
          EmitMove(dest, g);
          FreeTo(g);
        });
  } else {
    Emit(op, dest, r, 0);
  }
  FreeTo(mark);
}

// ---------------------------------------------------------------------------------------------
// Strings and collections

void FunctionCompiler::StringInterpolation_(StringInterpolation* e, int dest) {
  if (e->exprs.empty()) {
    LoadString(dest, e->strings.empty() ? "" : e->strings[0]);
    return;
  }
  // Parts go to consecutive registers. A string of more parts than kChunk collects them in a
  // list, kChunk at a time, and joins it: every expression is still evaluated before any
  // toString runs, as in Dart, and no string needs more than kChunk registers.
  constexpr size_t kChunk = 64;
  int mark = free_reg_;
  if (e->strings.size() + e->exprs.size() > kChunk) {
    // The first chunk becomes the list in dest; each later one is appended with addAll, its
    // registers laid out as a call: receiver (the list), argument (the chunk), elements.
    int first = -1;  // The open chunk's first element register; -1 when none is open.
    bool started = false;
    auto open = [&]() {
      if (first >= 0) return;
      if (started) {
        EmitMove(AllocReg(), dest);
        AllocReg();
      }
      first = free_reg_;
    };
    auto close = [&]() {
      int count = free_reg_ - first;
      if (!started) {
        Emit(Opcode::kNewList, dest, first, count);
        started = true;
      } else {
        Emit(Opcode::kNewList, first - 1, first, count);
        EmitInvoke(first - 2, 1, "addAll", 0);
      }
      FreeTo(mark);
      first = -1;
    };
    for (size_t i = 0; i < e->strings.size(); i++) {
      if (!e->strings[i].empty()) {
        open();
        LoadString(AllocReg(), e->strings[i]);
        if (static_cast<size_t>(free_reg_ - first) == kChunk) close();
      }
      if (i < e->exprs.size()) {
        open();
        ExprTo(e->exprs[i], AllocReg());
        if (static_cast<size_t>(free_reg_ - first) == kChunk) close();
      }
    }
    if (first >= 0) close();
    int base = AllocReg();
    EmitMove(base, dest);
    Pos(e->pos);
    EmitInvoke(base, 0, "join", 0);
    EmitMove(dest, base);
    FreeTo(mark);
    return;
  }
  int first = free_reg_;
  for (size_t i = 0; i < e->strings.size(); i++) {
    if (!e->strings[i].empty()) LoadString(AllocReg(), e->strings[i]);
    if (i < e->exprs.size()) {
      int r = AllocReg();
      ExprTo(e->exprs[i], r);
    }
  }
  Pos(e->pos);
  Emit(Opcode::kInterpolate, dest, first, free_reg_ - first);
  FreeTo(mark);
}

void FunctionCompiler::BuildList(const std::vector<Expr*>& items, int dest, const TypeNode* even,
                                 const TypeNode* odd, uint32_t pos) {
  // Elements go to consecutive registers; long literals are built in chunks appended with
  // addAll so they never need more than kChunk registers.
  constexpr size_t kChunk = 64;
  int mark = free_reg_;
  size_t n = std::min(items.size(), kChunk);
  int first = free_reg_;
  for (size_t i = 0; i < n; i++) ExprToTyped(items[i], AllocReg(), i % 2 == 0 ? even : odd);
  Pos(pos);
  Emit(Opcode::kNewList, dest, first, static_cast<int>(n));
  FreeTo(mark);
  for (size_t start = n; start < items.size(); start += kChunk) {
    size_t count = std::min(kChunk, items.size() - start);
    int base = AllocReg();
    EmitMove(base, dest);
    int chunk = AllocReg();
    int chunk_first = free_reg_;
    for (size_t i = 0; i < count; i++) {
      ExprToTyped(items[start + i], AllocReg(), (start + i) % 2 == 0 ? even : odd);
    }
    Emit(Opcode::kNewList, chunk, chunk_first, static_cast<int>(count));
    EmitInvoke(base, 1, "addAll", 0);
    FreeTo(mark);
  }
}

void FunctionCompiler::CollectionElement(Expr* e, int collection, bool is_map,
                                         const TypeNode* key_context,
                                         const TypeNode* value_context) {
  int mark = free_reg_;
  switch (e->kind) {
    case NodeKind::kMapEntryElement: {
      auto* entry = static_cast<MapEntryElement*>(e);
      int base = AllocReg();
      EmitMove(base, collection);
      ExprToTyped(entry->key, AllocReg(), key_context);
      ExprToTyped(entry->value, AllocReg(), value_context);
      Pos(e->pos);
      EmitInvoke(base, 2, "[]=", 0);
      break;
    }
    case NodeKind::kSpreadElement: {
      auto* spread = static_cast<SpreadElement*>(e);
      int base = AllocReg();
      EmitMove(base, collection);
      int value = AllocReg();
      ExprTo(spread->expr, value);
      int skip = spread->null_aware ? EmitJump(Opcode::kJumpIfNull, value) : -1;
      Pos(e->pos);
      EmitInvoke(base, 1, "addAll", 0);
      if (skip >= 0) PatchHere(skip);
      break;
    }
    case NodeKind::kIfElement: {
      auto* n = static_cast<IfElement*>(e);
      std::vector<int> else_jumps;
      int case_mark = free_reg_;
      if (n->case_pattern != nullptr) {
        // if (x case pattern when guard): the pattern's variables live in the then element.
        DeclarePatternVars(n);
        int value = AllocReg();
        ExprTo(n->condition, value);
        bool saved = irrefutable_;
        irrefutable_ = n->irrefutable;
        MatchPattern(n->case_pattern, value, &else_jumps);
        irrefutable_ = saved;
        if (n->irrefutable) FailIrrefutable(&else_jumps, value);
        BoxPatternVars(n);
        if (n->guard != nullptr) CondJump(n->guard, false, &else_jumps);
      } else {
        CondJump(n->condition, false, &else_jumps);
      }
      CollectionElement(n->then_element, collection, is_map, key_context, value_context);
      FreeTo(case_mark);
      if (n->else_element != nullptr) {
        int end = EmitJump(Opcode::kJump);
        PatchHere(else_jumps);
        CollectionElement(n->else_element, collection, is_map, key_context, value_context);
        PatchHere(end);
      } else {
        PatchHere(else_jumps);
      }
      break;
    }
    case NodeKind::kForElement: {
      auto* n = static_cast<ForElement*>(e);
      auto body = [&]() {
        CollectionElement(n->body, collection, is_map, key_context, value_context);
      };
      if (n->is_for_in) {
        ForInLoop(n->loop_var, n->loop_target, n->iterable, n->pos, body, nullptr, n->body, {});
      } else {
        ForLoop(n->init, n->init_exprs, n->condition, n->updates, body, nullptr, n->body, {});
      }
      break;
    }
    default: {
      if (is_map) {
        Error(e->pos, "Expected a map entry ('key: value') in a map literal.");
        break;
      }
      int base = AllocReg();
      EmitMove(base, collection);
      ExprToTyped(e, AllocReg(), key_context);
      Pos(e->pos);
      EmitInvoke(base, 1, "add", 0);
      break;
    }
  }
  FreeTo(mark);
}

void FunctionCompiler::ListLiteral_(ListLiteral* e, int dest, const TypeNode* element_context) {
  if ((e->is_const || const_context_) && const_top_ != e) {
    EmitABx(Opcode::kLoadConstObject, dest,
            cg_->ConstObjectFor(e, file_, library_, cls_, scope_->name));
    return;
  }
  const TypeNode* element = e->type_arg != nullptr ? e->type_arg : element_context;
  bool wrap = const_top_ == e;
  int mark = free_reg_;
  int base = -1;
  int list = dest;
  if (wrap) {
    base = CallBase(dest);
    list = AllocReg();
  }
  size_t plain = 0;
  while (plain < e->elements.size() && IsPlainElement(e->elements[plain])) plain++;
  std::vector<Expr*> leading(e->elements.begin(), e->elements.begin() + plain);
  BuildList(leading, list, element, element, e->pos);
  if (!wrap) {
    // `<int>[...]` carries its element type (vm/object.h, kGrowableListTypeArgsSlot).
    int t = AllocReg();
    if (LoadTypeArgsOf(e, t)) Emit(Opcode::kSetField, list, t, kGrowableListTypeArgsSlot);
    FreeTo(t);
  }
  for (size_t i = plain; i < e->elements.size(); i++) {
    CollectionElement(e->elements[i], list, false, element, element);
  }
  if (wrap) {
    FunctionElement* f = r_->CoreFunction("_constList");
    if (f == nullptr) {
      Error(e->pos, "dart:core has no function '_constList'.");
    } else {
      Pos(e->pos);
      EmitCallStatic(base, 1, f->index, 0);
    }
    EmitMove(dest, base);
  }
  FreeTo(mark);
}

void FunctionCompiler::SetOrMapLiteral_(SetOrMapLiteral* e, int dest, const TypeNode* context) {
  if ((e->is_const || const_context_) && const_top_ != e) {
    EmitABx(Opcode::kLoadConstObject, dest,
            cg_->ConstObjectFor(e, file_, library_, cls_, scope_->name));
    return;
  }
  bool wrap = const_top_ == e;
  SetOrMapLiteral::Form form = e->form;
  // `Set<int> s = {};`: an empty literal takes its kind from the context.
  if (form == SetOrMapLiteral::kMap && e->elements.empty() && e->type_args.empty() &&
      (IsNamedType(context, "Set") || IsNamedType(context, "Iterable"))) {
    form = SetOrMapLiteral::kSet;
  }
  bool is_map = form != SetOrMapLiteral::kSet;
  const TypeNode* key_context = nullptr;
  const TypeNode* value_context = nullptr;
  if (e->type_args.size() == 2) {
    key_context = e->type_args[0];
    value_context = e->type_args[1];
  } else if (e->type_args.size() == 1) {
    key_context = e->type_args[0];
  } else if (IsNamedType(context, "Map")) {
    key_context = TypeArg(context, 0);
    value_context = TypeArg(context, 1);
  } else if (IsNamedType(context, "Set") || IsNamedType(context, "Iterable")) {
    key_context = TypeArg(context, 0);
  }
  bool all_plain = true;
  for (Expr* x : e->elements) all_plain = all_plain && IsPlainElement(x);
  auto core = [&](const char* name) -> int {
    FunctionElement* f = r_->CoreFunction(name);
    if (f == nullptr) {
      Error(e->pos, std::string("dart:core has no function '") + name + "'.");
      return 0;
    }
    return f->index;
  };
  int mark = free_reg_;
  if (form != SetOrMapLiteral::kUnknown && all_plain) {
    std::vector<Expr*> items;
    for (Expr* x : e->elements) {
      if (is_map) {
        if (x->kind != NodeKind::kMapEntryElement) {
          Error(x->pos, "Expected a map entry ('key: value') in a map literal.");
          continue;
        }
        items.push_back(static_cast<MapEntryElement*>(x)->key);
        items.push_back(static_cast<MapEntryElement*>(x)->value);
      } else {
        if (x->kind == NodeKind::kMapEntryElement) {
          Error(x->pos, "Map entries can't be used in a set literal.");
          continue;
        }
        items.push_back(x);
      }
    }
    int base = CallBase(dest);
    int list = AllocReg();
    BuildList(items, list, key_context, is_map ? value_context : key_context, e->pos);
    // A dart:core without the typed helpers (a test's) makes erased collections.
    bool typed = !wrap && r_->TypeUseOf(e).type >= 0 &&
                 r_->CoreFunction(is_map ? "_typedMapLiteral" : "_typedSetLiteral") != nullptr;
    const char* fn = is_map ? (wrap    ? "_constMap"
                               : typed ? "_typedMapLiteral"
                                       : "_mapLiteral")
                            : (wrap    ? "_constSet"
                               : typed ? "_typedSetLiteral"
                                       : "_setLiteral");
    int f = core(fn);
    int argc = 1;
    int arg_desc = 0;
    if (typed) {
      // The literal's type arguments go to the helper, which keeps them in the collection.
      LoadTypeArgsOf(e, AllocReg());
      argc = 2;
      arg_desc = cg_->builder()->InternArgDesc(1, {Name(kTypeArgumentsParam)});
    }
    Pos(e->pos);
    EmitCallStatic(base, argc, f, arg_desc);
    EmitMove(dest, base);
    FreeTo(mark);
    return;
  }
  if (wrap) {
    Error(e->pos, "'const map or set literals with spreads, if or for' is not supported yet.");
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  int coll = dest;
  size_t start = 0;
  auto make_empty = [&](bool map) {
    int base = AllocReg();
    int list = AllocReg();
    Emit(Opcode::kNewList, list, list, 0);
    bool typed = r_->TypeUseOf(e).type >= 0 &&
                 r_->CoreFunction(map ? "_typedMapLiteral" : "_typedSetLiteral") != nullptr;
    int argc = 1;
    int arg_desc = 0;
    if (typed) {
      LoadTypeArgsOf(e, AllocReg());
      argc = 2;
      arg_desc = cg_->builder()->InternArgDesc(1, {Name(kTypeArgumentsParam)});
    }
    Pos(e->pos);
    EmitCallStatic(base, argc,
                   core(map ? (typed ? "_typedMapLiteral" : "_mapLiteral")
                            : (typed ? "_typedSetLiteral" : "_setLiteral")),
                   arg_desc);
    EmitMove(coll, base);
    FreeTo(base);
  };
  if (form == SetOrMapLiteral::kUnknown) {
    // {...x}: a map when the first spread is a map, else a set; both have addAll.
    Expr* first = e->elements.empty() ? nullptr : e->elements[0];
    ClassElement* map_class = r_->CoreClass("Map");
    if (first != nullptr && first->kind == NodeKind::kSpreadElement && map_class != nullptr) {
      auto* spread = static_cast<SpreadElement*>(first);
      int value = AllocReg();
      ExprTo(spread->expr, value);
      int test = AllocReg();
      TypeDesc map_type;
      map_type.kind = TypeDesc::kClass;
      map_type.class_index = map_class->index;
      map_type.name = "Map";
      Emit(Opcode::kInstanceOf, test, value, 0);
      fb_.EmitWord(static_cast<uint32_t>(cg_->builder()->InternType(map_type)));
      int is_set = EmitJump(Opcode::kJumpIfFalse, test);
      FreeTo(test);
      make_empty(true);
      int join = EmitJump(Opcode::kJump);
      PatchHere(is_set);
      make_empty(false);
      PatchHere(join);
      int skip = spread->null_aware ? EmitJump(Opcode::kJumpIfNull, value) : -1;
      int base = AllocReg();
      EmitMove(base, coll);
      EmitMove(AllocReg(), value);
      Pos(first->pos);
      EmitInvoke(base, 1, "addAll", 0);
      if (skip >= 0) PatchHere(skip);
      FreeTo(mark);
      start = 1;
    } else {
      make_empty(true);
    }
  } else {
    make_empty(is_map);
  }
  for (size_t i = start; i < e->elements.size(); i++) {
    CollectionElement(e->elements[i], coll, form == SetOrMapLiteral::kMap, key_context,
                      value_context);
  }
  FreeTo(mark);
}

// ---------------------------------------------------------------------------------------------
// Closures

void FunctionCompiler::FunctionExpr_(FunctionNode* node, int dest) {
  FunctionScope* scope = r_->ScopeOf(node);
  if (scope == nullptr) {
    Error(node->pos, "Internal compiler error: unresolved function.");
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  int index = cg_->builder()->AddFunction();
  FunctionCompiler child(cg_, scope, file_, library_, cls_);
  FunctionDesc desc = child.CompileClosure(node);
  for (LocalVar* v : scope->captures) {
    CaptureDesc c;
    if (v->owner == scope_) {
      c.from_parent_capture = false;
      c.index = v->reg;
      if (v->reg < 0) {
        Error(node->pos, "Internal compiler error: captured '" + v->name + "' has no register.");
        c.index = 0;
      }
    } else {
      c.from_parent_capture = true;
      c.index = scope_->CaptureIndex(v);
      if (c.index < 0) {
        Error(node->pos, "Internal compiler error: '" + v->name + "' is not captured.");
        c.index = 0;
      }
    }
    desc.captures.push_back(c);
  }
  cg_->builder()->SetFunction(index, std::move(desc));
  Pos(node->pos);
  EmitABx(Opcode::kClosure, dest, index);
}

}  // namespace islet
