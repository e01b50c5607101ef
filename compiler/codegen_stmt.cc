// Statements and control flow: block scopes (registers of locals are freed at the block's end),
// declarations, if/loops with conditions compiled to jumps and back edges as JumpLoop,
// break/continue through labels, switch, return, try/catch/finally with the finally code
// inlined on every exit (and holes punched in the handler ranges it leaves), and assert.

#include <algorithm>

#include "compiler/codegen.h"
#include "compiler/diagnostics.h"
#include "compiler/source.h"

namespace islet {

void FunctionCompiler::Block_(const std::vector<Stmt*>& statements) {
  int mark = free_reg_;
  for (Stmt* s : statements) Stmt_(s);
  FreeTo(mark);
}

void FunctionCompiler::ScopedStmt(Stmt* s) {
  if (s == nullptr) return;
  int mark = free_reg_;
  Stmt_(s);
  FreeTo(mark);
}

void FunctionCompiler::Stmt_(Stmt* s) {
  Pos(s->pos);
  switch (s->kind) {
    case NodeKind::kBlock:
      Block_(static_cast<Block*>(s)->statements);
      break;
    case NodeKind::kExprStmt:
      ExprEffect(static_cast<ExprStmt*>(s)->expr);
      break;
    case NodeKind::kVarDeclStmt:
      VarDecl_(static_cast<VarDeclStmt*>(s));
      break;
    case NodeKind::kPatternVarDecl:
      PatternVarDecl_(static_cast<PatternVarDecl*>(s));
      break;
    case NodeKind::kIf:
      If_(static_cast<If*>(s));
      break;
    case NodeKind::kWhile:
      While_(static_cast<While*>(s), {});
      break;
    case NodeKind::kDoWhile:
      DoWhile_(static_cast<DoWhile*>(s), {});
      break;
    case NodeKind::kFor:
      For_(static_cast<For*>(s), {});
      break;
    case NodeKind::kForIn:
      ForIn_(static_cast<ForIn*>(s), {});
      break;
    case NodeKind::kSwitch:
      Switch_(static_cast<Switch*>(s), {});
      break;
    case NodeKind::kBreak:
      Break_(static_cast<Break*>(s));
      break;
    case NodeKind::kContinue:
      Continue_(static_cast<Continue*>(s));
      break;
    case NodeKind::kReturn:
      Return_(static_cast<Return*>(s));
      break;
    case NodeKind::kTry:
      Try_(static_cast<Try*>(s));
      break;
    case NodeKind::kRethrow:
      if (catches_.empty()) {
        Error(s->pos, "'rethrow' can only be used in catch clauses.");
      } else {
        Emit(Opcode::kRethrow, catches_.back().exception, catches_.back().stack, 0);
      }
      break;
    case NodeKind::kAssert: {
      auto* a = static_cast<Assert*>(s);
      Assert_(a->condition, a->message, a->pos, a->condition_start, a->condition_end);
      break;
    }
    case NodeKind::kLabeled:
      Labeled_(static_cast<Labeled*>(s));
      break;
    case NodeKind::kLocalFunction:
      LocalFunction_(static_cast<LocalFunction*>(s));
      break;
    case NodeKind::kYield:
      Yield_(static_cast<Yield*>(s));
      break;
    case NodeKind::kEmpty:
      break;
    default:
      Error(s->pos, "Unexpected statement.");
      break;
  }
}

void FunctionCompiler::VarDecl_(VarDeclStmt* decl) {
  for (VarDecl& var : decl->vars) {
    LocalVar* v = r_->VarOf(&var);
    if (v == nullptr) continue;
    // Const locals are inlined where read, except literals, which get a register like a
    // final local (cheaper to read in loops than reloading the constant).
    if (v->is_const &&
        (var.initializer == nullptr || (var.initializer->kind != NodeKind::kIntLiteral &&
                                        var.initializer->kind != NodeKind::kDoubleLiteral &&
                                        var.initializer->kind != NodeKind::kStringLiteral &&
                                        var.initializer->kind != NodeKind::kBoolLiteral))) {
      continue;
    }
    const TypeNode* t = decl->type;
    v->is_dynamic = t == nullptr ? (var.initializer == nullptr || IsDynamicExpr(var.initializer))
                                 : (t->kind == TypeNode::kNamed && t->name == "dynamic");
    Pos(var.pos);
    int reg = AllocReg();
    if (v->is_late && (var.initializer == nullptr || v->lazy_late())) {
      Emit(Opcode::kLoadUninit, reg, 0, 0);
    } else if (var.initializer != nullptr) {
      ExprToTyped(var.initializer, reg, v->type);
      ImplicitCast(var.initializer, reg, v->type);
    } else {
      Emit(Opcode::kLoadNull, reg, 0, 0);
    }
    DeclareVarReg(v, reg);
    if (v->boxed()) Emit(Opcode::kNewBox, reg, reg, 0);
  }
}

void FunctionCompiler::LocalFunction_(LocalFunction* s) {
  FunctionDecl* fd = s->function;
  LocalVar* v = r_->VarOf(fd);
  int reg = AllocReg();
  FunctionExpr_(fd->function, reg);
  if (v != nullptr) {
    DeclareVarReg(v, reg);
    if (v->boxed()) Emit(Opcode::kNewBox, reg, reg, 0);
  }
}

void FunctionCompiler::If_(If* s) {
  if (s->case_pattern != nullptr) {
    IfCase_(s);
    return;
  }
  std::vector<int> else_jumps;
  CondJump(s->condition, false, &else_jumps);
  ScopedStmt(s->then_stmt);
  if (s->else_stmt != nullptr) {
    int end = Reachable() ? EmitJump(Opcode::kJump) : -1;
    PatchHere(else_jumps);
    ScopedStmt(s->else_stmt);
    if (end >= 0) PatchHere(end);
  } else {
    PatchHere(else_jumps);
  }
}

void FunctionCompiler::JumpToContinue(Target* t) {
  if (t->continue_pc >= 0) {
    EmitLoop(t->continue_pc);
  } else {
    t->continues.push_back(EmitJump(Opcode::kJump));
  }
}

void FunctionCompiler::While_(While* s, std::vector<std::string> labels) {
  int mark = free_reg_;
  std::vector<std::string> hoisted = HoistLoopConstants({s->condition}, {s->body});
  int start = fb_.pc();
  std::vector<int> exit;
  CondJump(s->condition, false, &exit);
  Target t;
  t.labels = std::move(labels);
  t.is_loop = true;
  t.continue_pc = start;
  t.finally_depth = finally_.size();
  targets_.push_back(std::move(t));
  ScopedStmt(s->body);
  Target done = std::move(targets_.back());
  targets_.pop_back();
  Pos(s->pos);
  EmitLoop(start);
  PatchHere(exit);
  PatchHere(done.breaks);
  DropHoisted(hoisted);
  FreeTo(mark);
}

void FunctionCompiler::DoWhile_(DoWhile* s, std::vector<std::string> labels) {
  int mark = free_reg_;
  std::vector<std::string> hoisted = HoistLoopConstants({s->condition}, {s->body});
  int start = fb_.pc();
  Target t;
  t.labels = std::move(labels);
  t.is_loop = true;
  t.finally_depth = finally_.size();
  targets_.push_back(std::move(t));
  ScopedStmt(s->body);
  Target done = std::move(targets_.back());
  targets_.pop_back();
  PatchHere(done.continues);
  std::vector<int> exit;
  Pos(s->condition->pos);
  CondJump(s->condition, false, &exit);
  EmitLoop(start);
  PatchHere(exit);
  PatchHere(done.breaks);
  DropHoisted(hoisted);
  FreeTo(mark);
}

void FunctionCompiler::For_(For* s, std::vector<std::string> labels) {
  ForLoop(
      s->init, s->init_exprs, s->condition, s->updates, [&]() { ScopedStmt(s->body); }, s->body,
      nullptr, std::move(labels));
}

void FunctionCompiler::ForLoop(VarDeclStmt* init, const std::vector<Expr*>& init_exprs,
                               Expr* condition, const std::vector<Expr*>& updates,
                               const std::function<void()>& body, Stmt* body_stmt,
                               Expr* body_element, std::vector<std::string> labels) {
  int mark = free_reg_;
  std::vector<LocalVar*> boxed;
  if (init != nullptr) {
    VarDecl_(init);
    for (VarDecl& var : init->vars) {
      LocalVar* v = r_->VarOf(&var);
      if (v != nullptr && v->boxed()) boxed.push_back(v);
    }
  }
  for (Expr* e : init_exprs) ExprEffect(e);
  std::vector<std::string> hoisted = HoistLoopConstants({condition, body_element}, {body_stmt});
  for (Expr* e : updates) {
    std::vector<std::string> more = HoistLoopConstants({e}, {});
    hoisted.insert(hoisted.end(), more.begin(), more.end());
  }
  int start = fb_.pc();
  std::vector<int> exit;
  if (condition != nullptr) CondJump(condition, false, &exit);
  Target t;
  t.labels = std::move(labels);
  t.is_loop = true;
  t.finally_depth = finally_.size();
  targets_.push_back(std::move(t));
  body();
  Target done = std::move(targets_.back());
  targets_.pop_back();
  PatchHere(done.continues);
  // Each iteration has its own variable: a captured loop variable gets a fresh box, holding
  // the current value, before the update runs.
  for (LocalVar* v : boxed) {
    int tmp = AllocReg();
    Emit(Opcode::kGetBox, tmp, v->reg, 0);
    Emit(Opcode::kNewBox, v->reg, tmp, 0);
    FreeTo(tmp);
  }
  for (Expr* e : updates) {
    Pos(e->pos);
    ExprEffect(e);
  }
  EmitLoop(start);
  PatchHere(exit);
  PatchHere(done.breaks);
  DropHoisted(hoisted);
  FreeTo(mark);
}

void FunctionCompiler::ForIn_(ForIn* s, std::vector<std::string> labels) {
  if (s->is_await) {
    AwaitForLoop(s, std::move(labels));
    return;
  }
  ForInLoop(
      s->loop_var, s->loop_target, s->iterable, s->iterable->pos, [&]() { ScopedStmt(s->body); },
      s->body, nullptr, std::move(labels));
}

void FunctionCompiler::ForInLoop(VarDeclStmt* loop_var, Expr* loop_target, Expr* iterable,
                                 uint32_t pos, const std::function<void()>& body, Stmt* body_stmt,
                                 Expr* body_element, std::vector<std::string> labels) {
  int mark = free_reg_;
  int it = AllocReg();
  ExprTo(iterable, it);
  Pos(pos);
  EmitGetProp(it, it, "iterator");
  is_var_[it] = true;
  std::vector<std::string> hoisted = HoistLoopConstants({body_element}, {body_stmt});
  int start = fb_.pc();
  int base = AllocReg();
  EmitMove(base, it);
  Pos(pos);
  EmitInvoke(base, 0, "moveNext", 0);
  int exit = EmitJump(Opcode::kJumpIfFalse, base);
  FreeTo(base);
  Target t;
  t.labels = std::move(labels);
  t.is_loop = true;
  t.continue_pc = start;
  t.finally_depth = finally_.size();
  targets_.push_back(std::move(t));
  int inner = free_reg_;
  if (loop_var != nullptr && !loop_var->vars.empty()) {
    LocalVar* v = r_->VarOf(&loop_var->vars[0]);
    int reg = AllocReg();
    EmitGetProp(reg, it, "current");
    if (v != nullptr) {
      const TypeNode* type = loop_var->type;
      v->is_dynamic = type == nullptr ? IsDynamicExpr(iterable)
                                      : (type->kind == TypeNode::kNamed && type->name == "dynamic");
      DeclareVarReg(v, reg);
      if (v->boxed()) Emit(Opcode::kNewBox, reg, reg, 0);
    }
  } else if (loop_target != nullptr) {
    LValue lv = PrepareLValue(loop_target);
    int value = AllocReg();
    EmitGetProp(value, it, "current");
    StoreLValue(lv, value);
    FreeTo(inner);
  }
  body();
  FreeTo(inner);
  Target done = std::move(targets_.back());
  targets_.pop_back();
  EmitLoop(start);
  PatchHere(exit);
  PatchHere(done.breaks);
  DropHoisted(hoisted);
  FreeTo(mark);
}

void FunctionCompiler::Switch_(Switch* s, std::vector<std::string> labels) {
  int mark = free_reg_;
  int subject = AllocReg();
  ExprTo(s->subject, subject);
  is_var_[subject] = true;
  Target t;
  t.labels = std::move(labels);
  t.is_switch = true;
  t.finally_depth = finally_.size();
  for (size_t i = 0; i < s->cases.size(); i++) {
    for (const std::string& label : s->cases[i].labels) t.case_labels[label] = static_cast<int>(i);
  }
  targets_.push_back(std::move(t));
  size_t ti = targets_.size() - 1;
  std::vector<int> fallthrough;  // Matches of empty cases, which run the next body.
  for (size_t i = 0; i < s->cases.size(); i++) {
    SwitchCase& c = s->cases[i];
    Pos(c.pos);
    std::vector<int> matched;
    int next = -1;
    std::vector<int> next_jumps;  // Pattern heads: the mismatches of the last head.
    int case_mark = free_reg_;
    if (!c.is_default && s->has_patterns) {
      // Each head is a pattern (with its guard); the heads bind the same variables.
      DeclarePatternVars(&c);
      for (size_t j = 0; j < c.patterns.size(); j++) {
        std::vector<int> fail;
        MatchPattern(c.patterns[j], subject, &fail);
        BoxPatternVars(&c);
        if (c.guards[j] != nullptr) CondJump(c.guards[j], false, &fail);
        if (j + 1 < c.patterns.size()) {
          matched.push_back(EmitJump(Opcode::kJump));
          PatchHere(fail);
        } else {
          next_jumps = std::move(fail);
        }
      }
    } else if (!c.is_default) {
      bool saved = const_context_;
      const_context_ = true;
      for (size_t j = 0; j < c.expressions.size(); j++) {
        int test = AllocReg();
        ExprTo(c.expressions[j], test);
        Pos(c.expressions[j]->pos);
        Emit(Opcode::kEq, test, test, subject);
        if (j + 1 < c.expressions.size()) {
          matched.push_back(EmitJump(Opcode::kJumpIfTrue, test));
        } else {
          next = EmitJump(Opcode::kJumpIfFalse, test);
        }
        FreeTo(test);
      }
      const_context_ = saved;
    }
    if (c.body.empty() && i + 1 < s->cases.size()) {
      fallthrough.insert(fallthrough.end(), matched.begin(), matched.end());
      fallthrough.push_back(EmitJump(Opcode::kJump));
      if (next >= 0) PatchHere(next);
      PatchHere(next_jumps);
      FreeTo(case_mark);
      continue;
    }
    PatchHere(matched);
    PatchHere(fallthrough);
    fallthrough.clear();
    targets_[ti].case_pcs[static_cast<int>(i)] = fb_.pc();
    PatchHere(targets_[ti].case_jumps[static_cast<int>(i)]);
    targets_[ti].case_jumps.erase(static_cast<int>(i));
    Block_(c.body);
    // The last case needs no jump to the end: it is the end.
    if (Reachable() && i + 1 < s->cases.size()) {
      targets_[ti].breaks.push_back(EmitJump(Opcode::kJump));
    }
    if (next >= 0) PatchHere(next);
    PatchHere(next_jumps);
    FreeTo(case_mark);
  }
  PatchHere(fallthrough);
  Target done = std::move(targets_.back());
  targets_.pop_back();
  for (auto& [index, jumps] : done.case_jumps) PatchHere(jumps);
  PatchHere(done.breaks);
  FreeTo(mark);
}

void FunctionCompiler::Labeled_(Labeled* s) {
  std::vector<std::string> labels = s->labels;
  Stmt* body = s->body;
  // Nested labels (`a: b: while ...`) all name the same statement.
  while (body->kind == NodeKind::kLabeled) {
    auto* inner = static_cast<Labeled*>(body);
    labels.insert(labels.end(), inner->labels.begin(), inner->labels.end());
    body = inner->body;
  }
  Pos(body->pos);
  switch (body->kind) {
    case NodeKind::kWhile:
      While_(static_cast<While*>(body), labels);
      return;
    case NodeKind::kDoWhile:
      DoWhile_(static_cast<DoWhile*>(body), labels);
      return;
    case NodeKind::kFor:
      For_(static_cast<For*>(body), labels);
      return;
    case NodeKind::kForIn:
      ForIn_(static_cast<ForIn*>(body), labels);
      return;
    case NodeKind::kSwitch:
      Switch_(static_cast<Switch*>(body), labels);
      return;
    default:
      break;
  }
  Target t;
  t.labels = labels;
  t.finally_depth = finally_.size();
  targets_.push_back(std::move(t));
  ScopedStmt(body);
  Target done = std::move(targets_.back());
  targets_.pop_back();
  PatchHere(done.breaks);
}

void FunctionCompiler::Break_(Break* s) {
  for (size_t i = targets_.size(); i-- > 0;) {
    Target& t = targets_[i];
    bool match = s->label.empty()
                     ? (t.is_loop || t.is_switch)
                     : std::find(t.labels.begin(), t.labels.end(), s->label) != t.labels.end();
    if (!match) continue;
    InlineFinallies(t.finally_depth);
    Pos(s->pos);
    targets_[i].breaks.push_back(EmitJump(Opcode::kJump));
    return;
  }
  if (s->label.empty()) {
    Error(s->pos, "A break statement can't be used outside of a loop or switch statement.");
  } else {
    Error(s->pos, "Can't find label '" + s->label + "'.");
  }
}

void FunctionCompiler::Continue_(Continue* s) {
  for (size_t i = targets_.size(); i-- > 0;) {
    Target& t = targets_[i];
    if (s->label.empty()) {
      if (!t.is_loop) continue;
      InlineFinallies(t.finally_depth);
      Pos(s->pos);
      JumpToContinue(&targets_[i]);
      return;
    }
    bool named = std::find(t.labels.begin(), t.labels.end(), s->label) != t.labels.end();
    if (named && t.is_loop) {
      InlineFinallies(t.finally_depth);
      Pos(s->pos);
      JumpToContinue(&targets_[i]);
      return;
    }
    auto c = t.case_labels.find(s->label);
    if (c != t.case_labels.end()) {
      InlineFinallies(t.finally_depth);
      Pos(s->pos);
      auto pc = targets_[i].case_pcs.find(c->second);
      if (pc != targets_[i].case_pcs.end()) {
        EmitLoop(pc->second);
      } else {
        targets_[i].case_jumps[c->second].push_back(EmitJump(Opcode::kJump));
      }
      return;
    }
    if (named) {
      Error(s->pos, "A continue statement can't be used outside of a loop or switch statement.");
      return;
    }
  }
  if (s->label.empty()) {
    Error(s->pos, "A continue statement can't be used outside of a loop or switch statement.");
  } else {
    Error(s->pos, "Can't find label '" + s->label + "'.");
  }
}

void FunctionCompiler::InlineFinallies(size_t depth) {
  for (size_t k = finally_.size(); k-- > depth;) {
    Finally f = finally_[k];
    std::vector<Finally> saved(finally_.begin() + static_cast<long>(k), finally_.end());
    finally_.resize(k);
    // The finally code runs outside the handlers of the try statements being left.
    int hole_start = fb_.pc();
    if (f.emit) {
      f.emit();
    } else {
      Block_(f.block->statements);
    }
    int hole_end = fb_.pc();
    for (size_t r = f.region_index; r < regions_.size(); r++) {
      if (hole_end > hole_start) regions_[r].holes.emplace_back(hole_start, hole_end);
    }
    finally_.insert(finally_.end(), saved.begin(), saved.end());
  }
}

void FunctionCompiler::Return_(Return* s) {
  int mark = free_reg_;
  Pos(s->pos);
  if (is_generative_ctor_) {
    if (s->value != nullptr) Error(s->value->pos, "Constructors can't return values.");
    InlineFinallies(0);
    Emit(Opcode::kReturn, 0, 0, 0);
    return;
  }
  if (s->value == nullptr) {
    InlineFinallies(0);
    EmitReturnValue(-1);
    return;
  }
  int r = finally_.empty() && return_type_ == nullptr ? InPlaceReg(s->value) : -1;
  if (r < 0) {
    r = AllocReg();
    ExprToTyped(s->value, r, return_type_);
  }
  InlineFinallies(0);
  Pos(s->pos);
  EmitReturnValue(r);
  FreeTo(mark);
}

void FunctionCompiler::CloseRegion(const Region& region, int end, int handler, int exception_reg,
                                   int stack_reg, std::vector<HandlerDesc>* out) {
  std::vector<std::pair<int, int>> holes = region.holes;
  std::sort(holes.begin(), holes.end());
  int start = region.start;
  auto add = [&](int from, int to) {
    if (to <= from) return;
    HandlerDesc h;
    h.start = static_cast<uint32_t>(from);
    h.end = static_cast<uint32_t>(to);
    h.handler = static_cast<uint32_t>(handler);
    h.exception_reg = static_cast<uint8_t>(exception_reg);
    h.stack_reg = static_cast<uint8_t>(stack_reg);
    out->push_back(h);
  };
  for (auto& [from, to] : holes) {
    if (from >= end) break;
    add(start, from);
    start = std::max(start, to);
  }
  add(start, end);
}

void FunctionCompiler::Try_(Try* s) {
  int mark = free_reg_;
  bool has_catch = !s->catches.empty();
  bool has_finally = s->finally_block != nullptr;
  int ce = 0;
  int cs = 0;
  int fe = 0;
  int fs = 0;
  if (has_catch) {
    ce = AllocReg();
    cs = AllocReg();
    is_var_[ce] = is_var_[cs] = true;
  }
  if (has_finally) {
    fe = AllocReg();
    fs = AllocReg();
    is_var_[fe] = is_var_[fs] = true;
  }
  int start = fb_.pc();
  if (has_finally) {
    Region region;
    region.start = start;
    regions_.push_back(region);
    Finally f;
    f.block = s->finally_block;
    f.region_index = regions_.size() - 1;
    f.target_depth = targets_.size();
    f.catch_depth = catches_.size();
    finally_.push_back(f);
  }
  if (has_catch) {
    Region region;
    region.start = start;
    regions_.push_back(region);
  }
  Block_(s->body->statements);
  int body_end = fb_.pc();
  std::vector<int> normal_exit;
  std::vector<HandlerDesc> handlers;
  if (has_catch) {
    Region region = regions_.back();
    regions_.pop_back();
    if (Reachable()) normal_exit.push_back(EmitJump(Opcode::kJump));
    int handler_pc = fb_.pc();
    CloseRegion(region, body_end, handler_pc, ce, cs, &handlers);
    for (const HandlerDesc& h : handlers) fb_.AddHandler(h);
    handlers.clear();
    last_target_pc_ = std::max(last_target_pc_, handler_pc);
    bool caught_all = false;
    for (CatchClause& c : s->catches) {
      if (caught_all) break;
      int clause_mark = free_reg_;
      int next = -1;
      Pos(c.pos);
      if (c.on_type != nullptr) {
        int test = AllocReg();
        Emit(Opcode::kInstanceOf, test, ce, 0);
        fb_.EmitWord(static_cast<uint32_t>(std::max(0, r_->TypeOf(c.on_type))));
        next = EmitJump(Opcode::kJumpIfFalse, test);
        FreeTo(test);
      } else {
        caught_all = true;
      }
      auto bind = [&](const void* key, int reg) {
        LocalVar* v = r_->VarOf(key);
        if (v == nullptr) return;
        if (!v->assigned && !v->captured) {
          v->reg = reg;  // Read the handler's register in place.
          return;
        }
        int own = AllocReg();
        Emit(Opcode::kMove, own, reg, 0);
        DeclareVarReg(v, own);
        if (v->boxed()) Emit(Opcode::kNewBox, own, own, 0);
      };
      if (!c.exception_name.empty()) bind(&c.exception_name, ce);
      if (!c.stack_name.empty()) bind(&c.stack_name, cs);
      catches_.push_back(CatchRegs{ce, cs});
      Block_(c.body->statements);
      catches_.pop_back();
      FreeTo(clause_mark);
      if (Reachable()) normal_exit.push_back(EmitJump(Opcode::kJump));
      if (next >= 0) PatchHere(next);
    }
    if (!caught_all) Emit(Opcode::kRethrow, ce, cs, 0);
  }
  int catch_end = fb_.pc();
  if (has_finally) {
    Region region = regions_.back();
    regions_.pop_back();
    finally_.pop_back();
    PatchHere(normal_exit);
    normal_exit.clear();
    // The normal exit runs the finally code, then goes on after the statement.
    Block_(s->finally_block->statements);
    int end = Reachable() ? EmitJump(Opcode::kJump) : -1;
    int handler_pc = fb_.pc();
    CloseRegion(region, catch_end, handler_pc, fe, fs, &handlers);
    for (const HandlerDesc& h : handlers) fb_.AddHandler(h);
    last_target_pc_ = std::max(last_target_pc_, handler_pc);
    Block_(s->finally_block->statements);
    if (Reachable()) Emit(Opcode::kRethrow, fe, fs, 0);
    if (end >= 0) PatchHere(end);
  } else {
    PatchHere(normal_exit);
  }
  FreeTo(mark);
}

void FunctionCompiler::Assert_(Expr* condition, Expr* message, uint32_t pos,
                               uint32_t condition_start, uint32_t condition_end) {
  FunctionElement* fail = r_->CoreFunction("_assertFail");
  if (fail == nullptr) {
    Error(pos, "dart:core has no function '_assertFail'.");
    return;
  }
  Pos(pos);
  int skip = fb_.EmitSAx(Opcode::kJumpIfNoAsserts, 0);
  std::vector<int> ok;
  CondJump(condition, true, &ok);
  // The condition's source as written, from its first token (so a parenthesized condition
  // keeps its parentheses, as the Dart VM quotes it) up to the parser's recorded end, or else
  // up to the ',' or ')' that ends it. The line and column reported are the first token's.
  uint32_t start = condition_start != 0 ? condition_start : condition->pos;
  std::string source;
  if (file_ != nullptr && condition_end > start && condition_end <= file_->text().size()) {
    source = file_->text().substr(start, condition_end - start);
  } else if (file_ != nullptr) {
    const std::string& text = file_->text();
    size_t i = start;
    int depth = 0;
    char quote = 0;
    for (; i < text.size(); i++) {
      char c = text[i];
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) break;
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    source = text.substr(start, i - start);
    while (!source.empty() && (source.back() == ' ' || source.back() == '\n' ||
                               source.back() == '\r' || source.back() == '\t')) {
      source.pop_back();
    }
  }
  int line = 0;
  int col = 0;
  if (file_ != nullptr) file_->LineCol(start, &line, &col);
  int mark = free_reg_;
  int base = AllocReg();
  LoadString(AllocReg(), source);
  LoadInt(AllocReg(), line);
  LoadInt(AllocReg(), col);
  int m = AllocReg();
  if (message != nullptr) {
    ExprTo(message, m);
  } else {
    Emit(Opcode::kLoadNull, m, 0, 0);
  }
  Pos(pos);
  EmitCallStatic(base, 4, fail->index, 0);
  FreeTo(mark);
  PatchHere(ok);
  PatchTo(skip, fb_.pc());
}

}  // namespace islet
