// Natives of dart:async (stdlib/async/*.dart): resuming suspended async and generator frames,
// the monotonic clock the timers and the event loop (runtime/event_loop.cc) share, rethrowing
// an error with its original stack trace, and the arity test of error handlers.

#include <chrono>

#include "stdlib/core/native_util.h"
#include "vm/interpreter.h"

namespace islet {
namespace stdlib_natives {

// _resume(state, value): runs a SuspendState with [value] sent in; returns what it returned.
Value AsyncResume(Interpreter* vm, Value* args, int) {
  return vm->Resume(args[1], args[2], Value::Null(), Value::Null());
}

// _resumeWithError(state, error, stack): runs a SuspendState throwing [error] where it resumes.
Value AsyncResumeWithError(Interpreter* vm, Value* args, int) {
  Value stack = args[3];
  if (stack.IsNull()) stack = vm->CurrentStackTrace();
  if (stack.IsException()) return stack;
  return vm->Resume(args[1], Value::Null(), args[2], stack);
}

// _monotonicMicros(): microseconds of the steady clock (the event loop sleeps on the same one).
Value AsyncMonotonicMicros(Interpreter* vm, Value*, int) {
  auto now = std::chrono::steady_clock::now().time_since_epoch();
  return natives::NewInt(vm, std::chrono::duration_cast<std::chrono::microseconds>(now).count());
}

// _rethrow(error, stack): throws [error] with the stack trace it already has.
Value AsyncRethrow(Interpreter* vm, Value* args, int) {
  Value stack = args[2];
  if (stack.IsNull()) return vm->Throw(args[1]);
  return vm->ThrowWithStack(args[1], stack);
}

// _takesTwoArguments(f): whether the function [f] can be called with two positional
// arguments (error handlers that want the stack trace) rather than one.
Value AsyncTakesTwoArguments(Interpreter*, Value* args, int) {
  Value f = args[1];
  if (!IsCid(f, kClosureCid)) return Value::False();
  const Function* fn = f.object()->slots()[kClosureFunctionSlot].AsRawPointer<Function>();
  const FunctionDesc& d = *fn->desc;
  return Value::Bool(d.num_required <= 2 && d.num_required + d.num_optional_positional >= 2);
}

}  // namespace stdlib_natives
}  // namespace islet
