// The event loop of an isolate, after main returns: microtasks, then timers in deadline order,
// each followed by the microtasks it caused, until nothing is left to wait for. The queues
// themselves are Dart code in dart:async (schedule_microtask.dart, timer.dart); this file only
// calls into them and sleeps until the next deadline.

#ifndef ISLET_RUNTIME_EVENT_LOOP_H_
#define ISLET_RUNTIME_EVENT_LOOP_H_

#include "vm/interpreter.h"

namespace islet {

// Runs the loop until no microtask or timer is pending. Returns Value::Exception() when an
// error escaped a callback (an unhandled error: the interpreter holds it), else null.
Value RunEventLoop(Interpreter* interpreter);

}  // namespace islet

#endif  // ISLET_RUNTIME_EVENT_LOOP_H_
