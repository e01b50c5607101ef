// The interpreter's slow paths and entry points: construction and roots, calls from C++,
// argument adaptation, property lookups that fill inline caches, arithmetic beyond the Smi and
// double fast paths, globals and const objects, and the errors the VM throws.
// Does not own the dispatch loop (interpreter.cc) or stack-trace text (stack_trace.cc).

#include <pthread.h>
#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "vm/bytecode/bytecode.h"
#include "vm/interpreter.h"
#include "vm/strings.h"

namespace islet {

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

namespace {

const char* const kArithNames[] = {"+",  "-",   "*", "/", "~/", "%",      "<<",
                                   ">>", ">>>", "&", "|", "^",  "unary-", "~"};
const char* const kCompareNames[] = {"<", "<=", ">", ">="};

bool IsNumber(Value v) { return v.IsSmi() || IsDouble(v) || IsMint(v); }
double NumberAsDouble(Value v) {
  return IsDouble(v) ? DoubleValue(v) : static_cast<double>(IntValue(v));
}

// Headroom kept above the stack and frame limits so that throwing StackOverflowError (which
// runs Dart code to build the error) always has room.
constexpr size_t kStackReserveValues = 16384;
constexpr size_t kFrameReserve = 256;
constexpr int kNestingReserve = 32;

// The C++ stack kept free below nested dispatch loops: natives called from the deepest one,
// and building the StackOverflowError, need it. Sanitizer builds use several times larger frames.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr uintptr_t kNativeStackReserve = uintptr_t{2} << 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr uintptr_t kNativeStackReserve = uintptr_t{2} << 20;
#else
constexpr uintptr_t kNativeStackReserve = uintptr_t{256} << 10;
#endif
#else
constexpr uintptr_t kNativeStackReserve = uintptr_t{256} << 10;
#endif
// A thread whose stack size is unknown or unlimited is assumed to have this much.
constexpr uintptr_t kAssumedNativeStack = uintptr_t{8} << 20;

// The lowest address of this thread's C++ stack, plus kNativeStackReserve: a nested dispatch
// loop entered below it throws StackOverflowError. Found once per thread.
uintptr_t NativeStackLimit() {
  static thread_local uintptr_t limit = 0;
  if (limit != 0) return limit;
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t low = here > kAssumedNativeStack ? here - kAssumedNativeStack : 0;
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
    void* address = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attributes, &address, &size) == 0 && address != nullptr &&
        size <= (uintptr_t{1} << 30)) {
      low = reinterpret_cast<uintptr_t>(address);
    }
    pthread_attr_destroy(&attributes);
  }
  // At least a quarter of what is left above the limit stays usable on a small stack.
  uintptr_t reserve = std::min(kNativeStackReserve, here > low ? (here - low) / 4 : 0);
  limit = low + reserve;
  return limit;
}

// Whether a nested dispatch loop entered now would leave too little C++ stack. [lifted]: while
// StackOverflowError is built, which may use half the reserve.
bool NativeStackExhausted(bool lifted) {
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t limit = NativeStackLimit();
  if (lifted) limit -= std::min(limit, kNativeStackReserve / 2);
  return here < limit;
}
// The longest list: 2^31 elements (16 GiB of slots), beyond any heap limit we run with.
constexpr int64_t kMaxArrayLength = int64_t{1} << 31;

// Lazily committed zero memory for the stacks; aborts when even address space is exhausted
// (nothing could run).
void* MapZeroed(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::perror("islet: cannot reserve the interpreter stack");
    std::abort();
  }
  return p;
}

// The Invocation (dart:core's _newInvocation) of a call of member [name] ([kind]: 0 method,
// 1 getter, 2 setter) with the [argc] arguments at [args] (registers or other roots), shaped
// by argument descriptor [arg_desc].
Value MakeInvocation(Interpreter* vm, const std::string& name, int kind, const Value* args,
                     int argc, int arg_desc) {
  Program* p = vm->program();
  Function* make = p->CoreFunction("_newInvocation");
  if (make == nullptr) return natives::ThrowUnsupportedError(vm, "noSuchMethod");
  const ArgDesc& ad = p->module().arg_descs[arg_desc];
  int named = static_cast<int>(ad.named.size());
  int positional = argc - named;
  Value list = vm->NewGrowableList(0, positional);
  if (list.IsException()) return list;
  Handle hp(vm->heap(), list);
  for (int i = 0; i < positional; i++) {
    if (vm->GrowableAdd(hp.get(), args[i]).IsException()) return Value::Exception();
  }
  Value names = vm->NewGrowableList(0, named);
  if (names.IsException()) return names;
  Handle hn(vm->heap(), names);
  Value values = vm->NewGrowableList(0, named);
  if (values.IsException()) return values;
  Handle hv(vm->heap(), values);
  for (int i = 0; i < named; i++) {
    if (ad.named[i] == p->type_args_name()) continue;  // Type arguments are no argument.
    Value s = vm->NewString(p->Name(ad.named[i]));
    if (s.IsException()) return s;
    if (vm->GrowableAdd(hn.get(), s).IsException()) return Value::Exception();
    if (vm->GrowableAdd(hv.get(), args[positional + i]).IsException()) return Value::Exception();
  }
  Value n = vm->NewString(name);
  if (n.IsException()) return n;
  Value call_args[5] = {n, Value::Smi(kind), hp.get(), hn.get(), hv.get()};
  return vm->Call(make, Value::Null(), call_args, 5);
}

// receiver.noSuchMethod(Invocation of [name] as [kind]) with [argc] arguments at [args].
Value InvokeNoSuchMethod(Interpreter* vm, Value receiver, const std::string& name, int kind,
                         Value* args, int argc) {
  Handle hr(vm->heap(), receiver);
  Value inv = MakeInvocation(vm, name, kind, args, argc, 0);
  if (inv.IsException()) return inv;
  return vm->CallMethod(hr.get(), vm->program()->NameId("noSuchMethod"), &inv, 1);
}

}  // namespace

Value NoSuchMethodDispatcher(Interpreter* vm, Value* args, int argc) {
  return vm->CallMethod(args[0], vm->program()->NameId("noSuchMethod"), &args[1], 1);
}

Interpreter::Interpreter(Program* program, const InterpreterOptions& options, PrintCallback print,
                         void* print_data)
    : program_(program),
      options_(options),
      print_(print),
      print_data_(print_data),
      heap_(options.heap) {
  if (!options.borrows_stack) {
    own_stack_ = std::make_unique<ExecutionStack>(options);
    AttachStack(own_stack_.get());
  }
  const Module& m = program->module();
  globals_.resize(m.globals.size());
  global_state_.assign(m.globals.size(), 0);
  for (size_t i = 0; i < m.globals.size(); i++) {
    const GlobalDesc& g = m.globals[i];
    globals_[i] = g.initializer >= 0 || g.is_late ? Value::Uninitialized() : Value::Null();
  }
  const_objects_.assign(m.const_objects.size(), Value::Uninitialized());
  heap_.SetRootVisitor([this](const RootVisitor& visit) { VisitRoots(visit); });
}

Interpreter::~Interpreter() = default;

ExecutionStack::ExecutionStack(const InterpreterOptions& options)
    : num_values_(options.stack_values), num_frames_(options.max_frames + kFrameReserve) {
  // Fresh anonymous pages read as zero, the Smi 0, a valid value for the collector.
  values_ = static_cast<Value*>(MapZeroed(num_values_ * sizeof(Value)));
  frames_ = static_cast<Frame*>(MapZeroed(num_frames_ * sizeof(Frame)));
}

ExecutionStack::~ExecutionStack() {
  munmap(values_, num_values_ * sizeof(Value));
  munmap(frames_, num_frames_ * sizeof(Frame));
}

void Interpreter::AttachStack(ExecutionStack* stack) {
  stack_ = stack->values();
  stack_end_ = stack_ + std::min(stack->num_values(), options_.stack_values);
  stack_limit_ = stack_end_ - kStackReserveValues;
  frames_ = stack->frames();
  frame_limit_ = std::min(options_.max_frames, stack->num_frames() - kFrameReserve);
  // Frame 0 is a sentinel standing for the C++ caller.
  frames_[0] = Frame{nullptr, nullptr, stack_, -1, true};
  frame_count_ = 1;
  stack_top_ = stack_;
}

void Interpreter::DetachStack() {
  // Between events nothing runs: only the sentinel frame is left.
  frame_count_ = 0;
  stack_ = stack_end_ = stack_limit_ = stack_top_ = nullptr;
  frames_ = nullptr;
}

void Interpreter::VisitRoots(const RootVisitor& visit) {
  // Frames overlap (a callee's window starts inside its caller's registers) and a callee may
  // end below its caller's last register, so the live part of the stack ends at the highest end
  // of any active frame, not at the running frame's end.
  Value* top = stack_top_;
  for (size_t i = 1; i < frame_count_; i++) {
    const Frame& f = frames_[i];
    Value* end = f.base + (f.function->native != nullptr ? 1 + f.function->num_params
                                                         : f.function->num_registers);
    if (end > top) top = end;
  }
  for (Value* p = stack_; p < top; p++) visit(p);
  for (Value& v : globals_) visit(&v);
  for (Value& v : const_objects_) visit(&v);
  for (Value& v : canonical_) visit(&v);
  for (auto& [index, v] : static_tearoffs_) visit(&v);
  visit(&pending_exception_);
  visit(&pending_stack_);
  visit(&oom_error_);
}

Function* Interpreter::CoreHelper(const char* name) {
  auto it = helpers_.find(name);
  if (it != helpers_.end()) return it->second;
  Function* f = program_->CoreFunction(name);
  helpers_.emplace(name, f);
  return f;
}

Function* Interpreter::ZonePrintHook() {
  const char* key = "dart:async._zonePrint";
  auto it = helpers_.find(key);
  if (it != helpers_.end()) return it->second;
  Function* f = program_->LibraryFunction("dart:async", "_zonePrint");
  helpers_.emplace(key, f);
  return f;
}

// ----- Calls -----

Value Interpreter::RunMain(const std::vector<std::string>& args) {
  Value list = NewGrowableList(0, static_cast<int64_t>(args.size()));
  if (list.IsException()) return list;
  Handle h(&heap_, list);
  for (const std::string& a : args) {
    Value s = NewString(a);
    if (s.IsException()) return s;
    if (GrowableAdd(h.get(), s).IsException()) return Value::Exception();
  }
  return RunMainWith(h.get(), Value::Null());
}

Value Interpreter::PrepareOutOfMemoryError() {
  if (!oom_error_.IsNull()) return oom_error_;
  Function* oom = CoreHelper("_newOutOfMemoryError");
  if (oom == nullptr) return Value::Null();
  Value e = Call(oom, Value::Null(), nullptr, 0);
  if (e.IsException()) return e;
  oom_error_ = e;
  return e;
}

Value Interpreter::RunMainWith(Value args, Value message) {
  Handle args_handle(&heap_, args);
  Handle message_handle(&heap_, message);
  if (PrepareOutOfMemoryError().IsException()) return Value::Exception();
  Function* main = program_->main_function();
  if (main == nullptr) {
    return ThrowCoreErrorWithMessage("_newArgumentError", "No 'main' method found.");
  }
  Value params[2] = {args_handle.get(), message_handle.get()};
  // main gets as many of (args, message) as it has positional parameters: named ones (all
  // optional, the compiler checks) are never passed.
  int positional = main->desc->num_required + main->desc->num_optional_positional;
  return Call(main, Value::Null(), params, std::min(positional, 2));
}

bool Interpreter::AdaptArguments(Function* callee, Value* nb, int argc, int arg_desc) {
  if (arg_desc == kArgDescAdapted) return true;
  if (callee->nsm_name >= 0) {
    // A missing method of a class with noSuchMethod: the dispatcher's one parameter is the
    // Invocation of this call (the arguments in nb are registers, so they stay rooted).
    if (nb + 2 > stack_limit_) {
      ThrowStackOverflow();
      return false;
    }
    Value inv = MakeInvocation(this, program_->Name(callee->nsm_name), 0, nb + 1, argc, arg_desc);
    if (inv.IsException()) return false;
    nb[1] = inv;
    return true;
  }
  const FunctionDesc& d = *callee->desc;
  const ArgDesc& ad = program_->module().arg_descs[arg_desc];
  int named_count = static_cast<int>(ad.named.size());
  int positional = argc - named_count;
  int max_positional = d.num_required + d.num_optional_positional;
  auto fail = [&]() {
    // A closure, or a static function's tear-off (nothing else calls one with arguments that
    // do not fit, and its receiver slot holds null): Dart's closure-call message.
    bool static_function = d.kind == FunctionDesc::kTopLevel || d.kind == FunctionDesc::kStatic;
    // A method (called on an object, or through its tear-off): Dart's "with matching
    // arguments" message.
    if (d.kind == FunctionDesc::kClosure || (static_function && nb[0].IsNull()) ||
        d.kind == FunctionDesc::kMethod) {
      ThrowClosureMismatch(callee, static_function ? Value::Null() : nb[0], argc, nb + 1, arg_desc);
      return false;
    }
    int name = program_->NameId(d.name);
    ThrowNoSuchMethod(nb[0], name, "method", argc, nb + 1, arg_desc);
    return false;
  };
  if (positional < d.num_required || positional > max_positional) return fail();
  if (nb + 1 + callee->num_params > stack_limit_) {
    ThrowStackOverflow();
    return false;
  }
  auto default_value = [&](int k) {
    int c = k < static_cast<int>(d.defaults.size()) ? d.defaults[k] : -1;
    if (c >= 0) return callee->constants[c];
    // The prologue computes this default (a const object, a const variable): it replaces the
    // marker when it finds it.
    // Natives have no prologue, so they never see the marker.
    return c == kComputedDefault && callee->native == nullptr ? Value::Uninitialized()
                                                              : Value::Null();
  };
  Value named_values[64];
  if (named_count > 64) return fail();
  for (int i = 0; i < named_count; i++) named_values[i] = nb[1 + positional + i];
  for (int i = positional; i < max_positional; i++) {
    nb[1 + i] = default_value(i - d.num_required);
  }
  int used = 0;
  for (size_t j = 0; j < d.named_params.size(); j++) {
    Value v = Value::Uninitialized();
    for (int i = 0; i < named_count; i++) {
      if (ad.named[i] == d.named_params[j]) {
        v = named_values[i];
        used++;
        break;
      }
    }
    if (v.IsUninitialized()) {
      if (j < d.named_required.size() && d.named_required[j]) return fail();
      v = default_value(d.num_optional_positional + static_cast<int>(j));
    }
    nb[1 + max_positional + j] = v;
  }
  if (used != named_count) {
    // Type arguments passed to a function that does not declare kTypeArgumentsParam (its type
    // parameters are erased, or it has none and is called dynamically) are dropped.
    int hidden = program_->type_args_name();
    bool passed_hidden = false;
    for (int i = 0; i < named_count; i++) passed_hidden = passed_hidden || ad.named[i] == hidden;
    bool declares_hidden = false;
    for (int n : d.named_params) declares_hidden = declares_hidden || n == hidden;
    if (!passed_hidden || declares_hidden || used != named_count - 1) return fail();
  }
  return true;
}

Value Interpreter::CallNative(Function* f, Value* nb) {
  Frame* fr = &frames_[frame_count_++];
  *fr = Frame{f, f->code, nb, -1, false};
  Value* saved_top = stack_top_;
  stack_top_ = std::max(stack_top_, nb + 1 + f->num_params);
  Value r = f->native(this, nb, f->num_params);
  frame_count_--;
  stack_top_ = saved_top;
  return r;
}

Value Interpreter::Call(Function* f, Value receiver, const Value* args, int argc, int arg_desc) {
  if (nesting_ >= options_.max_nesting || NativeStackExhausted(overflow_lifted_)) {
    return ThrowStackOverflow();
  }
  Value* saved_top = stack_top_;
  Value* nb = stack_top_;
  if (nb + 2 + argc + f->num_params > stack_limit_ || frame_count_ >= frame_limit_) {
    return ThrowStackOverflow();
  }
  nb[0] = receiver;
  for (int i = 0; i < argc; i++) nb[1 + i] = args[i];
  stack_top_ = nb + 1 + argc;
  if ((!f->simple_args || arg_desc != 0 || argc != f->num_params) &&
      !AdaptArguments(f, nb, argc, arg_desc)) {
    stack_top_ = saved_top;
    return Value::Exception();
  }
  if (f->native != nullptr) {
    Value r = CallNative(f, nb);
    stack_top_ = saved_top;
    return r;
  }
  if (nb + f->num_registers > stack_limit_) {
    stack_top_ = saved_top;
    return ThrowStackOverflow();
  }
  for (Value* p = nb + 1 + f->num_params; p < nb + f->num_registers; p++) *p = Value::Null();
  frames_[frame_count_++] = Frame{f, f->code, nb, -1, true};
  stack_top_ = nb + f->num_registers;
  nesting_++;
  Value r = Execute();
  nesting_--;
  stack_top_ = saved_top;
  return r;
}

Value Interpreter::CallMethod(Value receiver, int name, const Value* args, int argc) {
  if (name < 0) return ThrowNoSuchMethod(receiver, name, "method", argc, args);
  const Member* m = program_->ClassOf(receiver)->FindGetter(name);
  if (m == nullptr && IsCid(receiver, kClosureCid) && name == program_->NameId("call")) {
    return CallClosure(receiver, args, argc);
  }
  if (m == nullptr) return ThrowNoSuchMethod(receiver, name, "method", argc, args);
  if (m->kind == Member::kMethod) return Call(m->function, receiver, args, argc);
  // Copy the arguments to the stack first: reading the getter may collect.
  Value* saved_top = stack_top_;
  Value* tmp = stack_top_;
  if (tmp + argc > stack_limit_) return ThrowStackOverflow();
  for (int i = 0; i < argc; i++) tmp[i] = args[i];
  stack_top_ = tmp + argc;
  Value f = GetPropertySlow(receiver, name, nullptr);
  Value r = f.IsException() ? f : CallClosure(f, tmp, argc);
  stack_top_ = saved_top;
  return r;
}

Value Interpreter::CallClosure(Value closure, const Value* args, int argc) {
  if (IsCid(closure, kClosureCid)) {
    Function* f = closure.object()->slots()[kClosureFunctionSlot].AsRawPointer<Function>();
    Value receiver = f->desc->kind == FunctionDesc::kClosure
                         ? closure
                         : closure.object()->slots()[kClosureReceiverSlot];
    return Call(f, receiver, args, argc);
  }
  return CallMethod(closure, program_->NameId("call"), args, argc);
}

// ----- Properties -----

Value Interpreter::GetPropertySlow(Value receiver, int name, InlineCache* ic) {
  const Member* m = program_->ClassOf(receiver)->FindGetter(name);
  // A function's call method torn off is the function itself.
  if (m == nullptr && IsCid(receiver, kClosureCid) && name == program_->NameId("call")) {
    return receiver;
  }
  if (m == nullptr) return ThrowNoSuchMethod(receiver, name, "getter", 0);
  switch (m->kind) {
    case Member::kField: {
      if (ic != nullptr) {
        ic->Set(m);
      }
      Value v = receiver.object()->slots()[m->slot];
      if (v.IsUninitialized()) return LateError("Field", program_->Name(name), false);
      return v;
    }
    case Member::kGetter:
      if (ic != nullptr) {
        ic->Set(m);
        return Value::Uninitialized();  // Retry through the cache.
      }
      return Call(m->function, receiver, nullptr, 0);
    case Member::kMethod:
      if (m->function->nsm_name >= 0) {
        return InvokeNoSuchMethod(this, receiver, program_->Name(name), 1, nullptr, 0);
      }
      return BindMethod(receiver, m->function);
    default:
      return ThrowNoSuchMethod(receiver, name, "getter", 0);
  }
}

Value Interpreter::SetPropertySlow(Value receiver, int name, Value value, InlineCache* ic) {
  Class* cls = program_->ClassOf(receiver);
  const Member* m = cls->FindSetter(name);
  if (m == nullptr && cls->nsm_members != nullptr) {
    // The value goes to the stack first: building the Invocation allocates.
    Value* saved_top = stack_top_;
    if (stack_top_ + 1 > stack_limit_) return ThrowStackOverflow();
    Value* tmp = stack_top_;
    tmp[0] = value;
    stack_top_ = tmp + 1;
    Value r = InvokeNoSuchMethod(this, receiver, program_->Name(name) + "=", 2, tmp, 1);
    stack_top_ = saved_top;
    return r.IsException() ? r : Value::Null();
  }
  if (m == nullptr) return ThrowNoSuchMethod(receiver, name, "setter", 1, &value);
  if (m->kind == Member::kField) {
    Value* slot = &receiver.object()->slots()[m->slot];
    if (m->is_late && m->is_final) {
      if (!slot->IsUninitialized()) return LateError("Field", program_->Name(name), true);
    } else if (ic != nullptr) {
      ic->Set(m);
    }
    *slot = value;
    return Value::Null();
  }
  if (ic != nullptr) {
    ic->Set(m);
    return Value::Uninitialized();
  }
  Value r = Call(m->function, receiver, &value, 1);
  return r.IsException() ? r : Value::Null();
}

Value Interpreter::IndexGetSlow(Value target, Value index) {
  return CallMethod(target, program_->NameId("[]"), &index, 1);
}

Value Interpreter::IndexSetSlow(Value target, Value index, Value value) {
  Value args[2] = {index, value};
  Value r = CallMethod(target, program_->NameId("[]="), args, 2);
  return r.IsException() ? r : Value::Null();
}

// ----- Objects -----

Value Interpreter::NewInstance(Class* c) {
  size_t words = std::max<size_t>(2, 1 + static_cast<size_t>(c->num_slots));
  HeapObject* o = Allocate(c->cid, words, 0);
  if (o == nullptr) return ThrowOutOfMemory();
  for (int s : c->late_slots) o->slots()[s] = Value::Uninitialized();
  return Value::Object(o);
}

Value Interpreter::NewClosure(Function* f, Value* base) {
  const auto& caps = f->desc->captures;
  bool canonical = f->desc->kind != FunctionDesc::kClosure && caps.empty();
  if (canonical) {
    auto it = static_tearoffs_.find(f->index);
    if (it != static_tearoffs_.end()) return it->second;
  }
  HeapObject* o = Allocate(kClosureCid, 1 + kClosureFirstCapture + caps.size(), 0);
  if (o == nullptr) return ThrowOutOfMemory();
  o->slots()[kClosureFunctionSlot] = Value::RawPointer(f);
  o->slots()[kClosureReceiverSlot] = Value::Null();
  for (size_t i = 0; i < caps.size(); i++) {
    const CaptureDesc& c = caps[i];
    o->slots()[kClosureFirstCapture + i] =
        c.from_parent_capture ? base[0].object()->slots()[kClosureFirstCapture + c.index]
                              : base[c.index];
  }
  if (canonical) static_tearoffs_.emplace(f->index, Value::Object(o));
  return Value::Object(o);
}

Value Interpreter::Suspend(Frame* frame, int reg, int32_t resume_pc) {
  Function* f = frame->function;
  HeapObject* o = Allocate(kSuspendStateCid, 1 + kSuspendFirstRegister + f->num_registers, 0);
  if (o == nullptr) return ThrowOutOfMemory();
  o->slots()[kSuspendFunctionSlot] = Value::RawPointer(f);
  o->slots()[kSuspendPcSlot] = Value::Smi(resume_pc);
  o->slots()[kSuspendRegSlot] = Value::Smi(reg);
  // The registers are roots, so a collection during Allocate updated them in place.
  std::memcpy(o->slots() + kSuspendFirstRegister, frame->base, sizeof(Value) * f->num_registers);
  return Value::Object(o);
}

Value Interpreter::Resume(Value state, Value value, Value error, Value stack) {
  if (!IsCid(state, kSuspendStateCid)) {
    return ThrowCoreErrorWithMessage("_newStateError", "Not a suspended function");
  }
  if (nesting_ >= options_.max_nesting || NativeStackExhausted(overflow_lifted_)) {
    return ThrowStackOverflow();
  }
  HeapObject* o = state.object();
  Function* f = o->slots()[kSuspendFunctionSlot].AsRawPointer<Function>();
  Value* saved_top = stack_top_;
  Value* nb = stack_top_;
  if (nb + f->num_registers > stack_limit_ || frame_count_ >= frame_limit_) {
    return ThrowStackOverflow();
  }
  std::memcpy(nb, o->slots() + kSuspendFirstRegister, sizeof(Value) * f->num_registers);
  nb[o->slots()[kSuspendRegSlot].SmiValue()] = value;
  const uint32_t* pc = f->code + o->slots()[kSuspendPcSlot].SmiValue();
  frames_[frame_count_++] = Frame{f, pc, nb, -1, true, true};
  stack_top_ = nb + f->num_registers;
  if (!error.IsNull()) {
    // Execute sees the pending exception and unwinds from the resume point, as if the
    // instruction before it (the suspending sequence's return) had thrown.
    pending_exception_ = error;
    pending_stack_ = stack;
  }
  nesting_++;
  Value r = Execute();
  nesting_--;
  stack_top_ = saved_top;
  return r;
}

Value Interpreter::BindMethod(Value receiver, Function* f) {
  Handle h(&heap_, receiver);
  HeapObject* o = Allocate(kClosureCid, 1 + kClosureFirstCapture, 0);
  if (o == nullptr) return ThrowOutOfMemory();
  o->slots()[kClosureFunctionSlot] = Value::RawPointer(f);
  o->slots()[kClosureReceiverSlot] = h.get();
  return Value::Object(o);
}

Value Interpreter::NewType(int class_index, int type_index, bool nullable,
                           const RuntimeType* type) {
  HeapObject* o = Allocate(kTypeCid, 5, 0);
  if (o == nullptr) return ThrowOutOfMemory();
  o->slots()[0] = Value::Smi(class_index);
  o->slots()[1] = Value::Smi(type_index);
  o->slots()[2] = Value::Bool(nullable);
  o->slots()[kTypeRuntimeTypeSlot] =
      type == nullptr ? Value::Null() : Value::RawPointer(const_cast<RuntimeType*>(type));
  return Value::Object(o);
}

Value Interpreter::NewTypeOf(const RuntimeType* type) {
  return NewType(type->kind == TypeDesc::kClass ? type->class_index : -1, -1,
                 type->nullable && type->kind != TypeDesc::kDynamic, type);
}

Value Interpreter::NewInt(int64_t v) {
  if (Value::IsSmiValue(v)) return Value::Smi(v);
  HeapObject* o = Allocate(kMintCid, 2, kRawBodyBit);
  if (o == nullptr) return ThrowOutOfMemory();
  std::memcpy(o->bytes(), &v, sizeof v);
  return Value::Object(o);
}

Value Interpreter::NewDouble(double d) {
  HeapObject* o = Allocate(kDoubleCid, 2, kRawBodyBit);
  if (o == nullptr) return ThrowOutOfMemory();
  std::memcpy(o->bytes(), &d, sizeof d);
  return Value::Object(o);
}

Value Interpreter::NewRawString(size_t length, bool one_byte) {
  if (length > 0xffffffffu) return ThrowOutOfMemory();
  HeapObject* o = Allocate(one_byte ? kOneByteStringCid : kTwoByteStringCid,
                           StringSizeWords(static_cast<uint32_t>(length), one_byte), kRawBodyBit);
  if (o == nullptr) return ThrowOutOfMemory();
  *reinterpret_cast<uint64_t*>(o->bytes()) = length;
  return Value::Object(o);
}

Value Interpreter::NewStringFromUtf16(const uint16_t* units, size_t length) {
  bool one_byte = true;
  for (size_t i = 0; i < length; i++) one_byte &= units[i] <= 0xff;
  Value s = NewRawString(length, one_byte);
  if (s.IsException()) return s;
  for (size_t i = 0; i < length; i++) {
    if (one_byte) {
      OneByteDataMut(s)[i] = static_cast<uint8_t>(units[i]);
    } else {
      TwoByteDataMut(s)[i] = units[i];
    }
  }
  return s;
}

Value Interpreter::NewStringFromLatin1(const uint8_t* chars, size_t length) {
  Value s = NewRawString(length, true);
  if (s.IsException()) return s;
  if (length > 0) std::memcpy(OneByteDataMut(s), chars, length);
  return s;
}

Value Interpreter::NewString(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii &= static_cast<uint8_t>(c) < 0x80;
  if (ascii) {
    return NewStringFromLatin1(reinterpret_cast<const uint8_t*>(utf8.data()), utf8.size());
  }
  std::u16string units = Utf8ToUtf16(utf8);
  return NewStringFromUtf16(reinterpret_cast<const uint16_t*>(units.data()), units.size());
}

Value Interpreter::NewArray(int64_t length, uint32_t cid) {
  if (length < 0) return natives::ThrowRangeErrorRange(this, length, 0, kMaxArrayLength, "length");
  // Past this no heap could hold the array; like the Dart VM, report it as OutOfMemoryError
  // rather than trying (and never as a crash).
  if (length > kMaxArrayLength) return ThrowOutOfMemory();
  HeapObject* o = Allocate(cid, 2 + static_cast<size_t>(length), 0);
  if (o == nullptr) return ThrowOutOfMemory();
  o->slots()[0] = Value::Smi(length);
  return Value::Object(o);
}

Value Interpreter::NewGrowableList(int64_t length, int64_t capacity) {
  Value backing = NewArray(std::max<int64_t>(capacity, std::max<int64_t>(length, 1)));
  if (backing.IsException()) return backing;
  Handle h(&heap_, backing);
  HeapObject* o = Allocate(kGrowableListCid, kGrowableListWords, 0);
  if (o == nullptr) return ThrowOutOfMemory();
  o->slots()[0] = Value::Smi(length);
  o->slots()[1] = h.get();
  o->slots()[kGrowableListTypeArgsSlot] = Value::Null();
  return Value::Object(o);
}

Value Interpreter::GrowableAdd(Value list, Value element) {
  int64_t len = GrowableLength(list);
  Value backing = GrowableBacking(list);
  if (len >= ArrayLength(backing)) {
    Handle hl(&heap_, list);
    Handle he(&heap_, element);
    Value bigger = NewArray(std::max<int64_t>(4, len * 2));
    if (bigger.IsException()) return bigger;
    list = hl.get();
    element = he.get();
    std::memcpy(ArrayData(bigger), ArrayData(GrowableBacking(list)), len * sizeof(Value));
    list.object()->slots()[1] = bigger;
    backing = bigger;
  }
  ArrayData(backing)[len] = element;
  list.object()->slots()[0] = Value::Smi(len + 1);
  return Value::Null();
}

Value Interpreter::Interpolate(Value* regs, int count) {
  // regs are registers (roots): converted parts are stored back so collections update them.
  size_t total = 0;
  bool one_byte = true;
  for (int i = 0; i < count; i++) {
    if (!IsString(regs[i])) {
      Value s = ToString(regs[i]);
      if (s.IsException()) return s;
      regs[i] = s;
    }
    total += StringLength(regs[i]);
    one_byte &= IsOneByte(regs[i]);
  }
  Value out = NewRawString(total, one_byte);
  if (out.IsException()) return out;
  size_t at = 0;
  for (int i = 0; i < count; i++) {
    Value s = regs[i];
    uint32_t n = StringLength(s);
    if (one_byte) {
      std::memcpy(OneByteDataMut(out) + at, OneByteData(s), n);
    } else if (IsOneByte(s)) {
      for (uint32_t j = 0; j < n; j++) TwoByteDataMut(out)[at + j] = OneByteData(s)[j];
    } else {
      std::memcpy(TwoByteDataMut(out) + at, TwoByteData(s), n * 2);
    }
    at += n;
  }
  return out;
}

// ----- Arithmetic -----

Value Interpreter::Arithmetic(int op, Value a, Value b) {
  if (op == kOpNeg || op == kOpBitNot) {
    if (IsInt(a)) {
      int64_t x = IntValue(a);
      return NewInt(op == kOpNeg ? static_cast<int64_t>(0 - static_cast<uint64_t>(x)) : ~x);
    }
    if (op == kOpNeg && IsDouble(a)) return NewDouble(-DoubleValue(a));
    return CallMethod(a, program_->NameId(kArithNames[op]), nullptr, 0);
  }
  if (IsInt(a) && IsInt(b)) {
    int64_t x = IntValue(a), y = IntValue(b);
    uint64_t ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
    switch (op) {
      case kOpAdd:
        return NewInt(static_cast<int64_t>(ux + uy));
      case kOpSub:
        return NewInt(static_cast<int64_t>(ux - uy));
      case kOpMul:
        return NewInt(static_cast<int64_t>(ux * uy));
      case kOpDiv:
        return NewDouble(static_cast<double>(x) / static_cast<double>(y));
      case kOpTruncDiv:
        if (y == 0) return natives::ThrowIntegerDivisionByZero(this);
        if (y == -1) return NewInt(static_cast<int64_t>(0 - ux));
        return NewInt(x / y);
      case kOpMod: {
        if (y == 0) return natives::ThrowIntegerDivisionByZero(this);
        if (y == -1) return Value::Smi(0);
        int64_t r = x % y;
        if (r < 0) r = y < 0 ? r - y : r + y;
        return NewInt(r);
      }
      case kOpShl:
        if (y < 0) return natives::ThrowArgumentError(this, std::to_string(y));
        return NewInt(y >= 64 ? 0 : static_cast<int64_t>(ux << y));
      case kOpShr:
        if (y < 0) return natives::ThrowArgumentError(this, std::to_string(y));
        return NewInt(x >> (y >= 64 ? 63 : y));
      case kOpUShr:
        if (y < 0) return natives::ThrowArgumentError(this, std::to_string(y));
        return NewInt(y >= 64 ? 0 : static_cast<int64_t>(ux >> y));
      case kOpBitAnd:
        return NewInt(x & y);
      case kOpBitOr:
        return NewInt(x | y);
      case kOpBitXor:
        return NewInt(x ^ y);
    }
  }
  if (IsNumber(a) && IsNumber(b) && op <= kOpMod) {
    double x = NumberAsDouble(a), y = NumberAsDouble(b);
    switch (op) {
      case kOpAdd:
        return NewDouble(x + y);
      case kOpSub:
        return NewDouble(x - y);
      case kOpMul:
        return NewDouble(x * y);
      case kOpDiv:
        return NewDouble(x / y);
      case kOpTruncDiv:
        // The operator natives of int and double own the Dart VM's messages for Infinity, NaN
        // and out-of-range quotients.
        return CallMethod(a, program_->NameId(kArithNames[op]), &b, 1);
      case kOpMod: {
        double r = std::fmod(x, y);
        if (r < 0) r += std::fabs(y);
        if (r == 0) r = 0.0;  // Dart's % never gives -0.0.
        return NewDouble(r);
      }
    }
  }
  if (op == kOpAdd && IsString(a) && IsString(b)) {
    Value* saved_top = stack_top_;
    if (stack_top_ + 2 > stack_limit_) return ThrowStackOverflow();
    stack_top_[0] = a;
    stack_top_[1] = b;
    Value* regs = stack_top_;
    stack_top_ += 2;
    Value r = Interpolate(regs, 2);
    stack_top_ = saved_top;
    return r;
  }
  return CallMethod(a, program_->NameId(kArithNames[op]), &b, 1);
}

Value Interpreter::Compare(int op, Value a, Value b) {
  if (IsNumber(a) && IsNumber(b)) {
    bool r;
    if (IsInt(a) && IsInt(b)) {
      int64_t x = IntValue(a), y = IntValue(b);
      r = op == kCmpLt ? x < y : op == kCmpLe ? x <= y : op == kCmpGt ? x > y : x >= y;
    } else {
      double x = NumberAsDouble(a), y = NumberAsDouble(b);
      r = op == kCmpLt ? x < y : op == kCmpLe ? x <= y : op == kCmpGt ? x > y : x >= y;
    }
    return Value::Bool(r);
  }
  Value r = CallMethod(a, program_->NameId(kCompareNames[op]), &b, 1);
  if (r.IsException() || IsBool(r)) return r;
  return ConditionNotBool(r);
}

Value Interpreter::Equals(Value a, Value b) {
  if (a.IsNull() || b.IsNull()) return Value::Bool(a == b);
  if (IsNumber(a)) {
    if (!IsNumber(b)) return Value::False();
    if (IsInt(a) && IsInt(b)) return Value::Bool(IntValue(a) == IntValue(b));
    return Value::Bool(NumberAsDouble(a) == NumberAsDouble(b));
  }
  if (IsString(a)) return Value::Bool(IsString(b) && (a == b || StringEquals(a, b)));
  Class* c = program_->ClassOf(a);
  if (c->default_equals) return Value::Bool(a == b);
  Value r = CallMethod(a, program_->NameId("=="), &b, 1);
  if (r.IsException() || IsBool(r)) return r;
  return ConditionNotBool(r);
}

Value Interpreter::HashCode(Value v) {
  if (v.IsSmi()) return v;
  if (IsString(v)) return Value::Smi(StringHash(v));
  Value r = GetPropertySlow(v, program_->NameId("hashCode"), nullptr);
  return r;
}

Value Interpreter::ToString(Value v) {
  if (IsString(v)) return v;
  if (v.IsSmi()) return NewString(std::to_string(v.SmiValue()));
  if (v.IsNull()) return NewString("null");
  if (v == Value::True()) return NewString("true");
  if (v == Value::False()) return NewString("false");
  Value r = CallMethod(v, program_->NameId("toString"), nullptr, 0);
  if (r.IsException() || IsString(r)) return r;
  return natives::ThrowTypeError(this,
                                 "type '" + ClassNameOf(r) + "' is not a subtype of type 'String'");
}

std::string Interpreter::ClassNameOf(Value v) { return program_->ClassOf(v)->name; }

bool Interpreter::IsInstanceOf(Value v, int type_index) {
  const TypeDesc& t = program_->module().types[type_index];
  if (v.IsNull()) {
    return t.nullable || t.kind == TypeDesc::kDynamic || t.kind == TypeDesc::kVoid ||
           t.kind == TypeDesc::kNull || t.kind == TypeDesc::kTypeParameter;
  }
  switch (t.kind) {
    case TypeDesc::kDynamic:
    case TypeDesc::kVoid:
    case TypeDesc::kObject:
    case TypeDesc::kTypeParameter:  // Without its vector (catch clauses): dynamic.
    case TypeDesc::kTypeArguments:
      return true;
    case TypeDesc::kNull:
    case TypeDesc::kNever:
      return false;
    case TypeDesc::kFunction:
      return IsCid(v, kClosureCid);
    case TypeDesc::kClass:
      if (!program_->ClassOf(v)->IsSubclassOf(t.class_index)) return false;
      // `is List` needs no more; `is List<int>` also asks the instance's type arguments.
      return t.args.empty() ||
             InstanceArgumentsFit(v, program_->types()->Instantiate(type_index, nullptr));
  }
  return false;
}

bool Interpreter::IsInstanceOfType(Value v, const RuntimeType* t) {
  if (v.IsNull()) {
    return t->nullable || t->kind == TypeDesc::kDynamic || t->kind == TypeDesc::kVoid ||
           t->kind == TypeDesc::kNull;
  }
  switch (t->kind) {
    case TypeDesc::kDynamic:
    case TypeDesc::kVoid:
    case TypeDesc::kObject:
      return true;
    case TypeDesc::kFunction:
      return IsCid(v, kClosureCid);
    case TypeDesc::kClass:
      return program_->ClassOf(v)->IsSubclassOf(t->class_index) && InstanceArgumentsFit(v, t);
    default:
      return false;
  }
}

const TypeVector* Interpreter::TypeArgumentsOf(Value v) {
  if (!v.IsObject()) return nullptr;
  uint32_t cid = v.object()->cid();
  if (cid == kGrowableListCid) {
    return TypeVectorIn(v.object()->slots()[kGrowableListTypeArgsSlot]);
  }
  if (cid < kNumPredefinedCids) return nullptr;
  int slot = program_->ClassOfCid(cid)->type_args_slot;
  return slot < 0 ? nullptr : TypeVectorIn(v.object()->slots()[slot]);
}

bool Interpreter::InstanceArgumentsFit(Value v, const RuntimeType* t) {
  if (t->args == nullptr || t->args->all_top) return true;
  const TypeVector* args = TypeArgumentsOf(v);
  // An instance whose type arguments are not known (erased) passes.
  if (args == nullptr) return true;
  return program_->ArgumentsFit(args, program_->ClassOf(v)->index, t->args, t->class_index);
}

std::string Interpreter::TypeNameOf(Value v) {
  std::string name = ClassNameOf(v);
  const TypeVector* args = TypeArgumentsOf(v);
  if (args != nullptr) {
    name += "<";
    for (size_t i = 0; i < args->types.size(); i++) {
      name += (i > 0 ? ", " : "") + args->types[i]->name;
    }
    name += ">";
  }
  return name;
}

// ----- Globals and constants -----

Value Interpreter::GetGlobalSlow(int index) {
  const GlobalDesc& g = program_->module().globals[index];
  if (g.initializer < 0) return LateError("Field", g.name, false);
  if (global_state_[index] == 1) {
    return ThrowCoreErrorWithMessage(
        "_newLateInitializationError",
        "Reading static variable '" + g.name + "' during its initialization");
  }
  global_state_[index] = 1;
  Value v = Call(program_->function(g.initializer), Value::Null(), nullptr, 0);
  if (v.IsException()) {
    global_state_[index] = 0;
    return v;
  }
  globals_[index] = v;
  global_state_[index] = 2;
  return v;
}

Value Interpreter::LoadConstObjectSlow(int index) {
  const ConstObjectDesc& c = program_->module().const_objects[index];
  Value v = Call(program_->function(c.initializer), Value::Null(), nullptr, 0);
  if (v.IsException()) return v;
  v = Canonicalize(v);
  const_objects_[index] = v;
  return v;
}

namespace {

uint64_t ContentHash(Value v) {
  if (v.IsSmi()) return v.raw();
  HeapObject* o = v.object();
  uint64_t h = o->cid() * 0x9e3779b97f4a7c15ull;
  if (IsString(v)) return h ^ StringHash(v);
  if (o->is_raw_body()) {
    for (uint32_t i = 0; i < o->num_slots(); i++) {
      uint64_t w;
      std::memcpy(&w, o->bytes() + 8 * i, 8);
      h = (h ^ w) * 0x100000001b3ull;
    }
    return h;
  }
  for (uint32_t i = 0; i < o->num_slots(); i++) {
    Value s = o->slots()[i];
    uint64_t part = s.IsSmi() ? s.raw() : s.object()->cid();
    if (IsString(s)) part ^= StringHash(s);
    h = (h ^ part) * 0x100000001b3ull;
  }
  return h;
}

bool SameConstant(Value a, Value b) {
  if (a == b) return true;
  if (a.IsSmi() || b.IsSmi()) return false;
  HeapObject* x = a.object();
  HeapObject* y = b.object();
  if (x->cid() != y->cid() || x->size_words() != y->size_words()) return false;
  if (IsString(a)) return StringEquals(a, b);
  if (x->is_raw_body()) return std::memcmp(x->bytes(), y->bytes(), 8 * x->num_slots()) == 0;
  for (uint32_t i = 0; i < x->num_slots(); i++) {
    Value s = x->slots()[i], t = y->slots()[i];
    if (s == t) continue;
    if (IsString(s) && IsString(t) && StringEquals(s, t)) continue;
    return false;
  }
  return true;
}

}  // namespace

Value Interpreter::Canonicalize(Value v) {
  // Canonicalization allocates nothing on the heap, so raw pointers stay valid throughout.
  if (v.IsSmi() || v.object()->is_immortal() || v.object()->has_flag(kCanonicalBit)) return v;
  HeapObject* o = v.object();
  if (!o->is_raw_body()) {
    for (uint32_t i = 0; i < o->num_slots(); i++) {
      Value s = o->slots()[i];
      if (s.IsObject() && s.object()->cid() != kClosureCid) o->slots()[i] = Canonicalize(s);
    }
  }
  // A constant list is unmodifiable; convert before hashing so it compares equal to the
  // canonical lists already converted.
  if (o->cid() == kArrayCid) {
    o->set_header(HeapObject::MakeHeader(kImmutableArrayCid, o->size_words(), o->flags()));
  }
  uint64_t h = ContentHash(v);
  auto range = canonical_index_.equal_range(h);
  for (auto it = range.first; it != range.second; ++it) {
    if (SameConstant(canonical_[it->second], v)) return canonical_[it->second];
  }
  o->set_flag(kCanonicalBit);
  canonical_index_.emplace(h, canonical_.size());
  canonical_.push_back(v);
  return v;
}

// ----- Errors -----

Value Interpreter::Throw(Value exception) {
  pending_exception_ = exception;  // Rooted before the stack trace allocates.
  pending_stack_ = Value::Null();
  Value st = CurrentStackTrace();
  if (st.IsException()) return st;
  pending_stack_ = st;
  // As in Dart, an Error remembers where it was first thrown (Error.stackTrace); a rethrow or
  // a later throw of the same object keeps that first trace. A constant is shared read-only by
  // the isolates of the group, so it records nothing.
  Value thrown = pending_exception_;
  if (thrown.IsObject() && !thrown.object()->is_immortal() &&
      !thrown.object()->has_flag(kCanonicalBit)) {
    int slot = program_->ErrorTraceSlot(program_->ClassOf(thrown));
    if (slot >= 0 && thrown.object()->slots()[slot].IsNull()) {
      thrown.object()->slots()[slot] = st;
    }
  }
  return Value::Exception();
}

Value Interpreter::ThrowWithStack(Value exception, Value stack) {
  pending_exception_ = exception;
  pending_stack_ = stack;
  return Value::Exception();
}

void Interpreter::ClearPendingException() {
  pending_exception_ = Value::Null();
  pending_stack_ = Value::Null();
}

Value Interpreter::ThrowCoreError(const char* helper, const Value* args, int argc) {
  Function* f = CoreHelper(helper);
  if (f == nullptr) {
    // A dart:core without the helper (small test cores): throw the first argument itself.
    return Throw(argc > 0 ? args[0] : Value::Null());
  }
  Value e = Call(f, Value::Null(), args, argc);
  if (e.IsException()) return e;
  return Throw(e);
}

Value Interpreter::ThrowCoreErrorWithMessage(const char* helper, std::string_view message) {
  Value s = NewString(message);
  if (s.IsException()) return s;
  return ThrowCoreError(helper, &s, 1);
}

std::string Interpreter::ValueForMessage(Value v) {
  if (v.IsNull() || v.IsSmi() || IsBool(v) || IsDouble(v) || IsMint(v)) {
    Value s = ToString(v);
    if (!s.IsException()) return StringToUtf8(s);
    ClearPendingException();
  }
  if (IsString(v)) return "\"" + StringToUtf8(v) + "\"";
  return "Instance of '" + ClassNameOf(v) + "'";
}

Value Interpreter::ThrowNoSuchMethod(Value receiver, int name, const char* kind, int argc,
                                     const Value* args, int arg_desc) {
  std::string n = name >= 0 ? program_->Name(name) : std::string("call");
  bool getter = std::strcmp(kind, "getter") == 0;
  bool setter = std::strcmp(kind, "setter") == 0;
  std::string member = setter ? n + "=" : n;
  std::string tried = getter ? n : setter ? n + "=" : n + "()";
  // Dart lists the arguments: "+(1)", "[]=(0, 2)", "x=5". Formatting them may allocate, so the
  // receiver is held in a handle and the arguments are copied to the stack (a root).
  Handle held(&heap_, receiver);
  const Frame& top = frames_[frame_count_ - 1];
  if (args != nullptr && !getter && argc > 0 && stack_top_ + argc <= stack_limit_) {
    Value* saved_top = stack_top_;
    Value* copy = stack_top_;
    for (int i = 0; i < argc; i++) copy[i] = args[i];
    stack_top_ = copy + argc;
    const ArgDesc& ad = program_->module().arg_descs[arg_desc > 0 ? arg_desc : 0];
    int positional = argc - static_cast<int>(ad.named.size());
    std::string list;
    bool first = true;
    for (int i = 0; i < argc; i++) {
      if (i >= positional && ad.named[i - positional] == program_->type_args_name()) continue;
      if (!first) list += ", ";
      first = false;
      if (i >= positional) list += program_->Name(ad.named[i - positional]) + ": ";
      list += ValueForMessage(copy[i]);
    }
    stack_top_ = saved_top;
    tried = setter ? n + "=" + list : n + "(" + list + ")";
  } else if (!getter && !setter && name >= 0 && top.function != nullptr &&
             top.function->native == nullptr && top.pc != nullptr &&
             top.pc - top.function->code >= 3 &&
             (top.pc[-3] & 0xff) == static_cast<uint32_t>(Opcode::kInvoke) &&
             static_cast<int>(top.pc[-2]) == name &&
             static_cast<int>((top.pc[-3] >> 16) & 0xff) == argc) {
    const Value* regs = top.base + ((top.pc[-3] >> 8) & 0xff) + 1;
    const ArgDesc& ad = program_->module().arg_descs[top.pc[-1] >> 16];
    int positional = argc - static_cast<int>(ad.named.size());
    std::string list;
    for (int i = 0; i < argc; i++) {
      if (i >= positional && ad.named[i - positional] == program_->type_args_name()) continue;
      if (i > 0) list += ", ";
      if (i >= positional) list += program_->Name(ad.named[i - positional]) + ": ";
      list += ValueForMessage(regs[i]);
    }
    tried = n + "(" + list + ")";
  }
  receiver = held.get();
  std::string msg;
  if (receiver.IsNull()) {
    msg = "NoSuchMethodError: The " +
          std::string(getter   ? "getter"
                      : setter ? "setter"
                               : "method") +
          " '" + member + "' was called on null.\nReceiver: null\nTried calling: " + tried;
  } else {
    // The class name first: formatting the receiver may run Dart code and move it.
    std::string class_name = ClassNameOf(receiver);
    std::string shown = ValueForMessage(held.get());
    msg = "NoSuchMethodError: Class '" + class_name + "' has no instance " +
          (getter   ? "getter"
           : setter ? "setter"
                    : "method") +
          " '" + member + "'.\nReceiver: " + shown + "\nTried calling: " + tried;
  }
  return ThrowCoreErrorWithMessage("_newNoSuchMethodError", msg);
}

Value Interpreter::ThrowClosureMismatch(Function* callee, Value closure, int argc,
                                        const Value* args, int arg_desc) {
  const FunctionDesc& d = *callee->desc;
  // The arguments first (formatting may allocate): copied to the stack, a root.
  std::string tried;
  if (args != nullptr && argc > 0 && stack_top_ + argc <= stack_limit_) {
    Handle held(&heap_, closure);
    Value* saved_top = stack_top_;
    Value* copy = stack_top_;
    for (int i = 0; i < argc; i++) copy[i] = args[i];
    stack_top_ = copy + argc;
    const ArgDesc& ad = program_->module().arg_descs[arg_desc > 0 ? arg_desc : 0];
    int positional = argc - static_cast<int>(ad.named.size());
    bool first = true;
    for (int i = 0; i < argc; i++) {
      if (i >= positional && ad.named[i - positional] == program_->type_args_name()) continue;
      if (!first) tried += ", ";
      first = false;
      if (i >= positional) tried += program_->Name(ad.named[i - positional]) + ": ";
      tried += ValueForMessage(copy[i]);
    }
    stack_top_ = saved_top;
    closure = held.get();
  }
  std::string signature = program_->Signature(d);
  if (callee->desc->kind == FunctionDesc::kMethod) {
    size_t dot = d.name.rfind('.');
    std::string simple = dot == std::string::npos ? d.name : d.name.substr(dot + 1);
    std::string class_name = ClassNameOf(closure);
    std::string shown = ValueForMessage(closure);
    return ThrowCoreErrorWithMessage(
        "_newNoSuchMethodError",
        "NoSuchMethodError: Class '" + class_name + "' has no instance method '" + simple +
            "' with matching arguments.\nReceiver: " + shown + "\nTried calling: " + simple + "(" +
            tried + ")\nFound: " + simple + signature);
  }
  std::string receiver;
  if (closure.IsNull()) {
    size_t dot = d.name.rfind('.');
    std::string simple = dot == std::string::npos ? d.name : d.name.substr(dot + 1);
    receiver = "Closure: " + signature + " from Function '" + simple + "': static.";
  } else {
    receiver = "Closure: " + signature;
  }
  std::string msg = "NoSuchMethodError: Closure call with mismatched arguments: function '" +
                    d.name + "'\nReceiver: " + receiver + "\nTried calling: " + d.name + "(" +
                    tried + ")\nFound: " + d.name + signature;
  return ThrowCoreErrorWithMessage("_newNoSuchMethodError", msg);
}

Value Interpreter::ThrowStackOverflow() {
  // Lift the limits while the error is built, then restore them.
  Value* saved_limit = stack_limit_;
  size_t saved_frames = frame_limit_;
  stack_limit_ = stack_end_ - 64;
  frame_limit_ = options_.max_frames + kFrameReserve - 8;
  options_.max_nesting += kNestingReserve;
  bool was_lifted = overflow_lifted_;
  overflow_lifted_ = true;
  Value r = ThrowCoreError("_newStackOverflowError", nullptr, 0);
  overflow_lifted_ = was_lifted;
  options_.max_nesting -= kNestingReserve;
  stack_limit_ = saved_limit;
  frame_limit_ = saved_frames;
  return r;
}

Value Interpreter::ThrowOutOfMemory() {
  pending_exception_ = oom_error_.IsNull() ? Value::False() : oom_error_;
  pending_stack_ = Value::Null();
  return Value::Exception();
}

Value Interpreter::LateError(const char* kind, const std::string& name, bool already) {
  std::string msg = std::string(kind) + " '" + name + "' has " +
                    (already ? "already been initialized." : "not been initialized.");
  return ThrowCoreErrorWithMessage("_newLateInitializationError", msg);
}

Value Interpreter::ConditionNotBool(Value v) {
  return natives::ThrowTypeError(this,
                                 "type '" + ClassNameOf(v) + "' is not a subtype of type 'bool'");
}

Value Interpreter::CastFailed(Value v, int type_index, bool explicit_cast) {
  const TypeDesc& t = program_->module().types[type_index];
  return natives::ThrowTypeError(this, "type '" + TypeNameOf(v) + "' is not a subtype of type '" +
                                           t.name + "'" + (explicit_cast ? " in type cast" : ""));
}

Value Interpreter::CastFailedType(Value v, const RuntimeType* t, bool explicit_cast) {
  return natives::ThrowTypeError(this, "type '" + TypeNameOf(v) + "' is not a subtype of type '" +
                                           t->name + "'" + (explicit_cast ? " in type cast" : ""));
}

void Interpreter::Print(std::string_view line) {
  if (print_ != nullptr) print_(print_data_, line.data(), line.size());
}

}  // namespace islet
