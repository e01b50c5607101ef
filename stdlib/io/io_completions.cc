// The worker pool and per-isolate result queues of dart:io (io_completions.h). Workers are
// detached threads started on demand (one more whenever every existing one is busy, up to
// kMaxThreads); they only run io_ops.cc and never see a Dart value. Results are turned into Dart
// values and delivered on the isolate's thread, in the order they became ready.

#include "stdlib/io/io_completions.h"

#include <chrono>
#include <thread>
#include <utility>

#include "stdlib/io/io_natives.h"
#include "vm/interpreter.h"
#include "vm/program.h"

namespace islet {
namespace io {

namespace {

int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

IoCompletions* IoCompletions::Get() {
  static IoCompletions* instance = new IoCompletions();
  return instance;
}

bool IoCompletions::HasPending(Interpreter* owner) {
  drained_by_event_loop_.store(true);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = owners_.find(owner);
  return it != owners_.end() && (!it->second.in_flight.empty() || !it->second.ready.empty());
}

Value IoCompletions::WaitAndDrain(Interpreter* owner, int64_t deadline_micros) {
  bool delivered;
  return DeliverOne(owner, deadline_micros, &delivered);
}

Value IoCompletions::DeliverOne(Interpreter* owner, int64_t deadline_micros, bool* delivered) {
  *delivered = false;
  Ready ready;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      auto it = owners_.find(owner);
      if (it == owners_.end()) return Value::Null();
      Owner& o = it->second;
      if (!o.ready.empty()) {
        ready = std::move(o.ready.front());
        o.ready.pop_front();
        ReleaseOwnerIfIdle(owner);
        break;
      }
      if (o.in_flight.empty()) return Value::Null();
      if (deadline_micros < 0) {
        done_.wait(lock);
        continue;
      }
      int64_t wait = deadline_micros - NowMicros();
      if (wait <= 0) return Value::Null();
      done_.wait_for(lock, std::chrono::microseconds(wait));
    }
  }
  *delivered = true;
  Function* deliver = owner->program()->LibraryFunction("dart:io", "_ioDeliver");
  if (deliver == nullptr) return Value::Null();
  Value result = IoResultToDart(owner, &ready.result);
  if (result.IsException()) return result;
  Value args[2] = {Value::Smi(ready.id), result};
  return owner->Call(deliver, Value::Null(), args, 2);
}

int64_t IoCompletions::Submit(Interpreter* owner, Op op, std::vector<IoArg> args) {
  std::lock_guard<std::mutex> lock(mutex_);
  int64_t id = next_id_++;
  owners_[owner].in_flight.insert(id);
  tasks_.push_back(Task{owner, id, op, std::move(args)});
  if (idle_ == 0 && threads_ < kMaxThreads) {
    threads_++;
    idle_++;
    std::thread([this] { WorkerLoop(); }).detach();
  }
  work_.notify_one();
  return id;
}

void IoCompletions::Abandon(Interpreter* owner, int64_t id) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = owners_.find(owner);
  if (it == owners_.end()) return;
  Owner& o = it->second;
  if (o.in_flight.erase(id) > 0) {
    o.abandoned.insert(id);
    return;
  }
  for (auto r = o.ready.begin(); r != o.ready.end(); ++r) {
    if (r->id == id) {
      o.ready.erase(r);
      break;
    }
  }
  ReleaseOwnerIfIdle(owner);
}

void IoCompletions::SetWakeCallback(Interpreter* owner, WakeFunction wake, void* data) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (wake == nullptr) {
    wakers_.erase(owner);
  } else {
    wakers_[owner] = Waker{wake, data};
  }
}

void IoCompletions::ForgetOwner(Interpreter* owner) {
  std::lock_guard<std::mutex> lock(mutex_);
  wakers_.erase(owner);
  auto it = owners_.find(owner);
  if (it == owners_.end()) return;
  Owner& o = it->second;
  o.abandoned.insert(o.in_flight.begin(), o.in_flight.end());
  o.in_flight.clear();
  o.ready.clear();
  ReleaseOwnerIfIdle(owner);
}

void IoCompletions::ReleaseOwnerIfIdle(Interpreter* owner) {
  auto it = owners_.find(owner);
  if (it == owners_.end()) return;
  const Owner& o = it->second;
  if (o.in_flight.empty() && o.abandoned.empty() && o.ready.empty()) owners_.erase(it);
}

void IoCompletions::WorkerLoop() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    work_.wait(lock, [this] { return !tasks_.empty(); });
    Task task = std::move(tasks_.front());
    tasks_.pop_front();
    idle_--;
    lock.unlock();
    IoResult result = RunOp(task.op, task.args);
    lock.lock();
    idle_++;
    Owner& o = owners_[task.owner];
    if (o.abandoned.erase(task.id) > 0) {
      ReleaseOwnerIfIdle(task.owner);
      continue;
    }
    o.in_flight.erase(task.id);
    o.ready.push_back(Ready{task.id, std::move(result)});
    done_.notify_all();
    // Under the lock, so that after ForgetOwner returns no wake-up can reach a dead isolate.
    auto waker = wakers_.find(task.owner);
    if (waker != wakers_.end()) waker->second.wake(waker->second.data);
  }
}

}  // namespace io
}  // namespace islet
