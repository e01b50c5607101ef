// The event loop (event_loop.h): drains dart:async's microtask queue and runs its timers,
// sleeping on the steady clock that dart:async's _monotonicMicros reads.

#include "runtime/event_loop.h"

#include <chrono>
#include <thread>

namespace islet {

Value RunEventLoop(Interpreter* interpreter) {
  Program* program = interpreter->program();
  Function* run_microtasks = program->LibraryFunction("dart:async", "_runMicrotasks");
  Function* next_deadline = program->LibraryFunction("dart:async", "_nextTimerDeadline");
  Function* run_timers = program->LibraryFunction("dart:async", "_runTimers");
  if (run_microtasks == nullptr || next_deadline == nullptr || run_timers == nullptr) {
    return Value::Null();  // A program built without dart:async has no events.
  }
  for (;;) {
    Value r = interpreter->Call(run_microtasks, Value::Null(), nullptr, 0);
    if (r.IsException()) return r;
    Value deadline = interpreter->Call(next_deadline, Value::Null(), nullptr, 0);
    if (deadline.IsException()) return deadline;
    if (!deadline.IsSmi() || deadline.SmiValue() < 0) return Value::Null();
    auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
                   .count();
    int64_t wait = deadline.SmiValue() - now;
    if (wait > 0) std::this_thread::sleep_for(std::chrono::microseconds(wait));
    r = interpreter->Call(run_timers, Value::Null(), nullptr, 0);
    if (r.IsException()) return r;
  }
}

}  // namespace islet
