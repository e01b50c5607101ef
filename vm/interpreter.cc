// The dispatch loop: one computed-goto handler per opcode of opcodes.def, each short, with the
// fast paths inline (Smi and double arithmetic, monomorphic inline-cache hits, list indexing)
// and everything else in interpreter_runtime.cc. Also frame push/pop and unwinding.
// Invariant: between instructions, frames_[frame_count_-1] describes the running function and
// stack_top_ is its base + num_registers; pc is saved to the frame before anything that may
// allocate, throw or call (SAVE_PC), so stack traces and collections see a consistent state.

#include "vm/interpreter.h"

#include <cmath>
#include <cstring>

#include "vm/bytecode/bytecode.h"

namespace islet {

// Operation codes shared with the slow paths of interpreter_runtime.cc.
enum ArithOp {
  kOpAdd,
  kOpSub,
  kOpMul,
  kOpDiv,
  kOpTruncDiv,
  kOpMod,
  kOpShl,
  kOpShr,
  kOpUShr,
  kOpBitAnd,
  kOpBitOr,
  kOpBitXor,
  kOpNeg,
  kOpBitNot
};
enum CompareOp { kCmpLt, kCmpLe, kCmpGt, kCmpGe };

Value Interpreter::Execute() {
  static const void* const kDispatch[] = {
#define ISLET_LABEL(name, format, extra, effect, comment) &&op_##name,
      ISLET_OPCODES(ISLET_LABEL)
#undef ISLET_LABEL
  };
  static_assert(sizeof(kDispatch) / sizeof(kDispatch[0]) == kOpcodeCount,
                "every opcode needs a handler");

  Frame* frame = &frames_[frame_count_ - 1];
  Function* fn = frame->function;
  Value* base = frame->base;
  const uint32_t* pc = frame->pc;  // The start, or a resume point (Resume).
  Value* k = fn->constants;
  uint32_t insn;
  Value result;

  // State for the shared call sequence (do_call).
  Function* callee;
  Value* new_base;
  int argc;
  int arg_desc;
  int result_reg;

#define R(i) base[i]
#define OP_A ((insn >> 8) & 0xff)
#define OP_B ((insn >> 16) & 0xff)
#define OP_C ((insn >> 24) & 0xff)
#define OP_BX ((insn >> 16) & 0xffff)
#define OP_SBX (static_cast<int16_t>(insn >> 16))
#define OP_SAX (static_cast<int32_t>(insn) >> 8)
#define OP_SC (static_cast<int8_t>(insn >> 24))
#define DISPATCH()                \
  do {                            \
    insn = *pc++;                 \
    goto* kDispatch[insn & 0xff]; \
  } while (0)
#define SAVE_PC() (frame->pc = pc)
#define CHECK(v)                               \
  do {                                         \
    if ((v).IsException()) goto throw_pending; \
  } while (0)

  if (__builtin_expect(!pending_exception_.IsNull(), 0)) goto throw_pending;  // Resumed to throw.
  DISPATCH();

op_Nop:
  DISPATCH();

op_Move:
  R(OP_A) = R(OP_B);
  DISPATCH();

op_LoadConst:
  R(OP_A) = k[OP_BX];
  DISPATCH();

op_LoadInt:
  R(OP_A) = Value::Smi(OP_SBX);
  DISPATCH();

op_LoadNull:
  R(OP_A) = Value::Null();
  DISPATCH();

op_LoadTrue:
  R(OP_A) = Value::True();
  DISPATCH();

op_LoadFalse:
  R(OP_A) = Value::False();
  DISPATCH();

op_LoadUninit:
  R(OP_A) = Value::Uninitialized();
  DISPATCH();

op_CheckInit:
  if (R(OP_A).IsUninitialized()) {
    SAVE_PC();
    result = LateError("Local", StringToUtf8(k[OP_BX]), false);
    goto throw_pending;
  }
  DISPATCH();

op_CheckUninit:
  if (!R(OP_A).IsUninitialized()) {
    SAVE_PC();
    result = LateError("Local", StringToUtf8(k[OP_BX]), true);
    goto throw_pending;
  }
  DISPATCH();

op_LoadConstObject : {
  Value v = const_objects_[OP_BX];
  if (v.IsUninitialized()) {
    SAVE_PC();
    v = LoadConstObjectSlow(OP_BX);
    CHECK(v);
  }
  R(OP_A) = v;
  DISPATCH();
}

op_GetGlobal : {
  Value v = globals_[OP_BX];
  if (v.IsUninitialized()) {
    SAVE_PC();
    v = GetGlobalSlow(OP_BX);
    CHECK(v);
  }
  R(OP_A) = v;
  DISPATCH();
}

op_SetGlobal:
  globals_[OP_BX] = R(OP_A);
  global_state_[OP_BX] = 2;
  DISPATCH();

op_NewBox : {
  SAVE_PC();
  HeapObject* box = Allocate(kBoxCid, 2, 0);
  if (box == nullptr) {
    result = ThrowOutOfMemory();
    goto throw_pending;
  }
  box->slots()[0] = R(OP_B);
  R(OP_A) = Value::Object(box);
  DISPATCH();
}

op_GetBox:
  R(OP_A) = R(OP_B).object()->slots()[0];
  DISPATCH();

op_SetBox:
  R(OP_A).object()->slots()[0] = R(OP_B);
  DISPATCH();

op_GetCapture:
  R(OP_A) = R(0).object()->slots()[kClosureFirstCapture + OP_B];
  DISPATCH();

op_GetCaptureBox:
  R(OP_A) = R(0).object()->slots()[kClosureFirstCapture + OP_B].object()->slots()[0];
  DISPATCH();

op_SetCaptureBox:
  R(0).object()->slots()[kClosureFirstCapture + OP_B].object()->slots()[0] = R(OP_A);
  DISPATCH();

op_Closure : {
  SAVE_PC();
  Value c = NewClosure(program_->function(OP_BX), base);
  CHECK(c);
  R(OP_A) = c;
  DISPATCH();
}

op_New : {
  SAVE_PC();
  Value o = NewInstance(program_->class_at(OP_BX));
  CHECK(o);
  R(OP_A) = o;
  DISPATCH();
}

op_GetField:
  R(OP_A) = R(OP_B).object()->slots()[OP_C];
  DISPATCH();

op_SetField:
  R(OP_A).object()->slots()[OP_C] = R(OP_B);
  DISPATCH();

op_GetProp : {
  uint32_t w = *pc++;
  Value obj = R(OP_B);
  InlineCache* ic = &fn->ics[w >> 16];
  const Member* cached = ic->Get();
  if (cached->Matches(ClassIdOf(obj))) {
    if (cached->kind == Member::kField) {
      Value v = obj.object()->slots()[cached->slot];
      if (!v.IsUninitialized()) {
        R(OP_A) = v;
        DISPATCH();
      }
    } else if (cached->kind == Member::kGetter) {
      callee = cached->function;
      new_base = base + fn->num_registers;
      new_base[0] = obj;
      argc = 0;
      arg_desc = 0;
      result_reg = OP_A;
      goto do_call;
    }
  }
  SAVE_PC();
  Value v = GetPropertySlow(obj, static_cast<int>(w & 0xffff), ic);
  CHECK(v);
  if (v.IsUninitialized()) {  // The cache was filled with a getter: take the fast path.
    pc -= 2;
    DISPATCH();
  }
  R(OP_A) = v;
  DISPATCH();
}

op_SetProp : {
  uint32_t w = *pc++;
  Value obj = R(OP_A);
  InlineCache* ic = &fn->ics[w >> 16];
  const Member* cached = ic->Get();
  if (cached->Matches(ClassIdOf(obj))) {
    if (cached->kind == Member::kField) {
      obj.object()->slots()[cached->slot] = R(OP_B);
      DISPATCH();
    } else if (cached->kind == Member::kSetter) {
      callee = cached->function;
      new_base = base + fn->num_registers;
      new_base[0] = obj;
      new_base[1] = R(OP_B);
      argc = 1;
      arg_desc = 0;
      result_reg = -1;
      goto do_call;
    }
  }
  SAVE_PC();
  Value v = SetPropertySlow(obj, static_cast<int>(w & 0xffff), R(OP_B), ic);
  CHECK(v);
  if (v.IsUninitialized()) {
    pc -= 2;
    DISPATCH();
  }
  DISPATCH();
}

op_IndexGet : {
  Value list = R(OP_B);
  Value index = R(OP_C);
  if (index.IsSmi() && list.IsObject()) {
    uint32_t cid = list.object()->cid();
    if (cid == kGrowableListCid) {
      if (static_cast<uint64_t>(index.SmiValue()) < static_cast<uint64_t>(GrowableLength(list))) {
        R(OP_A) = ArrayData(GrowableBacking(list))[index.SmiValue()];
        DISPATCH();
      }
    } else if (cid == kArrayCid || cid == kImmutableArrayCid) {
      if (static_cast<uint64_t>(index.SmiValue()) < static_cast<uint64_t>(ArrayLength(list))) {
        R(OP_A) = ArrayData(list)[index.SmiValue()];
        DISPATCH();
      }
    }
  }
  SAVE_PC();
  Value v = IndexGetSlow(list, index);
  CHECK(v);
  R(OP_A) = v;
  DISPATCH();
}

op_IndexSet : {
  Value list = R(OP_A);
  Value index = R(OP_B);
  if (index.IsSmi() && list.IsObject()) {
    uint32_t cid = list.object()->cid();
    if (cid == kGrowableListCid) {
      if (static_cast<uint64_t>(index.SmiValue()) < static_cast<uint64_t>(GrowableLength(list))) {
        ArrayData(GrowableBacking(list))[index.SmiValue()] = R(OP_C);
        DISPATCH();
      }
    } else if (cid == kArrayCid) {
      if (static_cast<uint64_t>(index.SmiValue()) < static_cast<uint64_t>(ArrayLength(list))) {
        ArrayData(list)[index.SmiValue()] = R(OP_C);
        DISPATCH();
      }
    }
  }
  SAVE_PC();
  CHECK(IndexSetSlow(list, index, R(OP_C)));
  DISPATCH();
}

op_Invoke : {
  uint32_t w1 = pc[0];
  uint32_t w2 = pc[1];
  pc += 2;
  Value receiver = R(OP_A);
  InlineCache* ic = &fn->ics[w2 & 0xffff];
  const Member* cached = ic->Get();
  if (cached->Matches(ClassIdOf(receiver)) && cached->kind == Member::kMethod) {
    callee = cached->function;
    new_base = base + OP_A;
    argc = OP_B;
    arg_desc = static_cast<int>(w2 >> 16);
    result_reg = OP_A;
    goto do_call;
  }
  SAVE_PC();
  int name = static_cast<int>(w1);
  Class* cls = program_->ClassOf(receiver);
  const Member* m = cls->FindGetter(name);
  if (m != nullptr && m->kind == Member::kMethod) {
    ic->Set(m);
    callee = m->function;
    new_base = base + OP_A;
    argc = OP_B;
    arg_desc = static_cast<int>(w2 >> 16);
    result_reg = OP_A;
    goto do_call;
  }
  if (m != nullptr) {
    // A field or getter: read it, then call what it holds.
    Value f = GetPropertySlow(receiver, name, nullptr);
    CHECK(f);
    R(OP_A) = f;
    new_base = base + OP_A;
    argc = OP_B;
    arg_desc = static_cast<int>(w2 >> 16);
    result_reg = OP_A;
    goto call_value;
  }
  if (IsCid(receiver, kClosureCid) && name == program_->NameId("call")) {
    // f.call(...) calls the function itself, as f(...) does.
    new_base = base + OP_A;
    argc = OP_B;
    arg_desc = static_cast<int>(w2 >> 16);
    result_reg = OP_A;
    goto call_value;
  }
  result = ThrowNoSuchMethod(receiver, name, "method", OP_B);
  goto throw_pending;
}

op_CallStatic : {
  uint32_t w1 = pc[0];
  uint32_t w2 = pc[1];
  pc += 2;
  callee = program_->function(static_cast<int>(w1));
  new_base = base + OP_A;
  argc = OP_B;
  arg_desc = static_cast<int>(w2 >> 16);
  result_reg = OP_A;
  goto do_call;
}

op_CallClosure : {
  uint32_t w1 = *pc++;
  new_base = base + OP_A;
  argc = OP_B;
  arg_desc = static_cast<int>(w1 >> 16);
  result_reg = OP_A;
  goto call_value;
}

call_value : {
  // new_base[0] holds a function value (or an object with a call method).
  Value f = new_base[0];
  if (IsCid(f, kClosureCid)) {
    callee = f.object()->slots()[kClosureFunctionSlot].AsRawPointer<Function>();
    Value bound = f.object()->slots()[kClosureReceiverSlot];
    if (callee->desc->kind != FunctionDesc::kClosure) new_base[0] = bound;
    goto do_call;
  }
  SAVE_PC();
  int call_name = program_->NameId("call");
  const Member* m = call_name >= 0 ? program_->ClassOf(f)->FindGetter(call_name) : nullptr;
  if (m != nullptr && m->kind == Member::kMethod) {
    callee = m->function;
    goto do_call;
  }
  result = ThrowNoSuchMethod(f, call_name, "call", argc, new_base + 1, arg_desc);
  goto throw_pending;
}

do_call : {
  // callee, new_base (receiver and arguments in place), argc, arg_desc, result_reg are set.
  SAVE_PC();
  if (__builtin_expect(!callee->simple_args || arg_desc != 0 || argc != callee->num_params, 0)) {
    if (!AdaptArguments(callee, new_base, argc, arg_desc)) goto throw_pending;
  }
  if (__builtin_expect(
          new_base + callee->num_registers > stack_limit_ || frame_count_ >= frame_limit_, 0)) {
    result = ThrowStackOverflow();
    goto throw_pending;
  }
  if (callee->native != nullptr) {
    Value r = CallNative(callee, new_base);
    CHECK(r);
    if (result_reg >= 0) base[result_reg] = r;
    DISPATCH();
  }
  for (Value* p = new_base + 1 + callee->num_params; p < new_base + callee->num_registers; p++) {
    *p = Value::Null();
  }
  frame = &frames_[frame_count_++];
  frame->function = callee;
  frame->base = new_base;
  frame->result_reg = result_reg;
  frame->is_entry = false;
  frame->is_resumed = false;  // The slot may have held a resumed body (a stale mark cuts traces).
  fn = callee;
  base = new_base;
  pc = fn->code;
  frame->pc = pc;
  k = fn->constants;
  stack_top_ = base + fn->num_registers;
  if (__builtin_expect(interrupts_.load(std::memory_order_relaxed) != 0, 0)) {
    if (ServiceInterrupts()) {
      result = Value::Exception();
      goto throw_pending;
    }
  }
  DISPATCH();
}

op_Return:
  result = R(OP_A);
  goto do_return;

op_ReturnNull:
  result = Value::Null();
  goto do_return;

do_return : {
  bool entry = frame->is_entry;
  int rr = frame->result_reg;
  frame_count_--;
  if (entry) return result;  // Call() restores stack_top_.
  frame = &frames_[frame_count_ - 1];
  fn = frame->function;
  base = frame->base;
  pc = frame->pc;
  k = fn->constants;
  stack_top_ = base + fn->num_registers;
  if (rr >= 0) base[rr] = result;
  DISPATCH();
}

// ----- Arithmetic -----
#define ISLET_SMI_BINARY(name, builtin, opcode)                                         \
  op_##name : {                                                                         \
    Value b = R(OP_B), c = R(OP_C);                                                     \
    if (((b.raw() | c.raw()) & 1) == 0) {                                               \
      int64_t r;                                                                        \
      if (!builtin(static_cast<int64_t>(b.raw()), static_cast<int64_t>(c.raw()), &r)) { \
        R(OP_A) = Value::FromRaw(static_cast<uint64_t>(r));                             \
        DISPATCH();                                                                     \
      }                                                                                 \
    } else if (IsDouble(b) && IsDouble(c)) {                                            \
      SAVE_PC();                                                                        \
      Value d = NewDouble(DoubleValue(b) opcode DoubleValue(c));                        \
      CHECK(d);                                                                         \
      R(OP_A) = d;                                                                      \
      DISPATCH();                                                                       \
    }                                                                                   \
    SAVE_PC();                                                                          \
    Value r = Arithmetic(kOp##name, b, c);                                              \
    CHECK(r);                                                                           \
    R(OP_A) = r;                                                                        \
    DISPATCH();                                                                         \
  }
  ISLET_SMI_BINARY(Add, __builtin_add_overflow, +)
  ISLET_SMI_BINARY(Sub, __builtin_sub_overflow, -)
#undef ISLET_SMI_BINARY

op_Mul : {
  Value b = R(OP_B), c = R(OP_C);
  if (((b.raw() | c.raw()) & 1) == 0) {
    int64_t r;
    if (!__builtin_mul_overflow(static_cast<int64_t>(b.raw()), c.SmiValue(), &r)) {
      R(OP_A) = Value::FromRaw(static_cast<uint64_t>(r));
      DISPATCH();
    }
  } else if (IsDouble(b) && IsDouble(c)) {
    SAVE_PC();
    Value d = NewDouble(DoubleValue(b) * DoubleValue(c));
    CHECK(d);
    R(OP_A) = d;
    DISPATCH();
  }
  SAVE_PC();
  Value r = Arithmetic(kOpMul, b, c);
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

#define ISLET_SLOW_BINARY(name)                        \
  op_##name : {                                        \
    SAVE_PC();                                         \
    Value r = Arithmetic(kOp##name, R(OP_B), R(OP_C)); \
    CHECK(r);                                          \
    R(OP_A) = r;                                       \
    DISPATCH();                                        \
  }
  ISLET_SLOW_BINARY(Div)
  ISLET_SLOW_BINARY(Shl)
  ISLET_SLOW_BINARY(UShr)
#undef ISLET_SLOW_BINARY

op_TruncDiv : {
  Value b = R(OP_B), c = R(OP_C);
  if (((b.raw() | c.raw()) & 1) == 0 && c.raw() != 0) {
    int64_t q = b.SmiValue() / c.SmiValue();
    if (Value::IsSmiValue(q)) {
      R(OP_A) = Value::Smi(q);
      DISPATCH();
    }
  }
  SAVE_PC();
  Value r = Arithmetic(kOpTruncDiv, b, c);
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

op_Mod : {
  Value b = R(OP_B), c = R(OP_C);
  if (((b.raw() | c.raw()) & 1) == 0 && c.raw() != 0) {
    int64_t y = c.SmiValue();
    int64_t r = b.SmiValue() % y;
    if (r < 0) r += y < 0 ? -y : y;
    R(OP_A) = Value::Smi(r);
    DISPATCH();
  }
  SAVE_PC();
  Value r = Arithmetic(kOpMod, b, c);
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

op_Shr : {
  Value b = R(OP_B), c = R(OP_C);
  if (((b.raw() | c.raw()) & 1) == 0 && c.SmiValue() >= 0) {
    int64_t s = c.SmiValue() > 63 ? 63 : c.SmiValue();
    R(OP_A) = Value::Smi(b.SmiValue() >> s);
    DISPATCH();
  }
  SAVE_PC();
  Value r = Arithmetic(kOpShr, b, c);
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

#define ISLET_BITWISE(name, op)                     \
  op_##name : {                                     \
    Value b = R(OP_B), c = R(OP_C);                 \
    if (((b.raw() | c.raw()) & 1) == 0) {           \
      R(OP_A) = Value::FromRaw(b.raw() op c.raw()); \
      DISPATCH();                                   \
    }                                               \
    SAVE_PC();                                      \
    Value r = Arithmetic(kOp##name, b, c);          \
    CHECK(r);                                       \
    R(OP_A) = r;                                    \
    DISPATCH();                                     \
  }
  ISLET_BITWISE(BitAnd, &)
  ISLET_BITWISE(BitOr, |)
  ISLET_BITWISE(BitXor, ^)
#undef ISLET_BITWISE

op_AddInt : {
  Value b = R(OP_B);
  if (b.IsSmi()) {
    int64_t r;
    if (!__builtin_add_overflow(static_cast<int64_t>(b.raw()), static_cast<int64_t>(OP_SC) * 2,
                                &r)) {
      R(OP_A) = Value::FromRaw(static_cast<uint64_t>(r));
      DISPATCH();
    }
  }
  SAVE_PC();
  // `x - 1` compiles to AddInt with -1: an object with only operator - must see `- 1`.
  int constant = OP_SC;
  bool number = b.IsSmi() || IsDouble(b) || IsMint(b);
  Value r = !number && constant < 0 ? Arithmetic(kOpSub, b, Value::Smi(-constant))
                                    : Arithmetic(kOpAdd, b, Value::Smi(constant));
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

op_Neg : {
  Value b = R(OP_B);
  if (b.IsSmi() && b.SmiValue() != Value::kSmiMin) {
    R(OP_A) = Value::Smi(-b.SmiValue());
    DISPATCH();
  }
  SAVE_PC();
  Value r = Arithmetic(kOpNeg, b, Value::Null());
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

op_BitNot : {
  Value b = R(OP_B);
  if (b.IsSmi()) {
    R(OP_A) = Value::Smi(~b.SmiValue());
    DISPATCH();
  }
  SAVE_PC();
  Value r = Arithmetic(kOpBitNot, b, Value::Null());
  CHECK(r);
  R(OP_A) = r;
  DISPATCH();
}

op_Not : {
  Value b = R(OP_B);
  if (b == Value::True()) {
    R(OP_A) = Value::False();
  } else if (b == Value::False()) {
    R(OP_A) = Value::True();
  } else {
    SAVE_PC();
    result = ConditionNotBool(b);
    goto throw_pending;
  }
  DISPATCH();
}

op_Eq:
op_Ne : {
  Value b = R(OP_B), c = R(OP_C);
  bool negate = (insn & 0xff) == static_cast<uint32_t>(Opcode::kNe);
  if (((b.raw() | c.raw()) & 1) == 0) {
    R(OP_A) = Value::Bool((b == c) != negate);
    DISPATCH();
  }
  SAVE_PC();
  Value r = Equals(b, c);
  CHECK(r);
  R(OP_A) = Value::Bool((r == Value::True()) != negate);
  DISPATCH();
}

#define ISLET_COMPARE(name, op)                                                              \
  op_##name : {                                                                              \
    Value b = R(OP_B), c = R(OP_C);                                                          \
    if (((b.raw() | c.raw()) & 1) == 0) {                                                    \
      R(OP_A) = Value::Bool(static_cast<int64_t>(b.raw()) op static_cast<int64_t>(c.raw())); \
      DISPATCH();                                                                            \
    }                                                                                        \
    if (IsDouble(b) && IsDouble(c)) {                                                        \
      R(OP_A) = Value::Bool(DoubleValue(b) op DoubleValue(c));                               \
      DISPATCH();                                                                            \
    }                                                                                        \
    SAVE_PC();                                                                               \
    Value r = Compare(kCmp##name, b, c);                                                     \
    CHECK(r);                                                                                \
    R(OP_A) = r;                                                                             \
    DISPATCH();                                                                              \
  }
  ISLET_COMPARE(Lt, <)
  ISLET_COMPARE(Le, <=)
  ISLET_COMPARE(Gt, >)
  ISLET_COMPARE(Ge, >=)
#undef ISLET_COMPARE

op_Identical : {
  Value b = R(OP_B), c = R(OP_C);
  bool same = b == c;
  if (!same && IsDouble(b) && IsDouble(c)) {
    double x = DoubleValue(b), y = DoubleValue(c);
    same = std::memcmp(&x, &y, sizeof x) == 0;
  } else if (!same && IsMint(b) && IsMint(c)) {
    same = MintValue(b) == MintValue(c);
  }
  R(OP_A) = Value::Bool(same);
  DISPATCH();
}

  // ----- Control flow -----
op_Jump:
  pc += OP_SAX;
  DISPATCH();

op_JumpLoop:
  pc += OP_SAX;
  if (__builtin_expect(interrupts_.load(std::memory_order_relaxed) != 0, 0)) {
    SAVE_PC();
    if (ServiceInterrupts()) {
      result = Value::Exception();
      goto throw_pending;
    }
  }
  DISPATCH();

op_JumpIfTrue : {
  Value v = R(OP_A);
  if (v == Value::True()) {
    pc += OP_SBX;
  } else if (v != Value::False()) {
    SAVE_PC();
    result = ConditionNotBool(v);
    goto throw_pending;
  }
  DISPATCH();
}

op_JumpIfFalse : {
  Value v = R(OP_A);
  if (v == Value::False()) {
    pc += OP_SBX;
  } else if (v != Value::True()) {
    SAVE_PC();
    result = ConditionNotBool(v);
    goto throw_pending;
  }
  DISPATCH();
}

op_JumpIfNull:
  if (R(OP_A).IsNull()) pc += OP_SBX;
  DISPATCH();

op_JumpIfNotNull:
  if (!R(OP_A).IsNull()) pc += OP_SBX;
  DISPATCH();

  // Fused compare and branch: the condition of if/while/for in one dispatch.
#define ISLET_COMPARE_JUMP(name, op)                                          \
  op_Jump##name : {                                                           \
    uint32_t w = *pc++;                                                       \
    Value b = R(OP_A), c = R(OP_B);                                           \
    bool cond;                                                                \
    if (((b.raw() | c.raw()) & 1) == 0) {                                     \
      cond = static_cast<int64_t>(b.raw()) op static_cast<int64_t>(c.raw());  \
    } else if (IsDouble(b) && IsDouble(c)) {                                  \
      cond = DoubleValue(b) op DoubleValue(c);                                \
    } else {                                                                  \
      SAVE_PC();                                                              \
      Value r = Compare(kCmp##name, b, c);                                    \
      CHECK(r);                                                               \
      cond = r == Value::True();                                              \
    }                                                                         \
    if (cond == static_cast<bool>(w & 1)) pc += static_cast<int32_t>(w) >> 1; \
    DISPATCH();                                                               \
  }
  ISLET_COMPARE_JUMP(Lt, <)
  ISLET_COMPARE_JUMP(Le, <=)
  ISLET_COMPARE_JUMP(Gt, >)
  ISLET_COMPARE_JUMP(Ge, >=)
#undef ISLET_COMPARE_JUMP

op_JumpIfNoAsserts:
  if (!options_.enable_asserts) pc += OP_SAX;
  DISPATCH();

  // ----- Types -----
op_InstanceOf : {
  uint32_t w = *pc++;
  R(OP_A) = Value::Bool(IsInstanceOf(R(OP_B), static_cast<int>(w)));
  DISPATCH();
}

op_Cast:
op_CheckType:
  // One test for both; only the failure's message tells an explicit `as` from an implicit
  // downcast.
  if (!IsInstanceOf(R(OP_A), OP_BX)) {
    SAVE_PC();
    result = CastFailed(R(OP_A), OP_BX, (insn & 0xff) == static_cast<uint32_t>(Opcode::kCast));
    goto throw_pending;
  }
  DISPATCH();

op_LoadType : {
  SAVE_PC();
  const TypeDesc& t = program_->module().types[OP_BX];
  Value type = NewType(t.kind == TypeDesc::kClass ? t.class_index : -1, OP_BX, t.nullable,
                       program_->types()->Instantiate(OP_BX, nullptr));
  CHECK(type);
  R(OP_A) = type;
  DISPATCH();
}

op_InstanceOfGeneric : {
  uint32_t w = *pc++;
  const RuntimeType* t = program_->types()->Instantiate(static_cast<int>(w), TypeVectorIn(R(OP_C)));
  R(OP_A) = Value::Bool(IsInstanceOfType(R(OP_B), t));
  DISPATCH();
}

op_CastGeneric : {
  uint32_t w = *pc++;
  const RuntimeType* t =
      program_->types()->Instantiate(static_cast<int>(w & 0x7fffffffu), TypeVectorIn(R(OP_B)));
  if (!IsInstanceOfType(R(OP_A), t)) {
    SAVE_PC();
    result = CastFailedType(R(OP_A), t, (w >> 31) == 0);
    goto throw_pending;
  }
  DISPATCH();
}

op_LoadTypeGeneric : {
  uint32_t w = *pc++;
  SAVE_PC();
  Value type =
      NewTypeOf(program_->types()->Instantiate(static_cast<int>(w), TypeVectorIn(R(OP_B))));
  CHECK(type);
  R(OP_A) = type;
  DISPATCH();
}

op_LoadTypeArgs : {
  uint32_t w = *pc++;
  // Derived from an erased vector, a vector is erased too (null), not made of dynamic.
  // So is one made only of erased parameters (`List<E>.of(...)` in a member of List<E>).
  const TypeVector* env = TypeVectorIn(R(OP_B));
  TypeRegistry* types = program_->types();
  const TypeVector* v = env == nullptr && types->DependsOnParameters(static_cast<int>(w))
                            ? nullptr
                            : types->InstantiateVector(static_cast<int>(w), env);
  R(OP_A) = v == nullptr || v->all_erased ? Value::Null() : TypeVectorValue(v);
  DISPATCH();
}

op_NullCheck:
  if (R(OP_A).IsNull()) {
    SAVE_PC();
    result = ThrowCoreErrorWithMessage("_newTypeError", "Null check operator used on a null value");
    goto throw_pending;
  }
  DISPATCH();

  // ----- Exceptions -----
op_Throw:
  SAVE_PC();
  if (R(OP_A).IsNull()) {
    result = ThrowCoreErrorWithMessage("_newTypeError", "Throw of null.");
  } else {
    result = Throw(R(OP_A));
  }
  goto throw_pending;

op_Rethrow:
  SAVE_PC();
  result = ThrowWithStack(R(OP_A), R(OP_B));
  goto throw_pending;

  // ----- Collections and strings -----
op_NewList : {
  SAVE_PC();
  int count = OP_C;
  Value list = NewGrowableList(count, count);
  CHECK(list);
  Value* data = ArrayData(GrowableBacking(list));
  for (int i = 0; i < count; i++) data[i] = R(OP_B + i);
  R(OP_A) = list;
  DISPATCH();
}

op_Interpolate : {
  SAVE_PC();
  Value s = Interpolate(&R(OP_B), OP_C);
  CHECK(s);
  R(OP_A) = s;
  DISPATCH();
}

// ----- Async and generators -----
op_Suspend : {
  SAVE_PC();
  Value state = Suspend(frame, OP_A, static_cast<int32_t>(pc - fn->code) + OP_SBX);
  CHECK(state);
  R(OP_A) = state;
  DISPATCH();
}

throw_pending : {
  // An exception is pending (or termination was requested: pending_exception_ is null).
  (void)result;
  if (pending_exception_.IsNull()) {
    // Termination: unwind every frame of this loop without running handlers.
    while (!frames_[frame_count_ - 1].is_entry) frame_count_--;
    frame_count_--;
    return Value::Exception();
  }
  for (;;) {
    frame = &frames_[frame_count_ - 1];
    fn = frame->function;
    if (fn->native == nullptr) {
      uint32_t offset = static_cast<uint32_t>(frame->pc - fn->code) - 1;
      for (const HandlerDesc& h : fn->desc->handlers) {
        if (offset >= h.start && offset < h.end) {
          base = frame->base;
          k = fn->constants;
          pc = fn->code + h.handler;
          stack_top_ = base + fn->num_registers;
          base[h.exception_reg] = pending_exception_;
          base[h.stack_reg] = pending_stack_;
          pending_exception_ = Value::Null();
          pending_stack_ = Value::Null();
          DISPATCH();
        }
      }
    }
    bool entry = frame->is_entry;
    frame_count_--;
    if (entry) return Value::Exception();
  }
}

#undef R
#undef OP_A
#undef OP_B
#undef OP_C
#undef OP_BX
#undef OP_SBX
#undef OP_SAX
#undef OP_SC
#undef DISPATCH
#undef SAVE_PC
#undef CHECK
}

}  // namespace islet
