// The world of one VM and its scheduler (runtime.h).

#include "runtime/runtime.h"

#include <algorithm>
#include <chrono>

namespace islet {

namespace {
// Past this many workers, more threads would not help: work waits instead.
constexpr int kMaxWorkers = 64;
// Each worker's C++ stack (worker_thread.h): reserved address space, committed as used.
constexpr size_t kWorkerStackBytes = size_t{64} << 20;
// A turn gives other isolates a chance after this long (between events).
constexpr int64_t kSliceMicros = 10000;
// Work waiting this long while every worker is busy gets a new worker.
constexpr int64_t kStarvationMicros = 20000;
// A worker that runs out of work watches for more this long before it sleeps: waking a
// sleeping thread costs several microseconds (a futex call, a context switch), longer than a
// small message takes to send and handle, so ping-pong between isolates stays on running
// threads. Idle for longer, the worker sleeps and costs nothing.
constexpr int64_t kSpinMicros = 50;
// An isolate readied by the running one waits in its worker's run-next slot (it runs on that
// thread when the current turn ends: a request and its reply stay on one warm core). A
// spinning worker takes it over once it has waited this long, so a long turn on the first
// worker does not hold it back.
constexpr int64_t kStealMicros = 5;
// Filling the run-next slot wakes no sleeping worker: the wake-up (a futex call, and a thread
// that then spins beside the running one, on this machine often its hyperthread sibling) cost
// more than the rest of a small message's round trip together (2.4 us instead of 1.0). A
// second message to the same isolate in the same turn does wake one (the turn is not about to
// end: a stream of messages is better received in parallel). Otherwise, when nobody is
// spinning, the monitor moves an isolate that has waited this long to the shared queue, which
// wakes a worker: the price of a long computation after a single send is this much latency
// for the isolate sent to.
constexpr int64_t kRescueMicros = 1000;
// The monitor looks this often while some run-next slot is filled, else every 5 ms.
constexpr int64_t kRescuePeriodMicros = 1000;
constexpr int64_t kMonitorPeriodMicros = 5000;
// Printed lines wait at most about this long for the host's flush (RuntimeOptions::flush):
// short enough that a program that hangs shows what it printed, long enough that a program
// printing a million lines does not pay a write per line.
constexpr int64_t kFlushMicros = 20000;

// The id of the worker running on this thread, -1 on other threads (the main thread, dart:io's
// threads).
thread_local int current_worker = -1;

inline void CpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}
}  // namespace

int64_t Runtime::NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

Runtime::Runtime(RuntimeOptions options)
    : options_(std::move(options)),
      // A pool asked for more threads than kMaxWorkers starts with that many (and never grows);
      // every worker has its state here, by id.
      max_workers_(std::max(kMaxWorkers, options_.threads)),
      worker_states_(new WorkerState[max_workers_]) {}

Runtime::~Runtime() {
  {
    std::unique_lock<SpinMutex> lock(mutex_);
    stopping_ = true;
    stopping_flag_.store(true, std::memory_order_release);
  }
  work_cv_.notify_all();
  monitor_cv_.notify_all();
  for (auto& t : workers_) t->Join();
  if (monitor_.joinable()) monitor_.join();
  // Whatever still lives is discarded without running more code.
  for (auto& [isolate, slot] : slots_) slot.isolate->Discard();
  slots_.clear();
}

void Runtime::Print(const std::string& line) {
  std::lock_guard<std::mutex> lock(output_mutex_);
  if (options_.print) options_.print(line);
  if (options_.flush && unflushed_since_.load(std::memory_order_relaxed) == 0) {
    unflushed_since_.store(NowMicros(), std::memory_order_relaxed);
  }
}

void Runtime::FlushIfDue(int64_t now) {
  int64_t since = unflushed_since_.load(std::memory_order_relaxed);
  if (since == 0 || now - since < kFlushMicros) return;
  std::lock_guard<std::mutex> lock(output_mutex_);
  unflushed_since_.store(0, std::memory_order_relaxed);
  options_.flush();
}

void Runtime::Error(const std::string& text) {
  std::lock_guard<std::mutex> lock(output_mutex_);
  if (options_.error) options_.error(text);
}

int64_t Runtime::NewControlPort(Isolate* isolate) {
  return ports_.NewPort(isolate, /*control=*/true);
}

void Runtime::PostMessage(std::unique_ptr<Message> message) {
  auto lock = ports_.Lock();
  bool control = false;
  Isolate* owner = ports_.OwnerLocked(message->port, &control);
  if (owner == nullptr || control) return;  // Closed: dropped.
  if (message->origin != nullptr && message->origin.get() != owner->group()) {
    // A control response for an isolate of another group: made fit for it, or dropped when
    // it holds what may not cross groups.
    std::string error;
    if (!RebaseMessage(message->origin->program(), owner->group()->program(), message.get(),
                       &error)) {
      return;
    }
  }
  owner->Post(std::move(message));
}

std::shared_ptr<IsolateGroup> Runtime::GroupOfPortIfSeveral(int64_t port) {
  if (!several_groups_.load(std::memory_order_acquire)) return nullptr;
  auto lock = ports_.Lock();
  Isolate* owner = ports_.OwnerLocked(port);
  if (owner == nullptr) return nullptr;
  return owner->shared_group();
}

void Runtime::AddModule(const std::string& key, std::shared_ptr<Program> program) {
  std::lock_guard<std::mutex> lock(modules_mutex_);
  modules_[key] = std::move(program);
}

std::string Runtime::ModuleKey(const std::string& script_uri, const std::string& packages_uri) {
  return script_uri + "\n" + packages_uri;
}

std::shared_ptr<Program> Runtime::LoadModule(
    const std::string& key, const std::function<std::shared_ptr<Program>(std::string*)>& load,
    std::string* error) {
  std::lock_guard<std::mutex> lock(modules_mutex_);
  several_groups_.store(true, std::memory_order_release);
  auto it = modules_.find(key);
  if (it != modules_.end()) return it->second;
  std::shared_ptr<Program> program = load(error);
  if (program == nullptr) return nullptr;
  modules_[key] = program;
  return program;
}

void Runtime::PostControl(int64_t port, std::unique_ptr<ControlMessage> control) {
  auto lock = ports_.Lock();
  bool is_control = false;
  Isolate* owner = ports_.OwnerLocked(port, &is_control);
  if (owner == nullptr || !is_control) return;
  owner->PostControl(std::move(control));
}

void Runtime::EnqueueLocked(Slot* slot) {
  slot->state = State::kQueued;
  if (ready_.empty()) oldest_ready_micros_ = NowMicros();
  ready_.push_back(slot->isolate.get());
  ready_size_.store(ready_.size(), std::memory_order_release);
  // A spinning worker will take it; wake a sleeping one only for work beyond the spinners.
  if (ready_.size() > static_cast<size_t>(spinning_)) work_cv_.notify_one();
}

void Runtime::MakeReady(Isolate* isolate) {
  std::lock_guard<SpinMutex> lock(mutex_);
  auto it = slots_.find(isolate);
  if (it == slots_.end()) return;
  Slot& slot = it->second;
  switch (slot.state) {
    case State::kIdle: {
      // Readied by an isolate running on a worker (a message it sent): into that worker's
      // run-next slot, the previous occupant going to the shared queue.
      if (current_worker >= 0 && !options_.deterministic) {
        // A spinning worker takes it over if this turn runs long, else the monitor does
        // (kRescueMicros).
        WorkerState& worker = worker_states_[current_worker];
        if (worker.next != nullptr) EnqueueLocked(&slots_[worker.next]);
        PutNextLocked(&worker, &slot);
        break;
      }
      // Readied from elsewhere: back to the worker that ran it last when that one is spinning
      // for work (the isolate's heap is still in its caches).
      if (slot.last_worker >= 0) {
        WorkerState& worker = worker_states_[slot.last_worker];
        if (worker.spinning && worker.next == nullptr) {
          PutNextLocked(&worker, &slot);
          break;
        }
      }
      EnqueueLocked(&slot);
      break;
    }
    case State::kRunning:
      slot.needs_run = true;
      break;
    case State::kQueued:
      // Readied again while it waits in this worker's run-next slot: the running turn goes on
      // sending instead of ending, so a sleeping worker is woken (once) to take it over.
      if (current_worker >= 0) {
        WorkerState& worker = worker_states_[current_worker];
        if (worker.next == isolate && !worker.helper_woken && spinning_ == 0 &&
            busy_ < static_cast<int>(workers_.size())) {
          worker.helper_woken = true;
          work_cv_.notify_one();
        }
      }
      break;
    case State::kDead:
      break;
  }
}

void Runtime::PutNextLocked(WorkerState* worker, Slot* slot) {
  slot->state = State::kQueued;
  worker->next = slot->isolate.get();
  worker->helper_woken = false;
  worker->next_since.store(NowMicros(), std::memory_order_relaxed);
  worker->has_next.store(true, std::memory_order_release);
}

Isolate* Runtime::TakeNextLocked(WorkerState* worker) {
  Isolate* isolate = worker->next;
  worker->next = nullptr;
  worker->has_next.store(false, std::memory_order_relaxed);
  return isolate;
}

int Runtime::StealTargetLocked(int id, int64_t now) const {
  int workers = static_cast<int>(workers_.size());
  for (int i = 0; i < workers; i++) {
    if (i == id) continue;
    const WorkerState& other = worker_states_[i];
    if (other.next != nullptr &&
        now - other.next_since.load(std::memory_order_relaxed) >= kStealMicros) {
      return i;
    }
  }
  return -1;
}

bool Runtime::StealableNext(int id, int64_t now) const {
  int workers = worker_count_.load(std::memory_order_acquire);
  for (int i = 0; i < workers; i++) {
    if (i == id) continue;
    const WorkerState& other = worker_states_[i];
    if (other.has_next.load(std::memory_order_acquire) &&
        now - other.next_since.load(std::memory_order_relaxed) >= kStealMicros) {
      return true;
    }
  }
  return false;
}

void Runtime::Launch(std::unique_ptr<Isolate> isolate) {
  std::lock_guard<SpinMutex> lock(mutex_);
  Isolate* key = isolate.get();
  Slot& slot = slots_[key];
  slot.isolate = std::move(isolate);
  EnqueueLocked(&slot);
}

void Runtime::StartWorker() {
  int id = static_cast<int>(workers_.size());
  workers_.push_back(
      std::make_unique<WorkerThread>(kWorkerStackBytes, [this, id] { WorkerLoop(id); }));
  worker_count_.store(static_cast<int>(workers_.size()), std::memory_order_release);
}

bool Runtime::RunMain(std::unique_ptr<Isolate> main) {
  {
    std::lock_guard<SpinMutex> lock(mutex_);
    main_ = main.get();
  }
  Launch(std::move(main));
  int threads = options_.threads;
  if (options_.deterministic) {
    threads = 1;
  } else if (threads <= 0) {
    threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 2;
  }
  {
    std::lock_guard<SpinMutex> lock(mutex_);
    for (int i = 0; i < threads; i++) StartWorker();
  }
  // Even in deterministic mode: an isolate that computes forever must not hang the others.
  monitor_ = std::thread([this] { MonitorLoop(); });
  std::unique_lock<SpinMutex> lock(mutex_);
  done_cv_.wait(lock, [this] { return main_done_; });
  // The process's work ends with main: stop every other isolate at its next interrupt check.
  stopping_ = true;
  stopping_flag_.store(true, std::memory_order_release);
  for (auto& [isolate, slot] : slots_) {
    if (slot.state == State::kRunning) {
      isolate->interpreter()->interrupts().fetch_or(kInterruptTerminate);
    }
  }
  work_cv_.notify_all();
  monitor_cv_.notify_all();
  lock.unlock();
  for (auto& t : workers_) t->Join();
  workers_.clear();
  if (monitor_.joinable()) monitor_.join();
  return main_error_;
}

void Runtime::MonitorLoop() {
  std::unique_lock<SpinMutex> lock(mutex_);
  int64_t period = kMonitorPeriodMicros;
  while (!stopping_) {
    monitor_cv_.wait_for(lock, std::chrono::microseconds(period));
    if (stopping_) break;
    int64_t now = NowMicros();
    if (options_.flush) {
      lock.unlock();  // The host's flush may block on a slow pipe: not under the scheduler lock.
      FlushIfDue(now);
      lock.lock();
      if (stopping_) break;
    }
    // Isolates held back in a run-next slot by a long turn go to the shared queue.
    period = kMonitorPeriodMicros;
    for (size_t i = 0; i < workers_.size(); i++) {
      WorkerState& worker = worker_states_[i];
      if (worker.next == nullptr) continue;
      if (now - worker.next_since.load(std::memory_order_relaxed) >= kRescueMicros) {
        EnqueueLocked(&slots_[TakeNextLocked(&worker)]);
      } else {
        period = kRescuePeriodMicros;
      }
    }
    if (!ready_.empty() && busy_ >= static_cast<int>(workers_.size()) &&
        static_cast<int>(workers_.size()) < max_workers_ &&
        now - oldest_ready_micros_ > kStarvationMicros) {
      StartWorker();
    }
  }
}

void Runtime::WorkerLoop(int id) {
  WorkerState& me = worker_states_[id];
  current_worker = id;
  // The worker's stack: each isolate runs on it for a turn (isolates have no frames between
  // turns, so they need no stacks of their own).
  ExecutionStack stack{InterpreterOptions{}};
  std::unique_lock<SpinMutex> lock(mutex_);
  bool spun = false;  // Spun since the last turn: the next wait for work sleeps.
  for (;;) {
    if (stopping_) return;
    // Timers that came due make their isolates ready.
    int64_t now = NowMicros();
    while (!wakeups_.empty() && wakeups_.top().first <= now) {
      Isolate* isolate = wakeups_.top().second;
      wakeups_.pop();
      auto it = slots_.find(isolate);
      if (it != slots_.end() && it->second.state == State::kIdle) EnqueueLocked(&it->second);
    }
    Isolate* isolate = nullptr;
    if (me.next != nullptr) {
      isolate = TakeNextLocked(&me);
    } else if (!ready_.empty()) {
      isolate = ready_.front();
      ready_.pop_front();
      ready_size_.store(ready_.size(), std::memory_order_release);
      if (!ready_.empty()) oldest_ready_micros_ = NowMicros();
    } else if (int victim = StealTargetLocked(id, now); victim >= 0) {
      isolate = TakeNextLocked(&worker_states_[victim]);
    } else if (!spun) {
      // Watch for work a little before sleeping (kSpinMicros).
      spun = true;
      spinning_++;
      me.spinning = true;
      lock.unlock();
      int64_t until = NowMicros() + kSpinMicros;
      for (int i = 0; ready_size_.load(std::memory_order_acquire) == 0 &&
                      !me.has_next.load(std::memory_order_acquire) && !stopping_flag_;
           i++) {
        CpuRelax();
        if ((i & 63) == 63) {
          int64_t t = NowMicros();
          if (t > until || StealableNext(id, t)) break;
        }
      }
      lock.lock();
      spinning_--;
      me.spinning = false;
      // Found work (or stole): look again at once; only a fruitless spin leads to sleep.
      if (ready_size_.load(std::memory_order_relaxed) != 0 || me.next != nullptr ||
          StealTargetLocked(id, NowMicros()) >= 0) {
        spun = false;
      }
      continue;
    } else {
      spun = false;
      if (wakeups_.empty()) {
        work_cv_.wait(lock);
      } else {
        work_cv_.wait_for(lock, std::chrono::microseconds(wakeups_.top().first - now));
      }
      continue;
    }
    spun = false;
    Slot& slot = slots_[isolate];
    slot.state = State::kRunning;
    slot.needs_run = false;
    slot.last_worker = id;
    busy_++;
    lock.unlock();
    isolate->interpreter()->AttachStack(&stack);
    Isolate::TurnResult result = isolate->RunTurn(NowMicros() + kSliceMicros);
    isolate->interpreter()->DetachStack();
    lock.lock();
    busy_--;
    if (result == Isolate::TurnResult::kDead) {
      bool was_main = isolate == main_;
      if (was_main) main_error_ = isolate->ended_with_error();
      // Destroyed under the lock: destroying it unlocked would race on nothing (its ports were
      // closed by Finish), but its memory would go back to mimalloc with no lock between that
      // and another worker reusing it, which ThreadSanitizer (blind to mimalloc's own atomics)
      // reports as a race.
      slots_.erase(isolate);
      if (was_main) {
        // The process's work ends with main: no worker starts another turn.
        main_done_ = true;
        stopping_ = true;
        stopping_flag_.store(true, std::memory_order_release);
        done_cv_.notify_all();
        work_cv_.notify_all();
      }
      continue;
    }
    if (result == Isolate::TurnResult::kReady || slot.needs_run) {
      EnqueueLocked(&slot);
    } else {
      slot.state = State::kIdle;
      int64_t deadline = isolate->next_timer_deadline();
      if (deadline >= 0) wakeups_.emplace(deadline, isolate);
    }
  }
}

}  // namespace islet
