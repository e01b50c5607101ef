// Async functions and generators as resumable frames: `async`, `async*` and `sync*` bodies,
// `await`, `yield`, `yield*` and `await for`. The VM gives one primitive, Suspend, which copies
// the frame into a SuspendState and goes on; the code after it hands the state to a dart:async
// helper and returns. Everything else (futures, streams, iterators, scheduling) is library code
// in stdlib/async, reached through calls of its `_async...` helpers by name.
//
// A suspension point is always: Suspend t, resume; <hand t to the library>; Return; resume:
// where, once resumed, t holds the value sent in (or the resume point throws the error sent in,
// which the try regions around the point see as thrown by the Return just before it).

#include "compiler/codegen.h"

namespace islet {

bool FunctionCompiler::CallAsyncHelper(const char* name, std::initializer_list<int> args,
                                       int dest) {
  FunctionElement* f = r_->AsyncFunction(name);
  if (f == nullptr) {
    Error(last_pos_ == UINT32_MAX ? 0 : last_pos_,
          std::string("dart:async has no function '") + name + "'.");
    if (dest >= 0) Emit(Opcode::kLoadNull, dest, 0, 0);
    return false;
  }
  int mark = free_reg_;
  int base = AllocReg();
  for (int a : args) {
    int r = AllocReg();
    EmitMove(r, a);
  }
  EmitCallStatic(base, static_cast<int>(args.size()), f->index, 0);
  if (dest >= 0) EmitMove(dest, base);
  FreeTo(mark);
  return true;
}

int FunctionCompiler::EmitSuspend(const std::function<void(int state)>& hand_off) {
  int t = AllocReg();
  int jump = fb_.EmitAsBx(Opcode::kSuspend, t, 0);
  hand_off(t);
  PatchHere(jump);
  return t;
}

void FunctionCompiler::AsyncPrologue(FunctionNode* node) {
  async_kind_ = node->async_kind;
  if (async_kind_ == AsyncKind::kSync) return;
  async_reg_ = AllocReg();
  is_var_[async_reg_] = true;
  switch (async_kind_) {
    case AsyncKind::kSync:
      break;
    case AsyncKind::kAsync:
      awaited_reg_ = AllocReg();
      is_var_[awaited_reg_] = true;
      CallAsyncHelper("_asyncStart", {}, async_reg_);
      Emit(Opcode::kLoadFalse, awaited_reg_, 0, 0);
      break;
    case AsyncKind::kSyncStar: {
      // Calling the function makes the iterable; each iterator resumes this first state,
      // which sends in the iterator.
      int mark = free_reg_;
      int t = EmitSuspend([&](int state) {
        int r = AllocReg();
        CallAsyncHelper("_syncStarStart", {state}, r);
        Emit(Opcode::kReturn, r, 0, 0);
      });
      EmitMove(async_reg_, t);
      FreeTo(mark);
      break;
    }
    case AsyncKind::kAsyncStar: {
      // The body starts when the stream is listened to (the controller resumes this state).
      CallAsyncHelper("_asyncStarController", {}, async_reg_);
      int mark = free_reg_;
      EmitSuspend([&](int state) {
        int r = AllocReg();
        CallAsyncHelper("_asyncStarStart", {async_reg_, state}, r);
        Emit(Opcode::kReturn, r, 0, 0);
      });
      FreeTo(mark);
      break;
    }
  }
  body_start_pc_ = fb_.pc();
}

void FunctionCompiler::AsyncEpilogue() {
  if (async_kind_ != AsyncKind::kAsync && async_kind_ != AsyncKind::kAsyncStar) return;
  // An exception escaping the body completes the future with it, or ends the stream with it.
  int end = fb_.pc();
  int handler = fb_.pc();
  int mark = free_reg_;
  int e = AllocReg();
  int s = AllocReg();
  if (end > body_start_pc_) {
    HandlerDesc h;
    h.start = static_cast<uint32_t>(body_start_pc_);
    h.end = static_cast<uint32_t>(end);
    h.handler = static_cast<uint32_t>(handler);
    h.exception_reg = static_cast<uint8_t>(e);
    h.stack_reg = static_cast<uint8_t>(s);
    fb_.AddHandler(h);
    last_target_pc_ = std::max(last_target_pc_, handler);
  }
  if (async_kind_ == AsyncKind::kAsync) {
    CallAsyncHelper("_asyncThrow", {async_reg_, e, s, awaited_reg_}, -1);
    Emit(Opcode::kReturn, async_reg_, 0, 0);
  } else {
    CallAsyncHelper("_asyncStarThrow", {async_reg_, e, s}, -1);
    Emit(Opcode::kReturnNull, 0, 0, 0);
  }
  FreeTo(mark);
}

void FunctionCompiler::EmitReturnValue(int reg) {
  switch (async_kind_) {
    case AsyncKind::kSync:
      if (reg < 0) {
        Emit(Opcode::kReturnNull, 0, 0, 0);
      } else {
        Emit(Opcode::kReturn, reg, 0, 0);
      }
      return;
    case AsyncKind::kAsync: {
      int mark = free_reg_;
      int v = reg;
      if (v < 0) {
        v = AllocReg();
        Emit(Opcode::kLoadNull, v, 0, 0);
      }
      CallAsyncHelper("_asyncReturn", {async_reg_, v, awaited_reg_}, -1);
      Emit(Opcode::kReturn, async_reg_, 0, 0);
      FreeTo(mark);
      return;
    }
    case AsyncKind::kSyncStar: {
      int mark = free_reg_;
      int v = AllocReg();
      Emit(Opcode::kLoadFalse, v, 0, 0);
      Emit(Opcode::kReturn, v, 0, 0);
      FreeTo(mark);
      return;
    }
    case AsyncKind::kAsyncStar:
      CallAsyncHelper("_asyncStarClose", {async_reg_}, -1);
      Emit(Opcode::kReturnNull, 0, 0, 0);
      return;
  }
}

void FunctionCompiler::EmitAwait(int value, int dest) {
  if (async_kind_ != AsyncKind::kAsync && async_kind_ != AsyncKind::kAsyncStar) {
    Emit(Opcode::kLoadNull, dest, 0, 0);  // The parser reported it.
    return;
  }
  int mark = free_reg_;
  int t = EmitSuspend([&](int state) {
    CallAsyncHelper("_asyncAwait", {value, state}, -1);
    if (async_kind_ == AsyncKind::kAsync) {
      Emit(Opcode::kReturn, async_reg_, 0, 0);
    } else {
      Emit(Opcode::kReturnNull, 0, 0, 0);
    }
  });
  if (async_kind_ == AsyncKind::kAsync) Emit(Opcode::kLoadTrue, awaited_reg_, 0, 0);
  EmitMove(dest, t);
  FreeTo(mark);
}

void FunctionCompiler::Await_(Await* e, int dest) {
  int mark = free_reg_;
  int v = AllocReg();
  ExprTo(e->expr, v);
  Pos(e->pos);
  EmitAwait(v, dest);
  FreeTo(mark);
}

// The yield statement of an async* body whose helper ([helper]: add or addStream) returned
// [cancelled]: a cancelled subscription makes the yield act as a return; otherwise the body
// waits until the controller wants more, and returns if the subscription was cancelled then.
void FunctionCompiler::AsyncStarYieldTail(int cancelled) {
  int go_on = EmitJump(Opcode::kJumpIfFalse, cancelled);
  InlineFinallies(0);
  EmitReturnValue(-1);
  PatchHere(go_on);
  int mark = free_reg_;
  EmitSuspend([&](int state) {
    CallAsyncHelper("_asyncStarSuspend", {async_reg_, state}, -1);
    Emit(Opcode::kReturnNull, 0, 0, 0);
  });
  int again = AllocReg();
  CallAsyncHelper("_asyncStarCancelled", {async_reg_}, again);
  int resume = EmitJump(Opcode::kJumpIfFalse, again);
  InlineFinallies(0);
  EmitReturnValue(-1);
  PatchHere(resume);
  FreeTo(mark);
}

void FunctionCompiler::Yield_(Yield* s) {
  int mark = free_reg_;
  if (async_kind_ == AsyncKind::kSyncStar && s->is_star) {
    // yield* iterable: yields each element in turn.
    ForInLoop(nullptr, nullptr, s->value, s->pos,
              [&]() {
                // The loop's iterator register is the one ForInLoop allocated first.
                int v = AllocReg();
                EmitGetProp(v, mark, "current");
                EmitSyncYield(v);
              },
              nullptr, nullptr, {});
    FreeTo(mark);
    return;
  }
  int v = AllocReg();
  ExprTo(s->value, v);
  Pos(s->pos);
  if (async_kind_ == AsyncKind::kSyncStar) {
    EmitSyncYield(v);
  } else if (async_kind_ == AsyncKind::kAsyncStar) {
    int cancelled = AllocReg();
    CallAsyncHelper(s->is_star ? "_asyncStarAddStream" : "_asyncStarAdd", {async_reg_, v},
                    cancelled);
    AsyncStarYieldTail(cancelled);
  }
  FreeTo(mark);
}

void FunctionCompiler::EmitSyncYield(int value) {
  int mark = free_reg_;
  EmitSuspend([&](int state) {
    CallAsyncHelper("_syncStarYield", {async_reg_, value, state}, -1);
    int r = AllocReg();
    Emit(Opcode::kLoadTrue, r, 0, 0);
    Emit(Opcode::kReturn, r, 0, 0);
  });
  FreeTo(mark);
}

void FunctionCompiler::AwaitForLoop(ForIn* s, std::vector<std::string> labels) {
  int mark = free_reg_;
  int it = AllocReg();
  int stream = AllocReg();
  ExprTo(s->iterable, stream);
  Pos(s->iterable->pos);
  CallAsyncHelper("_streamIterator", {stream}, it);
  FreeTo(stream);
  is_var_[it] = true;
  // try { while (await it.moveNext()) { var x = it.current; body } }
  // finally { cancel the subscription if the loop left early }
  int fe = AllocReg();
  int fs = AllocReg();
  is_var_[fe] = is_var_[fs] = true;
  Region region;
  region.start = fb_.pc();
  regions_.push_back(region);
  Finally f;
  f.emit = [this, it]() {
    int m = free_reg_;
    int r = AllocReg();
    CallAsyncHelper("_streamIteratorCancel", {it}, r);
    int skip = EmitJump(Opcode::kJumpIfNull, r);
    EmitAwait(r, r);
    PatchHere(skip);
    FreeTo(m);
  };
  f.region_index = regions_.size() - 1;
  f.target_depth = targets_.size();
  f.catch_depth = catches_.size();
  finally_.push_back(f);

  int start = fb_.pc();
  int more = AllocReg();
  EmitMove(more, it);
  Pos(s->pos);
  EmitInvoke(more, 0, "moveNext", 0);
  EmitAwait(more, more);
  int exit = EmitJump(Opcode::kJumpIfFalse, more);
  FreeTo(more);
  Target t;
  t.labels = std::move(labels);
  t.is_loop = true;
  t.continue_pc = start;
  t.finally_depth = finally_.size();
  targets_.push_back(std::move(t));
  int inner = free_reg_;
  if (s->loop_var != nullptr && !s->loop_var->vars.empty()) {
    LocalVar* v = r_->VarOf(&s->loop_var->vars[0]);
    int reg = AllocReg();
    EmitGetProp(reg, it, "current");
    if (v != nullptr) {
      const TypeNode* type = s->loop_var->type;
      v->is_dynamic =
          type == nullptr || (type->kind == TypeNode::kNamed && type->name == "dynamic");
      DeclareVarReg(v, reg);
      if (v->boxed()) Emit(Opcode::kNewBox, reg, reg, 0);
    }
  } else if (s->loop_target != nullptr) {
    LValue lv = PrepareLValue(s->loop_target);
    int value = AllocReg();
    EmitGetProp(value, it, "current");
    StoreLValue(lv, value);
    FreeTo(inner);
  }
  ScopedStmt(s->body);
  FreeTo(inner);
  Target done = std::move(targets_.back());
  targets_.pop_back();
  EmitLoop(start);
  // A loop that ran to the end of the stream needs no cancel; a break cancels (the loop's own
  // target is inside the finally, so Break_ does not run it), and so do returns and breaks to
  // outer targets, which run it through InlineFinallies.
  int catch_end = fb_.pc();
  Region closed = regions_.back();
  regions_.pop_back();
  finally_.pop_back();
  std::vector<int> after;
  if (!done.breaks.empty()) {
    PatchHere(done.breaks);
    f.emit();
    after.push_back(EmitJump(Opcode::kJump));
  }
  int handler_pc = fb_.pc();
  std::vector<HandlerDesc> handlers;
  CloseRegion(closed, catch_end, handler_pc, fe, fs, &handlers);
  for (const HandlerDesc& h : handlers) fb_.AddHandler(h);
  last_target_pc_ = std::max(last_target_pc_, handler_pc);
  f.emit();
  Emit(Opcode::kRethrow, fe, fs, 0);
  PatchHere(exit);
  PatchHere(after);
  FreeTo(mark);
}

}  // namespace islet
