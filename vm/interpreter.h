// The Interpreter: the execution state of one isolate: its heap, its register stack and frame
// records, its global (top-level and static) values, its const-object cache, and the pending
// exception. The dispatch loop (interpreter.cc) runs bytecode with computed goto; slow paths
// (argument adaptation, lookups, errors) live in interpreter_runtime.cc, the services natives
// use in natives_api.cc, stack traces in stack_trace.cc.
//
// Register stack: one fixed array that never moves, so pointers into it stay valid. A frame's
// registers start where its caller put the receiver; everything below the highest end of any
// active frame (and below stack_top_, which covers temporaries of calls from C++) is a root.
// Frame records are a second fixed array. A call from C++ (natives calling back, operators
// of user classes called from a fast path) runs a nested dispatch loop whose first frame is
// marked as an entry frame; returning or unwinding past it leaves that loop.
//
// Exceptions: a throwing operation stores the exception and its stack trace in
// pending_exception_/pending_stack_ and returns Value::Exception(); the loop then unwinds to the
// innermost handler, or out of the nested loop.

#ifndef ISLET_VM_INTERPRETER_H_
#define ISLET_VM_INTERPRETER_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/heap/heap.h"
#include "vm/isolate_services.h"
#include "vm/program.h"
#include "vm/value.h"

namespace islet {

// Where `print` goes: one call per line, without the newline.
using PrintCallback = void (*)(void* data, const char* text, size_t length);

#if defined(__SANITIZE_THREAD__)
inline constexpr int kDefaultMaxNesting = 4000;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
inline constexpr int kDefaultMaxNesting = 4000;
#else
inline constexpr int kDefaultMaxNesting = 100000;
#endif
#else
inline constexpr int kDefaultMaxNesting = 100000;
#endif

struct InterpreterOptions {
  HeapOptions heap;
  bool enable_asserts = false;
  // The register stack in values, and the most frames. Deep recursion past either throws
  // StackOverflowError. 10,000-deep recursion of ordinary functions must fit with room to spare.
  // The Dart VM overflows a little under a million frames of a small function; so do we, and
  // ten thousand deep works for any function with fewer than about 100 registers.
  size_t stack_values = size_t{1} << 20;
  size_t max_frames = 250000;
  // Nested dispatch loops (C++ recursion through natives, operator calls and resumed async
  // functions). The C++ stack's own size limits them first, checked by address (with room
  // kept for natives); this count only bounds a thread with an unusually large stack, and
  // ThreadSanitizer's shadow call stack, which holds 65,536 C++ frames.
  int max_nesting = kDefaultMaxNesting;
  // The interpreter runs on a stack attached by its owner (AttachStack) instead of its own.
  bool borrows_stack = false;
};

// One active function.
struct Frame {
  Function* function;
  const uint32_t* pc;       // Where it resumes (saved when it calls out or throws).
  Value* base;              // Its R[0].
  int32_t result_reg;       // Caller's register for the result; -1: discard.
  bool is_entry;            // Returning from it leaves the dispatch loop.
  bool is_resumed = false;  // A resumed async or generator body (Resume): stack traces end here.
};

// The register stack and frame records an interpreter runs on: two lazily committed
// anonymous mappings. An interpreter owns one, or (isolates) borrows the one of the worker
// thread running it: between events an isolate has no frames, so the stack belongs to the
// thread, not to the isolate, and an idle isolate costs no stack at all.
class ExecutionStack {
 public:
  explicit ExecutionStack(const struct InterpreterOptions& options);
  ~ExecutionStack();
  ExecutionStack(const ExecutionStack&) = delete;
  ExecutionStack& operator=(const ExecutionStack&) = delete;
  Value* values() const { return values_; }
  size_t num_values() const { return num_values_; }
  Frame* frames() const { return frames_; }
  size_t num_frames() const { return num_frames_; }

 private:
  Value* values_;
  size_t num_values_;
  Frame* frames_;
  size_t num_frames_;
};

// Bits of the interrupt word, polled at loop back-edges and function entry.
enum InterruptBit : uint32_t {
  kInterruptTerminate = 1 << 0,  // Unwind everything (kill).
  kInterruptMessage = 1 << 1,    // Control messages wait (used by the runtime).
};

class Interpreter {
 public:
  Interpreter(Program* program, const InterpreterOptions& options, PrintCallback print,
              void* print_data);
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // With options.borrows_stack: runs on [stack] until DetachStack (no frames may be left then).
  void AttachStack(ExecutionStack* stack);
  void DetachStack();

  // Runs the program's main with [args] (passed when main takes a parameter). Returns
  // Value::Exception() when an exception escaped (see pending_exception()).
  Value RunMain(const std::vector<std::string>& args);
  // The same with main's arguments as values: [args] (a List<String>) and [message], each
  // passed when main declares that many parameters.
  Value RunMainWith(Value args, Value message);
  // Allocates the OutOfMemoryError that ThrowOutOfMemory throws (throwing must not allocate).
  // Every way an isolate starts calls it before running Dart code; later calls do nothing.
  // Returns Value::Exception() when even that allocation fails.
  Value PrepareOutOfMemoryError();

  // Calls [f] with receiver and arguments (argument descriptor [arg_desc]); re-entrant.
  Value Call(Function* f, Value receiver, const Value* args, int argc, int arg_desc = 0);
  // Calls method [name] on [receiver] (virtual lookup, getters holding functions included).
  Value CallMethod(Value receiver, int name, const Value* args, int argc);
  // Calls a function value.
  Value CallClosure(Value closure, const Value* args, int argc);

  // Async functions and generators: runs the SuspendState [state] (made by the Suspend opcode)
  // in a new frame until it returns or suspends again, with [value] in its resume register, or,
  // when [error] is not null, throwing [error] with [stack] at its resume point. Returns what
  // the frame returned, or Exception().
  Value Resume(Value state, Value value, Value error, Value stack);

  // Exceptions.
  Value Throw(Value exception);  // Captures the stack trace here.
  Value ThrowWithStack(Value exception, Value stack);
  bool has_pending_exception() const { return !pending_exception_.IsNull(); }
  Value pending_exception() const { return pending_exception_; }
  Value pending_stack() const { return pending_stack_; }
  void ClearPendingException();
  // "Unhandled exception:\n<toString>\n<stack trace>" for the pending exception.
  std::string DescribePendingException();

  // Builds a dart:core error through the helper [helper] (e.g. "_newStateError") and throws it.
  Value ThrowCoreError(const char* helper, const Value* args, int argc);
  Value ThrowCoreErrorWithMessage(const char* helper, std::string_view message);
  // [args] (argc values, named ones as [arg_desc] says), when given, are listed after "Tried
  // calling:" as Dart does; they need not be rooted (they are copied to the stack first).
  Value ThrowNoSuchMethod(Value receiver, int name, const char* kind, int argc,
                          const Value* args = nullptr, int arg_desc = 0);
  // A function value called with arguments that do not fit [callee]: Dart's "Closure call with
  // mismatched arguments" NoSuchMethodError. [closure] is the function value, or null for a
  // static tear-off (whose receiver slot holds null by then). [args] as for ThrowNoSuchMethod.
  Value ThrowClosureMismatch(Function* callee, Value closure, int argc, const Value* args,
                             int arg_desc);
  Value ThrowStackOverflow();
  Value ThrowOutOfMemory();

  // Allocation: returns nullptr past the heap limit (callers then ThrowOutOfMemory()).
  HeapObject* Allocate(uint32_t cid, size_t size_words, uint8_t flags) {
    return heap_.Allocate(cid, size_words, flags);
  }
  Value NewInt(int64_t v);    // Exception() when out of memory.
  Value NewDouble(double d);  // Exception() when out of memory.
  Value NewString(std::string_view utf8);
  Value NewStringFromUtf16(const uint16_t* units, size_t length);
  Value NewStringFromLatin1(const uint8_t* chars, size_t length);
  Value NewRawString(size_t length, bool one_byte);
  Value NewArray(int64_t length, uint32_t cid = kArrayCid);
  Value NewGrowableList(int64_t length, int64_t capacity);
  Value GrowableAdd(Value list, Value element);
  // A Type value: [class_index] (-1 for dynamic, void, Function...), the Module type it came
  // from (-1 for runtimeType), nullability, and the reified type it stands for (null: erased).
  Value NewType(int class_index, int type_index, bool nullable, const RuntimeType* type = nullptr);
  // The Type value of a reified type.
  Value NewTypeOf(const RuntimeType* type);

  // Dart semantics helpers (each may call into Dart; Exception() when that threw).
  Value ToString(Value v);
  Value Equals(Value a, Value b);
  Value HashCode(Value v);
  Value CurrentStackTrace();
  std::string StackTraceToString(Value stack_trace);
  std::string ClassNameOf(Value v);
  // Dart's `is` for Module::types[type_index].
  bool IsInstanceOf(Value v, int type_index);
  // Dart's `is` for a reified type.
  bool IsInstanceOfType(Value v, const RuntimeType* type);
  // The type arguments an instance carries (runtime_types.h); null when erased or not generic.
  const TypeVector* TypeArgumentsOf(Value v);
  // The class name of [v] with its type arguments when it carries them ("List<int>").
  std::string TypeNameOf(Value v);
  void Print(std::string_view line);

  Heap* heap() { return &heap_; }
  Program* program() { return program_; }
  const InterpreterOptions& options() const { return options_; }
  std::atomic<uint32_t>& interrupts() { return interrupts_; }
  // The runtime's services for this isolate (ports, spawning); null when run without one.
  IsolateServices* services() const { return services_; }
  void set_services(IsolateServices* services) { services_ = services; }
  // Handles the interrupt word's requests (control messages through the services); true when
  // the isolate must unwind now (kill, Isolate.exit).
  bool ServiceInterrupts() {
    if (interrupts_.load() & kInterruptMessage) {
      if (services_ != nullptr) {
        services_->HandleInterrupt();
      } else {
        interrupts_.fetch_and(~static_cast<uint32_t>(kInterruptMessage));
      }
    }
    return (interrupts_.load() & kInterruptTerminate) != 0;
  }
  // Canonicalizes a const object received in a message, so constants keep their identity.
  Value CanonicalizeReceived(Value v) { return Canonicalize(v); }
  // dart:async's _zonePrint (looked up once; null when the program has no dart:async), which
  // dart:core's print calls so that a zone's print handler can take the line.
  Function* ZonePrintHook();

 private:
  friend class InterpreterTestPeer;
  Value Execute();  // Runs from the top frame (an entry frame) until it returns or unwinds.
  // Prepares a frame for [callee] at [new_base] whose receiver and [argc] arguments are in
  // place; false (with a pending exception) on bad arguments or stack overflow.
  bool AdaptArguments(Function* callee, Value* new_base, int argc, int arg_desc);
  bool PushEntryFrame(Function* f, Value* new_base, int argc, int arg_desc);
  Value CallNative(Function* f, Value* new_base);

  // Slow paths of the dispatch loop (interpreter_runtime.cc). Each returns Exception() when it
  // threw.
  Value Arithmetic(int op, Value a, Value b);
  Value Compare(int op, Value a, Value b);
  Value GetGlobalSlow(int index);
  Value LoadConstObjectSlow(int index);
  Value Canonicalize(Value v);
  Value GetPropertySlow(Value receiver, int name, InlineCache* ic);
  Value SetPropertySlow(Value receiver, int name, Value value, InlineCache* ic);
  Value IndexGetSlow(Value target, Value index);
  Value IndexSetSlow(Value target, Value index, Value value);
  Value NewInstance(Class* c);
  Value NewClosure(Function* f, Value* base);
  // A SuspendState holding a copy of [frame]'s registers, resuming at word [resume_pc] with the
  // sent value in register [reg].
  Value Suspend(Frame* frame, int reg, int32_t resume_pc);
  Value BindMethod(Value receiver, Function* f);
  Value Interpolate(Value* regs, int count);
  // The TypeError of a failed `as` ([explicit_cast]) or implicit downcast.
  Value CastFailed(Value v, int type_index, bool explicit_cast);
  Value CastFailedType(Value v, const RuntimeType* type, bool explicit_cast);
  // Whether the type arguments of instance [v] fit those of [type] (a class type it is one of).
  bool InstanceArgumentsFit(Value v, const RuntimeType* type);
  Value ConditionNotBool(Value v);
  Value LateError(const char* kind, const std::string& name, bool already);
  Function* CoreHelper(const char* name);
  void VisitRoots(const RootVisitor& visit);
  std::string ValueForMessage(Value v);

  Program* program_;
  InterpreterOptions options_;
  PrintCallback print_;
  void* print_data_;
  Heap heap_;

  // Both arrays are anonymous mappings (ExecutionStack): the OS commits pages only when
  // touched, so a deep limit costs nothing until used.
  std::unique_ptr<ExecutionStack> own_stack_;
  Value* stack_ = nullptr;
  Value* stack_end_ = nullptr;
  Value* stack_limit_ = nullptr;  // stack_end_ less a reserve for throwing StackOverflowError.
  Value* stack_top_ = nullptr;
  Frame* frames_ = nullptr;
  size_t frame_count_ = 0;
  size_t frame_limit_ = 0;
  int nesting_ = 0;
  bool overflow_lifted_ = false;  // StackOverflowError is being built: the reserves are open.

  std::vector<Value> globals_;
  std::vector<uint8_t> global_state_;  // 0 untouched, 1 initializing, 2 done.
  std::vector<Value> const_objects_;
  std::vector<Value> canonical_;  // Canonical const objects (roots).
  // Tear-offs of static and top-level functions, one per function, so identical(f, f) holds.
  // By function index; sparse (a program has thousands of functions, an isolate tears off a
  // few), so an idle isolate does not pay a slot for each.
  std::unordered_map<int, Value> static_tearoffs_;
  std::unordered_multimap<uint64_t, size_t> canonical_index_;

  Value pending_exception_ = Value::Null();
  Value pending_stack_ = Value::Null();
  Value oom_error_ = Value::Null();  // Preallocated: throwing OOM must not allocate.
  std::unordered_map<std::string, Function*> helpers_;
  std::atomic<uint32_t> interrupts_{0};
  IsolateServices* services_ = nullptr;
};

}  // namespace islet

#endif  // ISLET_VM_INTERPRETER_H_
