// Calls, property access and assignments: argument registers (consecutive above all live
// values), virtual Invoke/GetProp/SetProp with inline caches, direct CallStatic for
// top-level, static, constructor and super targets, CallClosure for function values,
// cascades, and every assignable target (LValue) with compound operators and ++/--.

#include <algorithm>

#include "compiler/codegen.h"
#include "compiler/diagnostics.h"
#include "compiler/source.h"

namespace islet {

FunctionCompiler::ArgsInfo FunctionCompiler::CompileArgs(const Arguments& args, int base,
                                                         const FunctionElement* callee,
                                                         const std::string* invoke_name,
                                                         const void* type_args_node) {
  ArgsInfo info;
  int positional = static_cast<int>(args.positional.size());
  int total = positional + static_cast<int>(args.named.size());
  // Parameter types give argument literals their context (an int literal passed to a
  // `double` parameter is a double).
  auto positional_double = [&](size_t i) -> const TypeNode* {
    if (invoke_name != nullptr) return InvokeParamType(*invoke_name, static_cast<int>(i), nullptr);
    if (callee == nullptr || callee->node == nullptr) return nullptr;
    size_t k = 0;
    for (const Param& p : callee->node->params) {
      if (p.is_named) continue;
      if (k++ == i) return cg_->ParamType(callee, p);
    }
    return nullptr;
  };
  auto named_double = [&](const std::string& name) -> const TypeNode* {
    if (invoke_name != nullptr) return InvokeParamType(*invoke_name, -1, &name);
    if (callee == nullptr || callee->node == nullptr) return nullptr;
    for (const Param& p : callee->node->params) {
      if (p.is_named && p.name == name) return cg_->ParamType(callee, p);
    }
    return nullptr;
  };
  bool monotone = true;
  bool seen_named = false;
  for (bool is_positional : args.order) {
    if (!is_positional) {
      seen_named = true;
    } else if (seen_named) {
      monotone = false;
    }
  }
  (void)base;
  if (monotone) {
    // Each argument is compiled into the top register, so a call argument lands in place.
    for (int i = 0; i < positional; i++) {
      ExprToTyped(args.positional[i], AllocReg(), positional_double(i));
    }
    for (const NamedArg& n : args.named) ExprToTyped(n.value, AllocReg(), named_double(n.name));
  } else {
    // Named arguments written before positional ones are still evaluated in source order.
    int first = free_reg_;
    for (int i = 0; i < total; i++) AllocReg();
    size_t pi = 0;
    size_t ni = 0;
    for (bool is_positional : args.order) {
      if (is_positional && pi < args.positional.size()) {
        ExprToTyped(args.positional[pi], first + static_cast<int>(pi), positional_double(pi));
        pi++;
      } else if (!is_positional && ni < args.named.size()) {
        ExprToTyped(args.named[ni].value, first + positional + static_cast<int>(ni),
                    named_double(args.named[ni].name));
        ni++;
      }
    }
  }
  std::vector<int> names;
  for (const NamedArg& n : args.named) names.push_back(Name(n.name));
  // Explicit type arguments: the hidden last named argument (module.h, kTypeArgumentsParam).
  if (type_args_node != nullptr && r_->TypeUseOf(type_args_node).type >= 0) {
    LoadTypeArgsOf(type_args_node, AllocReg());
    names.push_back(Name(kTypeArgumentsParam));
    total++;
  }
  info.count = total;
  info.arg_desc = cg_->builder()->InternArgDesc(positional, names);
  if (total > kMaxRegisters - 2)
    Error(args.positional.empty() ? 0 : args.positional[0]->pos, "Too many arguments.");
  return info;
}

void FunctionCompiler::StaticCall(const FunctionElement* f, const Arguments& args, int dest,
                                  uint32_t pos, bool has_receiver_reg, const void* type_args_node) {
  CheckArgs(f, args, pos);
  int mark = free_reg_;
  int base = CallBase(dest);
  ArgsInfo info = CompileArgs(args, base, f, nullptr, type_args_node);
  Pos(pos);
  EmitCallStatic(base, info.count, f->index, info.arg_desc);
  EmitMove(dest, base);
  FreeTo(mark);
}

void FunctionCompiler::ConstructorCall_(const Binding& b, const Arguments& args, Expr* node,
                                        bool is_const, int dest, uint32_t pos) {
  if (b.kind != Binding::kConstructor) {
    // Reported by the resolver; evaluate the arguments for a well-formed function.
    int mark = free_reg_;
    for (Expr* a : args.positional) ExprEffect(a);
    for (const NamedArg& n : args.named) ExprEffect(n.value);
    FreeTo(mark);
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  if ((is_const || const_context_) && const_top_ != node && b.function->is_const) {
    EmitABx(Opcode::kLoadConstObject, dest,
            cg_->ConstObjectFor(node, file_, library_, cls_, scope_->name));
    return;
  }
  bool saved = const_context_;
  if (const_top_ == node) const_context_ = true;
  CheckArgs(b.function, args, pos);
  int mark = free_reg_;
  int base = CallBase(dest);
  Pos(pos);
  ArgsInfo info;
  if (b.function->is_factory) {
    // A factory of a generic class takes the class's type arguments as its own.
    info = CompileArgs(args, base, b.function, nullptr, node);
  } else {
    EmitABx(Opcode::kNew, base, b.cls->index);
    // An instance that keeps its type arguments gets them before its constructor runs.
    int slot = TypeArgsSlot(b.cls);
    if (slot >= 0) {
      int t = AllocReg();
      if (LoadTypeArgsOf(node, t)) Emit(Opcode::kSetField, base, t, slot);
      FreeTo(t);
    }
    info = CompileArgs(args, base, b.function);
  }
  // A mixin application class (`class C = B with M;`) runs B's constructor after the fields
  // of its mixins are initialized.
  if (!b.function->is_factory) EmitMixinInits(b.cls, b.function->owner, base);
  Pos(pos);
  EmitCallStatic(base, info.count, b.function->index, info.arg_desc);
  EmitMove(dest, base);
  FreeTo(mark);
  const_context_ = saved;
}

void FunctionCompiler::EmitMixinInits(const ClassElement* from, const ClassElement* until,
                                      int object) {
  for (const ClassElement* c = from; c != nullptr && c != until; c = c->superclass) {
    if (c->mixin_init == nullptr) continue;
    int t = AllocReg();
    EmitMove(t, object);
    EmitCallStatic(t, 0, c->mixin_init->index, 0);
    FreeTo(t);
  }
}

namespace {

bool IsDeclaredDynamic(const Resolver* r, Expr* e) {
  if (e->kind == NodeKind::kAs) {
    const TypeNode* t = static_cast<As*>(e)->type;
    return t != nullptr && t->kind == TypeNode::kNamed && t->name == "dynamic";
  }
  if (e->kind != NodeKind::kIdentifier) return false;
  const Binding& b = r->BindingOf(e);
  const TypeNode* t = b.kind == Binding::kLocal    ? b.var->type
                      : b.kind == Binding::kGlobal ? b.global->type
                                                   : nullptr;
  return t != nullptr && t->kind == TypeNode::kNamed && t->name == "dynamic";
}

}  // namespace

FunctionCompiler::ExtensionList FunctionCompiler::ExtensionsFor(Expr* receiver,
                                                                const std::string& name,
                                                                bool setter) {
  ExtensionList out;
  if (library_->extensions.empty()) return out;
  // Extensions never apply to a receiver of static type dynamic.
  if (receiver != nullptr && IsDeclaredDynamic(r_, receiver)) return out;
  for (auto& c : r_->ExtensionCandidates(library_, name)) {
    const InstanceMember* m = c.second;
    if (setter ? m->setter != nullptr : (m->method != nullptr || m->getter != nullptr)) {
      out.push_back(c);
    }
  }
  return out;
}

void FunctionCompiler::ExtensionDispatch(int receiver, const std::string& name, bool setter,
                                         const ExtensionList& candidates,
                                         const std::function<void()>& normal,
                                         const std::function<void(const FunctionElement*)>& ext) {
  int mark = free_reg_;
  int t = AllocReg();
  std::vector<int> done;
  int to_normal = -1;
  FunctionElement* has = r_->CoreFunction("_hasInstanceMember");
  if (has != nullptr && r_->AnyClassHasMember(name)) {
    int a = AllocReg();
    int n = AllocReg();
    EmitMove(a, receiver);
    LoadInt(n, Name(name) * 2 + (setter ? 1 : 0));
    EmitCallStatic(t, 2, has->index, 0);
    to_normal = EmitJump(Opcode::kJumpIfTrue, t);
    FreeTo(t + 1);
  }
  // An extension on a record type (written out or named by typedefs) applies to records of
  // its shape; its on_class is null.
  auto record_on_type = [&](const ClassElement* e) -> const TypeNode* {
    if (e->on_class != nullptr || e->on_types.empty()) return nullptr;
    const TypeNode* type = e->on_types[0];
    LibraryElement* library = e->library;
    for (int depth = 0; type != nullptr && type->kind == TypeNode::kNamed && depth < 16; depth++) {
      Binding alias = r_->LookupLibrary(library, type->name);
      if (alias.kind != Binding::kTypedef) return nullptr;
      type = alias.type_alias->type;
      library = alias.alias_library;
    }
    return type != nullptr && type->kind == TypeNode::kRecord ? type : nullptr;
  };
  // Ambiguity: two extensions on the same type both declaring the name.
  const TypeNode* record0 = candidates.size() >= 2 ? record_on_type(candidates[0].first) : nullptr;
  const TypeNode* record1 = candidates.size() >= 2 ? record_on_type(candidates[1].first) : nullptr;
  bool different_shapes =
      record0 != nullptr && record1 != nullptr &&
      (record0->positional.size() != record1->positional.size() ||
       record0->named.size() != record1->named.size() ||
       !std::equal(record0->named.begin(), record0->named.end(), record1->named.begin(),
                   [](const auto& a, const auto& b) { return a.first == b.first; }));
  if (candidates.size() >= 2 && candidates[0].first->on_class == candidates[1].first->on_class &&
      !different_shapes && !r_->AnyClassHasMember(name)) {
    std::string on =
        candidates[0].first->on_types.empty() ? "dynamic" : candidates[0].first->on_types[0]->name;
    Error(last_pos_, "The method '" + name + "' is defined in multiple extensions for '" + on +
                         "' and neither is more specific.");
  }
  bool exhaustive = false;
  for (const auto& [e, m] : candidates) {
    const FunctionElement* f = setter ? m->setter : (m->method != nullptr ? m->method : m->getter);
    if (f == nullptr) continue;
    int next = -1;
    if (e->on_class != nullptr && e->on_class != r_->object_class() && !e->on_types.empty()) {
      int type = r_->InternTypeIn(e->on_types[0], e->library, e, {});
      Emit(Opcode::kInstanceOf, t, receiver, 0);
      fb_.EmitWord(static_cast<uint32_t>(type));
      next = EmitJump(Opcode::kJumpIfFalse, t);
    } else if (const TypeNode* record = record_on_type(e)) {
      EmitRecordIs(record, t, receiver, false);
      next = EmitJump(Opcode::kJumpIfFalse, t);
    }
    ext(f);
    done.push_back(EmitJump(Opcode::kJump));
    if (next < 0) {
      exhaustive = true;
      break;
    }
    PatchHere(next);
  }
  if (to_normal >= 0) PatchHere(to_normal);
  if (!exhaustive || to_normal >= 0) normal();
  PatchHere(done);
  FreeTo(mark);
}

void FunctionCompiler::ExtensionReceiverTo(Expr* receiver, int dest) {
  if (receiver == nullptr || receiver->kind != NodeKind::kInvocation) {
    int self = ThisReg(dest);
    EmitMove(dest, self);
    return;
  }
  auto* inv = static_cast<Invocation*>(receiver);
  if (r_->BindingOf(inv).kind == Binding::kExtensionOverride && !inv->args.positional.empty()) {
    ExprTo(inv->args.positional[0], dest);
  } else {
    ExprTo(receiver, dest);
  }
}

void FunctionCompiler::ExtensionMemberGet(const Binding& b, Expr* receiver, int dest,
                                          uint32_t pos) {
  if (b.function == nullptr) {
    // Only a setter of this name.
    Error(pos, "Getter not found: '" + b.name + "'.");
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  int mark = free_reg_;
  int base = CallBase(dest);
  ExtensionReceiverTo(receiver, base);
  Pos(pos);
  if (b.function->is_getter) {
    EmitCallStatic(base, 0, b.function->index, 0);
    EmitMove(dest, base);
  } else {
    ExtensionTearOff(b.function, base, dest);
  }
  FreeTo(mark);
}

void FunctionCompiler::ExtensionTearOff(const FunctionElement* f, int receiver, int dest) {
  int index = cg_->builder()->AddFunction();
  FunctionScope scope;
  scope.name = f->scope != nullptr ? f->scope->name : f->name;
  FunctionCompiler child(cg_, &scope, f->file, f->library, f->owner);
  FunctionDesc desc = child.CompileExtensionTearOff(f);
  CaptureDesc c;
  c.from_parent_capture = false;
  c.index = receiver;
  desc.captures.push_back(c);
  cg_->builder()->SetFunction(index, std::move(desc));
  EmitABx(Opcode::kClosure, dest, index);
}

void FunctionCompiler::Invocation_(Invocation* e, int dest) {
  const Binding& b = r_->BindingOf(e);
  int mark = free_reg_;
  bool is_super = e->receiver != nullptr && e->receiver->kind == NodeKind::kSuper;
  bool static_target =
      e->receiver == nullptr || is_super ||
      (b.kind != Binding::kNone && b.kind != Binding::kLocal && b.kind != Binding::kThisMember);
  if (static_target) {
    switch (b.kind) {
      case Binding::kFunction: {
        FunctionElement* identical = r_->CoreFunction("identical");
        if (b.function == identical && e->args.positional.size() == 2 && e->args.named.empty()) {
          int l = ExprAny(e->args.positional[0]);
          int r = ExprAny(e->args.positional[1]);
          Emit(Opcode::kIdentical, dest, l, r);
          FreeTo(mark);
          return;
        }
        StaticCall(b.function, e->args, dest, e->name_pos, false, e);
        return;
      }
      case Binding::kConstructor:
        ConstructorCall_(b, e->args, e, false, dest, e->name_pos);
        return;
      case Binding::kExtensionMember: {
        int base = CallBase(dest);
        ExtensionReceiverTo(e->receiver, base);
        if (b.function != nullptr && !b.function->is_getter) {
          CheckArgs(b.function, e->args, e->name_pos);
          ArgsInfo info = CompileArgs(e->args, base, b.function, nullptr, e);
          Pos(e->name_pos);
          EmitCallStatic(base, info.count, b.function->index, info.arg_desc);
        } else if (b.function != nullptr) {
          // A getter returning a function: call what it returns.
          Pos(e->name_pos);
          EmitCallStatic(base, 0, b.function->index, 0);
          ArgsInfo info = CompileArgs(e->args, base, nullptr, nullptr, e);
          EmitCallClosure(base, info.count, info.arg_desc);
        }
        EmitMove(dest, base);
        FreeTo(mark);
        return;
      }
      case Binding::kExtensionOverride:
        if (b.cls != nullptr && b.cls->extension_decl != nullptr &&
            b.cls->extension_decl->is_extension_type && e->args.positional.size() == 1) {
          // E(x) of an extension type E is x itself (typed as the representation, so an
          // int literal for a double representation is a double).
          ExprToTyped(e->args.positional[0], dest, b.cls->extension_decl->on_type);
          return;
        }
        Error(e->name_pos,
              "An extension override can't be used to access members of the "
              "extension other than by a member access.");
        Emit(Opcode::kLoadNull, dest, 0, 0);
        return;
      case Binding::kThisMember: {
        // `this` has the enclosing class as its static type: a method found there is the
        // one Dart checks the arguments against.
        const InstanceMember* m =
            cls_ != nullptr ? r_->LookupInstance(cls_, e->name, false) : nullptr;
        if (m != nullptr && m->method != nullptr && m->method->node != nullptr) {
          CheckArgs(m->method, e->args, e->name_pos);
        }
        int base = CallBase(dest);
        int self = ThisReg(base);
        EmitMove(base, self);
        ArgsInfo info = CompileArgs(e->args, base, nullptr, &e->name, e);
        Pos(e->name_pos);
        EmitInvoke(base, info.count, e->name, info.arg_desc);
        EmitMove(dest, base);
        FreeTo(mark);
        return;
      }
      case Binding::kSuperMember: {
        int base = CallBase(dest);
        if (b.function != nullptr && !b.function->is_getter && b.field == nullptr) {
          CheckArgs(b.function, e->args, e->name_pos);
          int self = ThisReg(base);
          EmitMove(base, self);
          ArgsInfo info = CompileArgs(e->args, base, b.function, nullptr, e);
          Pos(e->name_pos);
          EmitCallStatic(base, info.count, b.function->index, info.arg_desc);
        } else {
          // A super getter or field holding a function: read it, then call the value.
          int self = ThisReg(base);
          Pos(e->name_pos);
          if (b.field != nullptr) {
            Emit(Opcode::kGetField, base, self, b.field->slot);
          } else {
            EmitMove(base, self);
            EmitCallStatic(base, 0, b.function->index, 0);
          }
          ArgsInfo info = CompileArgs(e->args, base, nullptr, nullptr, e);
          Pos(e->name_pos);
          EmitCallClosure(base, info.count, info.arg_desc);
        }
        EmitMove(dest, base);
        FreeTo(mark);
        return;
      }
      case Binding::kLocal:
      case Binding::kGlobal:
      case Binding::kAccessor: {
        // A function value: read it, then CallClosure.
        if (b.kind == Binding::kLocal && b.var->function != nullptr) {
          CheckArgsOf(b.var->function, e->args, e->name_pos);
        }
        int base = CallBase(dest);
        if (b.kind == Binding::kLocal) {
          ReadVar(b.var, base, e->name_pos);
        } else {
          StaticGet(b, base, e->name_pos, e->name);
        }
        ArgsInfo info = CompileArgs(e->args, base, nullptr, nullptr, e);
        Pos(e->name_pos);
        EmitCallClosure(base, info.count, info.arg_desc);
        EmitMove(dest, base);
        FreeTo(mark);
        return;
      }
      default: {
        // Reported already: keep evaluating the arguments for their own errors.
        for (Expr* a : e->args.positional) ExprEffect(a);
        for (const NamedArg& n : e->args.named) ExprEffect(n.value);
        Emit(Opcode::kLoadNull, dest, 0, 0);
        FreeTo(mark);
        return;
      }
    }
  }
  if (e->receiver->kind == NodeKind::kInvocation &&
      r_->BindingOf(e->receiver).kind == Binding::kExtensionOverride) {
    // E(x).m() naming no member of E: reported by the resolver.
    Emit(Opcode::kLoadNull, dest, 0, 0);
    return;
  }
  // A virtual call: receiver in R[A], arguments above it.
  int base = CallBase(dest);
  int r = InPlaceReg(e->receiver);
  if (r >= 0) {
    EmitMove(base, r);
  } else if (IsChainKind(e->receiver)) {
    ChainTo(e->receiver, base);
  } else {
    ExprTo(e->receiver, base);
  }
  if (e->null_aware) NullShortJump(base);
  ArgsInfo info = CompileArgs(e->args, base, nullptr, &e->name, e);
  Pos(e->name_pos);
  ExtensionList exts = ExtensionsFor(e->receiver, e->name, false);
  if (exts.empty()) {
    EmitInvoke(base, info.count, e->name, info.arg_desc);
  } else {
    ExtensionDispatch(
        base, e->name, false, exts, [&]() { EmitInvoke(base, info.count, e->name, info.arg_desc); },
        [&](const FunctionElement* f) {
          if (f->is_getter) {
            // Arguments sit above the receiver: read the getter into a register above them.
            int g = AllocReg();
            EmitMove(g, base);
            EmitCallStatic(g, 0, f->index, 0);
            EmitMove(base, g);
            FreeTo(g);
            EmitCallClosure(base, info.count, info.arg_desc);
          } else {
            EmitCallStatic(base, info.count, f->index, info.arg_desc);
          }
        });
  }
  EmitMove(dest, base);
  FreeTo(mark);
}

void FunctionCompiler::FunctionCall_(FunctionCall* e, int dest) {
  int mark = free_reg_;
  int base = CallBase(dest);
  ExprTo(e->callee, base);
  ArgsInfo info = CompileArgs(e->args, base, nullptr, nullptr, e);
  Pos(e->pos);
  EmitCallClosure(base, info.count, info.arg_desc);
  EmitMove(dest, base);
  FreeTo(mark);
}

void FunctionCompiler::PropertyGet_(PropertyGet* e, int dest) {
  const Binding& b = r_->BindingOf(e);
  if (e->receiver->kind == NodeKind::kSuper) {
    if (b.kind != Binding::kSuperMember) {
      Emit(Opcode::kLoadNull, dest, 0, 0);
      return;
    }
    int mark = free_reg_;
    if (b.field != nullptr) {
      int self = ThisReg(dest);
      Pos(e->name_pos);
      Emit(Opcode::kGetField, dest, self, b.field->slot);
    } else if (b.function != nullptr && b.function->is_getter) {
      int base = CallBase(dest);
      int self = ThisReg(base);
      EmitMove(base, self);
      Pos(e->name_pos);
      EmitCallStatic(base, 0, b.function->index, 0);
      EmitMove(dest, base);
    } else {
      Error(e->name_pos, "'super method tear-off' is not supported yet.");
      Emit(Opcode::kLoadNull, dest, 0, 0);
    }
    FreeTo(mark);
    return;
  }
  if (b.kind == Binding::kExtensionMember) {
    ExtensionMemberGet(b, e->receiver, dest, e->name_pos);
    return;
  }
  if (b.kind != Binding::kNone) {
    StaticGet(b, dest, e->name_pos, e->name);
    return;
  }
  int r = ReceiverReg(e->receiver, dest);
  if (e->null_aware) {
    EmitMove(dest, r);
    r = dest;
    NullShortJump(r);
  }
  Pos(e->name_pos);
  ExtensionList exts = ExtensionsFor(e->receiver, e->name, false);
  // A getter serves a property read; a method is torn off, bound to the receiver.
  exts.erase(std::remove_if(exts.begin(), exts.end(),
                            [](const auto& c) {
                              return c.second->getter == nullptr && c.second->method == nullptr;
                            }),
             exts.end());
  if (exts.empty()) {
    EmitGetProp(dest, r, e->name);
    return;
  }
  int mark = free_reg_;
  int recv = r;
  if (recv == dest) {
    recv = AllocReg();
    EmitMove(recv, r);
  }
  ExtensionDispatch(
      recv, e->name, false, exts, [&]() { EmitGetProp(dest, recv, e->name); },
      [&](const FunctionElement* f) {
        if (!f->is_getter) {
          ExtensionTearOff(f, recv, dest);
          return;
        }
        int g = AllocReg();
        EmitMove(g, recv);
        EmitCallStatic(g, 0, f->index, 0);
        EmitMove(dest, g);
        FreeTo(g);
      });
  FreeTo(mark);
}

void FunctionCompiler::Index_(Index* e, int dest) {
  int mark = free_reg_;
  if (e->target->kind == NodeKind::kSuper) {
    const Binding& b = r_->BindingOf(e);
    int base = CallBase(dest);
    if (b.kind == Binding::kSuperMember && b.function != nullptr) {
      int self = ThisReg(base);
      EmitMove(base, self);
      ExprTo(e->index, AllocReg());
      Pos(e->pos);
      EmitCallStatic(base, 1, b.function->index, 0);
    } else {
      Emit(Opcode::kLoadNull, base, 0, 0);
    }
    EmitMove(dest, base);
    FreeTo(mark);
    return;
  }
  int target = InPlaceReg(e->target);
  if (target < 0) {
    target = AllocReg();
    if (IsChainKind(e->target)) {
      ChainTo(e->target, target);
    } else {
      ExprTo(e->target, target);
    }
  }
  if (e->null_aware) NullShortJump(target);
  int index = ExprAny(e->index);
  Pos(BracketPos(e));
  ExtensionList exts = ExtensionsFor(e->target, "[]", false);
  if (exts.empty()) {
    Emit(Opcode::kIndexGet, dest, target, index);
  } else {
    ExtensionDispatch(
        target, "[]", false, exts, [&]() { Emit(Opcode::kIndexGet, dest, target, index); },
        [&](const FunctionElement* f) {
          int g = AllocReg();
          EmitMove(g, target);
          EmitMove(AllocReg(), index);
          EmitCallStatic(g, 1, f->index, 0);
          EmitMove(dest, g);
          FreeTo(g);
        });
  }
  FreeTo(mark);
}

void FunctionCompiler::Cascade_(Cascade* e, int dest) {
  int mark = free_reg_;
  int target = dest >= 0 && !is_var_[dest] ? dest : AllocReg();
  ExprTo(e->target, target);
  int skip = e->null_aware ? EmitJump(Opcode::kJumpIfNull, target) : -1;
  // The target register stays live (as if a variable) while the sections run.
  bool was_var = is_var_[target];
  is_var_[target] = true;
  cascade_regs_.push_back(target);
  for (Expr* section : e->sections) ExprEffect(section);
  cascade_regs_.pop_back();
  is_var_[target] = was_var;
  if (skip >= 0) PatchHere(skip);
  if (dest >= 0) EmitMove(dest, target);
  FreeTo(mark);
}

// ---------------------------------------------------------------------------------------------
// Assignment

FunctionCompiler::LValue FunctionCompiler::PrepareLValue(Expr* target) {
  LValue lv;
  lv.pos = target->pos;
  auto receiver = [&](Expr* recv) {
    int mark = free_reg_;
    int t = AllocReg();
    int r = ReceiverReg(recv, t);
    if (r != t) FreeTo(mark);
    return r;
  };
  auto this_object = [&]() {
    if (scope_->this_var != nullptr) return 0;
    int t = AllocReg();
    return ThisReg(t);
  };
  switch (target->kind) {
    case NodeKind::kIdentifier: {
      auto* id = static_cast<Identifier*>(target);
      const Binding& b = r_->BindingOf(id);
      lv.name = id->name;
      switch (b.kind) {
        case Binding::kLocal: {
          LocalVar* v = b.var;
          lv.var = v;
          lv.type = v->type;
          lv.exact_type = true;
          lv.late_final = v->is_late && v->is_final;
          if (v->owner == scope_) {
            lv.kind = v->boxed() ? LValue::kBox : LValue::kLocal;
            lv.reg = v->reg;
            if (v->reg < 0) lv.kind = LValue::kNone;
          } else {
            lv.kind = LValue::kCaptureBox;
            lv.capture = scope_->CaptureIndex(v);
            if (lv.capture < 0 || !v->boxed()) lv.kind = LValue::kNone;
          }
          break;
        }
        case Binding::kGlobal:
          lv.kind = LValue::kGlobal;
          lv.global = b.global->index;
          lv.type = b.global->type;
          lv.exact_type = true;
          break;
        case Binding::kAccessor:
          lv.kind = LValue::kAccessor;
          lv.getter = b.function;
          lv.setter = b.setter;
          break;
        case Binding::kExtensionMember:
          lv.kind = LValue::kExtAccessor;
          lv.object = this_object();
          lv.getter = b.function;
          lv.setter = b.setter;
          break;
        case Binding::kThisMember: {
          lv.kind = LValue::kProp;
          lv.object = this_object();
          const InstanceMember* m =
              cls_ != nullptr ? r_->LookupInstance(cls_, id->name, false) : nullptr;
          if (m != nullptr && m->field != nullptr) {
            lv.type = m->field->type;
            lv.exact_type = true;
          } else if (m != nullptr && m->setter != nullptr && m->setter->node != nullptr &&
                     !m->setter->node->params.empty()) {
            lv.type = m->setter->node->params[0].type;
          }
          break;
        }
        default:
          break;
      }
      break;
    }
    case NodeKind::kPropertyGet: {
      auto* pg = static_cast<PropertyGet*>(target);
      const Binding& b = r_->BindingOf(pg);
      lv.name = pg->name;
      lv.pos = pg->name_pos;
      if (pg->receiver->kind == NodeKind::kSuper) {
        if (b.kind != Binding::kSuperMember) break;
        lv.object = this_object();
        if (b.field != nullptr) {
          lv.kind = LValue::kSuperField;
          lv.slot = b.field->slot;
          lv.type = b.field->type;
        } else {
          lv.kind = LValue::kSuperAccessor;
          lv.getter = b.function;
          lv.setter = b.setter;
        }
        break;
      }
      if (b.kind == Binding::kGlobal) {
        lv.kind = LValue::kGlobal;
        lv.global = b.global->index;
        lv.type = b.global->type;
        lv.exact_type = true;
        break;
      }
      if (b.kind == Binding::kAccessor) {
        lv.kind = LValue::kAccessor;
        lv.getter = b.function;
        lv.setter = b.setter;
        break;
      }
      if (b.kind == Binding::kExtensionMember) {
        lv.kind = LValue::kExtAccessor;
        lv.object = AllocReg();
        ExtensionReceiverTo(pg->receiver, lv.object);
        lv.getter = b.function;
        lv.setter = b.setter;
        break;
      }
      if (b.kind != Binding::kNone) break;
      lv.kind = LValue::kProp;
      lv.receiver_expr = pg->receiver;
      lv.type = InvokeParamType(pg->name + "=", 0, nullptr);
      lv.object = receiver(pg->receiver);
      if (pg->null_aware) NullShortJump(lv.object);
      break;
    }
    case NodeKind::kIndex: {
      auto* ix = static_cast<Index*>(target);
      if (ix->target->kind == NodeKind::kSuper) {
        const Binding& b = r_->BindingOf(ix);
        if (b.kind != Binding::kSuperMember) break;
        lv.kind = LValue::kSuperIndex;
        lv.object = this_object();
        lv.setter = b.function;  // operator []=
        lv.getter = b.setter;    // operator [] (for compound assignment)
        lv.index = ExprAny(ix->index);
        break;
      }
      lv.kind = LValue::kIndex;
      lv.object = receiver(ix->target);
      if (ix->null_aware) NullShortJump(lv.object);
      lv.index = ExprAny(ix->index);
      lv.pos = BracketPos(ix);
      break;
    }
    default:
      break;
  }
  return lv;
}

void FunctionCompiler::LoadLValue(const LValue& lv, int dest) {
  Pos(lv.pos);
  auto check_init = [&](int reg) {
    if (lv.var != nullptr && lv.var->is_late && !lv.var->has_initializer) {
      EmitABx(Opcode::kCheckInit, reg, Constant(fb_.StringConstant(lv.var->name)));
    }
  };
  switch (lv.kind) {
    case LValue::kLocal:
      if (lv.var != nullptr && lv.var->lazy_late()) LazyLateInit(lv.var);
      check_init(lv.reg);
      EmitMove(dest, lv.reg);
      break;
    case LValue::kBox:
      Emit(Opcode::kGetBox, dest, lv.reg, 0);
      check_init(dest);
      break;
    case LValue::kCaptureBox:
      Emit(Opcode::kGetCaptureBox, dest, lv.capture, 0);
      check_init(dest);
      break;
    case LValue::kGlobal:
      EmitABx(Opcode::kGetGlobal, dest, lv.global);
      break;
    case LValue::kAccessor: {
      if (lv.getter == nullptr) {
        Emit(Opcode::kLoadNull, dest, 0, 0);
        break;
      }
      int mark = free_reg_;
      int base = CallBase(dest);
      EmitCallStatic(base, 0, lv.getter->index, 0);
      EmitMove(dest, base);
      FreeTo(mark);
      break;
    }
    case LValue::kProp: {
      ExtensionList exts = ExtensionsFor(lv.receiver_expr, lv.name, false);
      exts.erase(std::remove_if(exts.begin(), exts.end(),
                                [](const auto& c) { return c.second->getter == nullptr; }),
                 exts.end());
      if (exts.empty()) {
        EmitGetProp(dest, lv.object, lv.name);
        break;
      }
      ExtensionDispatch(
          lv.object, lv.name, false, exts, [&]() { EmitGetProp(dest, lv.object, lv.name); },
          [&](const FunctionElement* f) {
            int g = AllocReg();
            EmitMove(g, lv.object);
            EmitCallStatic(g, 0, f->index, 0);
            EmitMove(dest, g);
            FreeTo(g);
          });
      break;
    }
    case LValue::kExtAccessor: {
      if (lv.getter == nullptr || !lv.getter->is_getter) {
        Error(lv.pos, "Getter not found: '" + lv.name + "'.");
        Emit(Opcode::kLoadNull, dest, 0, 0);
        break;
      }
      int g = AllocReg();
      EmitMove(g, lv.object);
      EmitCallStatic(g, 0, lv.getter->index, 0);
      EmitMove(dest, g);
      FreeTo(g);
      break;
    }
    case LValue::kIndex:
      Emit(Opcode::kIndexGet, dest, lv.object, lv.index);
      break;
    case LValue::kSuperField:
      Emit(Opcode::kGetField, dest, lv.object, lv.slot);
      break;
    case LValue::kSuperAccessor:
    case LValue::kSuperIndex: {
      if (lv.getter == nullptr) {
        Error(lv.pos, "Superclass has no getter named '" + lv.name + "'.");
        Emit(Opcode::kLoadNull, dest, 0, 0);
        break;
      }
      int mark = free_reg_;
      int base = CallBase(dest);
      EmitMove(base, lv.object);
      int argc = 0;
      if (lv.kind == LValue::kSuperIndex) {
        EmitMove(AllocReg(), lv.index);
        argc = 1;
      }
      EmitCallStatic(base, argc, lv.getter->index, 0);
      EmitMove(dest, base);
      FreeTo(mark);
      break;
    }
    case LValue::kNone:
      Emit(Opcode::kLoadNull, dest, 0, 0);
      break;
  }
}

void FunctionCompiler::StoreLValue(const LValue& lv, int value) {
  Pos(lv.pos);
  auto uninit_check = [&](int reg) {
    if (lv.late_final) {
      EmitABx(Opcode::kCheckUninit, reg, Constant(fb_.StringConstant(lv.name)));
    }
  };
  switch (lv.kind) {
    case LValue::kLocal:
      uninit_check(lv.reg);
      EmitMove(lv.reg, value);
      break;
    case LValue::kBox:
      if (lv.late_final) {
        int t = AllocReg();
        Emit(Opcode::kGetBox, t, lv.reg, 0);
        uninit_check(t);
        FreeTo(t);
      }
      Emit(Opcode::kSetBox, lv.reg, value, 0);
      break;
    case LValue::kCaptureBox:
      if (lv.late_final) {
        int t = AllocReg();
        Emit(Opcode::kGetCaptureBox, t, lv.capture, 0);
        uninit_check(t);
        FreeTo(t);
      }
      Emit(Opcode::kSetCaptureBox, value, lv.capture, 0);
      break;
    case LValue::kGlobal:
      EmitABx(Opcode::kSetGlobal, value, lv.global);
      break;
    case LValue::kAccessor:
    case LValue::kSuperAccessor: {
      if (lv.setter == nullptr) break;
      int mark = free_reg_;
      int base = AllocReg();
      if (lv.kind == LValue::kSuperAccessor) EmitMove(base, lv.object);
      EmitMove(AllocReg(), value);
      EmitCallStatic(base, 1, lv.setter->index, 0);
      FreeTo(mark);
      break;
    }
    case LValue::kSuperIndex: {
      if (lv.setter == nullptr) break;
      int mark = free_reg_;
      int base = AllocReg();
      EmitMove(base, lv.object);
      EmitMove(AllocReg(), lv.index);
      EmitMove(AllocReg(), value);
      EmitCallStatic(base, 2, lv.setter->index, 0);
      FreeTo(mark);
      break;
    }
    case LValue::kProp: {
      ExtensionList exts = ExtensionsFor(lv.receiver_expr, lv.name, true);
      if (exts.empty()) {
        EmitSetProp(lv.object, value, lv.name);
        break;
      }
      ExtensionDispatch(
          lv.object, lv.name, true, exts, [&]() { EmitSetProp(lv.object, value, lv.name); },
          [&](const FunctionElement* f) {
            int g = AllocReg();
            EmitMove(g, lv.object);
            EmitMove(AllocReg(), value);
            EmitCallStatic(g, 1, f->index, 0);
            FreeTo(g);
          });
      break;
    }
    case LValue::kExtAccessor: {
      if (lv.setter == nullptr) break;
      int g = AllocReg();
      EmitMove(g, lv.object);
      EmitMove(AllocReg(), value);
      EmitCallStatic(g, 1, lv.setter->index, 0);
      FreeTo(g);
      break;
    }
    case LValue::kIndex:
      Emit(Opcode::kIndexSet, lv.object, lv.index, value);
      break;
    case LValue::kSuperField:
      Emit(Opcode::kSetField, lv.object, value, lv.slot);
      break;
    case LValue::kNone:
      break;
  }
}

void FunctionCompiler::Assign_(Assign* e, int dest) {
  int mark = free_reg_;
  LValue lv = PrepareLValue(e->target);
  bool local = lv.kind == LValue::kLocal && !(lv.var != nullptr && lv.var->nested_write) &&
               !(lv.var != nullptr && lv.var->lazy_late());
  if (e->op == "=") {
    if (local) {
      if (lv.late_final) StoreLValue(lv, lv.reg);  // Only the CheckUninit.
      if (CanTargetVar(e->value)) {
        Pos(e->value->pos);
        ExprToTyped(e->value, lv.reg, lv.type);
      } else {
        int t = AllocReg();
        ExprToTyped(e->value, t, lv.type);
        EmitMove(lv.reg, t);
      }
      if (lv.exact_type) ImplicitCast(e->value, lv.reg, lv.type);
      if (dest >= 0) EmitMove(dest, lv.reg);
    } else {
      // [dest] may lie below the target's registers; the value never reads it.
      int v = dest >= 0 ? dest : AllocReg();
      ExprToTyped(e->value, v, lv.type);
      if (lv.exact_type) ImplicitCast(e->value, v, lv.type);
      StoreLValue(lv, v);
    }
    FreeTo(mark);
    return;
  }
  if (e->op ==
      "??"
      "=") {
    if (local) {
      int skip = EmitJump(Opcode::kJumpIfNotNull, lv.reg);
      if (CanTargetVar(e->value)) {
        ExprToTyped(e->value, lv.reg, lv.type);
      } else {
        int t = AllocReg();
        ExprToTyped(e->value, t, lv.type);
        EmitMove(lv.reg, t);
        FreeTo(t);
      }
      PatchHere(skip);
      if (dest >= 0) EmitMove(dest, lv.reg);
    } else {
      int v = dest >= 0 ? dest : AllocReg();
      LoadLValue(lv, v);
      int skip = EmitJump(Opcode::kJumpIfNotNull, v);
      ExprToTyped(e->value, v, lv.type);
      StoreLValue(lv, v);
      PatchHere(skip);
    }
    FreeTo(mark);
    return;
  }
  std::string op = e->op.substr(0, e->op.size() - 1);
  Opcode opcode = BinaryOpcode(op);
  if (opcode == Opcode::kNop) {
    Error(e->op_pos, "Unsupported operator '" + e->op + "'.");
    FreeTo(mark);
    return;
  }
  if (local) {
    if (lv.var != nullptr && lv.var->is_late && !lv.var->has_initializer) {
      EmitABx(Opcode::kCheckInit, lv.reg, Constant(fb_.StringConstant(lv.var->name)));
    }
    EmitBinaryWith(opcode, lv.reg, lv.reg, e->value, e->op_pos);
    if (dest >= 0) EmitMove(dest, lv.reg);
  } else {
    int v = dest >= 0 ? dest : AllocReg();
    LoadLValue(lv, v);
    EmitBinaryWith(opcode, v, v, e->value, e->op_pos);
    StoreLValue(lv, v);
  }
  FreeTo(mark);
}

void FunctionCompiler::Update_(Update* e, int dest) {
  int mark = free_reg_;
  LValue lv = PrepareLValue(e->target);
  int delta = e->is_increment ? 1 : -1;
  if (lv.kind == LValue::kLocal && !(lv.var != nullptr && lv.var->lazy_late())) {
    if (lv.var != nullptr && lv.var->is_late && !lv.var->has_initializer) {
      EmitABx(Opcode::kCheckInit, lv.reg, Constant(fb_.StringConstant(lv.var->name)));
    }
    if (dest >= 0 && !e->is_prefix) EmitMove(dest, lv.reg);
    Pos(e->pos);
    Emit(Opcode::kAddInt, lv.reg, lv.reg, delta);
    if (dest >= 0 && e->is_prefix) EmitMove(dest, lv.reg);
    FreeTo(mark);
    return;
  }
  if (dest >= 0 && !e->is_prefix) {
    LoadLValue(lv, dest);
    int n = AllocReg();
    Pos(e->pos);
    Emit(Opcode::kAddInt, n, dest, delta);
    StoreLValue(lv, n);
  } else {
    int v = dest >= 0 ? dest : AllocReg();
    LoadLValue(lv, v);
    Pos(e->pos);
    Emit(Opcode::kAddInt, v, v, delta);
    StoreLValue(lv, v);
  }
  FreeTo(mark);
}

}  // namespace islet
