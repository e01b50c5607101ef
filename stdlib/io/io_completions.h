// The asynchronous side of dart:io: a small pool of worker threads runs blocking operations
// (io_ops.h) and queues their results per isolate; the isolate's event loop takes them back and
// completes the Dart futures on its own thread. Dart objects never cross threads: requests and
// results are plain C++ copies, converted on the isolate's thread (io_natives.cc).
//
// Wiring into the runtime (runtime/isolate.cc), for each isolate with interpreter `interp`:
//   - at creation: io->SetWakeCallback(interp, fn, data), where fn(data) runs on a worker
//     thread each time a result becomes ready and makes the isolate ready (Runtime::MakeReady);
//   - in a turn, with the other events: io->DeliverOne(interp, 0, &delivered) delivers one ready
//     result (run microtasks after it, as after a message); repeat while `delivered`;
//   - when deciding whether the isolate is done: it is alive while io->HasPending(interp);
//   - at teardown: io->ForgetOwner(interp).
// A single-threaded loop may instead block in WaitAndDrain(interp, next_timer_deadline).
// DeliverOne and WaitAndDrain deliver at most one result per call, so microtasks run between
// events as they do in Dart. Until something calls HasPending, dart:io polls with a timer.

#ifndef ISLET_STDLIB_IO_IO_COMPLETIONS_H_
#define ISLET_STDLIB_IO_IO_COMPLETIONS_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <vector>

#include "stdlib/io/io_ops.h"
#include "vm/value.h"

namespace islet {

class Interpreter;

namespace io {

class IoCompletions {
 public:
  // The process-wide instance (created on first use and never destroyed, so worker threads
  // blocked in a read at exit touch no freed state).
  static IoCompletions* Get();

  // Whether [owner] waits for a result: submitted, not yet delivered, not abandoned. Calling it
  // also tells dart:io that the event loop drains the queue (its polling timer stops).
  bool HasPending(Interpreter* owner);

  // Waits until a result for [owner] is ready or [deadline_micros] (steady clock, the clock of
  // dart:async's _monotonicMicros; -1: no deadline) passes, then delivers at most one result by
  // calling dart:io's _ioDeliver(id, value). Returns immediately when nothing is pending.
  // Returns Value::Exception() if the delivery threw (the interpreter holds the error), else
  // null.
  Value WaitAndDrain(Interpreter* owner, int64_t deadline_micros);

  // For dart:io itself (io_natives.cc). DeliverOne is WaitAndDrain that also says whether it
  // delivered a result.
  Value DeliverOne(Interpreter* owner, int64_t deadline_micros, bool* delivered);
  int64_t Submit(Interpreter* owner, Op op, std::vector<IoArg> args);
  // Forgets request [id] (a cancelled stdin read): it no longer keeps the loop alive and its
  // result is dropped.
  void Abandon(Interpreter* owner, int64_t id);
  bool drained_by_event_loop() const { return drained_by_event_loop_.load(); }

  // Called from a worker thread, with this object's lock held (so [wake] must not call back
  // into it), each time a result for [owner] becomes ready. Null [wake] removes it.
  using WakeFunction = void (*)(void* data);
  void SetWakeCallback(Interpreter* owner, WakeFunction wake, void* data);
  // Drops everything of [owner] (an isolate going away): ready results, the wake callback;
  // results of requests still running are dropped when they arrive.
  void ForgetOwner(Interpreter* owner);

 private:
  struct Ready {
    int64_t id;
    IoResult result;
  };
  struct Task {
    Interpreter* owner;
    int64_t id;
    Op op;
    std::vector<IoArg> args;
  };
  struct Owner {
    std::set<int64_t> in_flight;  // Submitted, result not back yet (abandoned ones excluded).
    std::set<int64_t> abandoned;  // In flight, result to be dropped.
    std::deque<Ready> ready;
  };
  struct Waker {
    WakeFunction wake;
    void* data;
  };

  IoCompletions() = default;
  void WorkerLoop();
  void ReleaseOwnerIfIdle(Interpreter* owner);  // Holds mutex_.

  // More threads only help while requests block (stdin, slow disks); the cap bounds them.
  static constexpr int kMaxThreads = 8;

  std::mutex mutex_;
  std::condition_variable work_;  // A task was queued.
  std::condition_variable done_;  // A result is ready.
  std::deque<Task> tasks_;
  std::map<Interpreter*, Owner> owners_;
  std::map<Interpreter*, Waker> wakers_;
  int threads_ = 0;
  int idle_ = 0;
  int64_t next_id_ = 1;
  std::atomic<bool> drained_by_event_loop_{false};
};

}  // namespace io
}  // namespace islet

#endif  // ISLET_STDLIB_IO_IO_COMPLETIONS_H_
